export * from "./legal-date.ts";
export * from "./working-days.ts";
export * from "./day-transfers.ts";
export * from "./schedule.ts";
