// The measure kinds the issue form offers: those the server accepts from the user (`Me.measureKinds`,
// computed by the server from its access policy and the law's competent issuers), in the law's order.
import type { IssuerChoice } from "./TermFields.tsx";
import { MEASURE_KINDS, type MeasureKind } from "./measureDomain.ts";

export interface OfferedKind {
  readonly kind: MeasureKind;
  /** Whose decision the user may record for it: its own office's, a court's act, or both. */
  readonly issuers: readonly IssuerChoice[];
}

/** The kinds to offer, in the order of 001 Art. 48(3); a kind this bundle does not know is left out. */
export function offeredKinds(
  measureKinds: ReadonlyArray<{ readonly kind: string; readonly issuers: readonly IssuerChoice[] }>,
): OfferedKind[] {
  return MEASURE_KINDS.flatMap((kind) => {
    const k = measureKinds.find((m) => m.kind === kind);
    return k && k.issuers.length > 0 ? [{ kind, issuers: k.issuers }] : [];
  });
}
