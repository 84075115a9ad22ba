export * from "./notification.ts";
export * from "./temporary-residence.ts";
export * from "./assessment.ts";
export * from "./incident.ts";
