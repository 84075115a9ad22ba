import type { MeasureKindId } from "./measures.ts";

/**
 * The measure kinds that have a printed form, served at `GET /api/v1/measures/{id}/document.pdf`
 * (R11.5): the official warning (001 Art. 51), the statutory notice (001 Art. 57) and the protective
 * order (001 Art. 60). Any other kind answers 404 there. This file holds no zod, so the web bundle
 * imports it (`@aldyn/contract/printed-forms`) without the schemas.
 */
export const PRINTED_MEASURE_KINDS = [
  "official_warning",
  "protective_order",
  "statutory_notice",
] as const satisfies readonly MeasureKindId[];

/** A kind of {@link PRINTED_MEASURE_KINDS}. */
export type PrintedMeasureKind = (typeof PRINTED_MEASURE_KINDS)[number];

/** True when the kind has a printed form (R11.5). */
export function hasPrintedForm(kind: string): kind is PrintedMeasureKind {
  return (PRINTED_MEASURE_KINDS as readonly string[]).includes(kind);
}
