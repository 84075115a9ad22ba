export * from "./channels.ts";
export * from "./categories.ts";
export * from "./route-report.ts";
export * from "./answer.ts";
