export * from "./citation.ts";
export * from "./verdict.ts";
