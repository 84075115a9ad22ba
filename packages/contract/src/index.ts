export * from "./common.ts";
export * from "./errors.ts";
export * from "./platform.ts";
export * from "./persons.ts";
export * from "./measures.ts";
export * from "./notifications.ts";
export * from "./npm.ts";
