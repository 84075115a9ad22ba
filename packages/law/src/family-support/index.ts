export * from "./assistance-plan.ts";
export * from "./shelter-stay.ts";
export * from "./mobile-group.ts";
export * from "./assessment-pack.ts";
