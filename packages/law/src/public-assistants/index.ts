export * from "./eligibility.ts";
export * from "./decision.ts";
export * from "./promotion.ts";
