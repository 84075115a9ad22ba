export * from "./law-version.ts";
export * from "./special-education.ts";
export * from "./preventive-conversation.ts";
