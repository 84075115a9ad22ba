export * from "./body-types.ts";
export * from "./clocks.ts";
export * from "./grounds.ts";
export * from "./derive-handoff.ts";
