/**
 * The national preventive mechanism (NPM): 000 Chapter 4 (Arts. 26-36) and Decree 003 (Rules for
 * preventive visits). See packages/law/docs/npm.md for the glossary and the choices made.
 */
export * from "./kinds.ts";
export * from "./config.ts";
export * from "./duty.ts";
export * from "./eligibility.ts";
export * from "./participants.ts";
export * from "./periodicity.ts";
export * from "./visit-group.ts";
export * from "./follow-up.ts";
export * from "./duration.ts";
export * from "./visit-facts.ts";
export * from "./report.ts";
export * from "./derive-visit.ts";
export * from "./complaints.ts";
export * from "./interviews.ts";
export * from "./annual-report.ts";
