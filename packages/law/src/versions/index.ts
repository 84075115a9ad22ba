export * from "./law-version.ts";
