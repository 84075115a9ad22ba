/**
 * Preventive registration and control (001 Art. 59, 48(5), 82): grounds, placement, term, extension,
 * termination, appeal, control frequency, and the specifics for registered minors.
 */
export * from "./grounds.ts";
export * from "./ground-info.ts";
export * from "./listed.ts";
export * from "./placement.ts";
export * from "./term.ts";
export * from "./termination.ts";
export * from "./entry.ts";
export * from "./entry-validation.ts";
export * from "./control.ts";
export * from "./minors.ts";
