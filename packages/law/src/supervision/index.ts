/**
 * Administrative supervision (001 Arts. 64-66): terms by gravity and extensions, the restrictions of
 * 65(2), the duties of 65(3) with due instants, non-arrival at the chosen residence, termination.
 */
export * from "./term.ts";
export * from "./restrictions.ts";
export * from "./duties.ts";
export * from "./non-arrival.ts";
export * from "./termination.ts";
