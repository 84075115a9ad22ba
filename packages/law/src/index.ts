/**
 * @aldyn/law — the law as code. Pure functions: no I/O, no clock, no database. Every exported rule
 * names its article. See README.md for the glossary.
 */
export * from "./core/index.ts";
export * from "./citation/index.ts";
export * from "./calendar/index.ts";
export * from "./versions/index.ts";
export * from "./iin/index.ts";
export * from "./measures/index.ts";
export * from "./register/index.ts";
export * from "./supervision/index.ts";
export * from "./minors/index.ts";
export * from "./npm/index.ts";
export * from "./public-assistants/index.ts";
export * from "./domestic-violence/index.ts";
export * from "./family-support/index.ts";
export * from "./handoffs/index.ts";
export * from "./reports/index.ts";
