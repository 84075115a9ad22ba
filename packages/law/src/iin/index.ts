export * from "./check-digit.ts";
export * from "./iin.ts";
export * from "./bin.ts";
