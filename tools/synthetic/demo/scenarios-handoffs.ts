import { ADULT, servedAndCopied, type Scenario } from "./scenario-kit.ts";

/** The warning whose copy waits in the prosecutor's inbox (report-build.ts warningCopyHandoff). */
export const WARNING_COPY_CASE = "warning: copy sent to the prosecutor, not yet acknowledged";

/**
 * Designated cases of hand-offs between bodies. An official warning issued yesterday afternoon and
 * served at once: the copy went to the prosecutor within the hour (001 Art. 51(3)), and the
 * prosecutor's office has still to acknowledge it in the system. Listed after every other case, so the
 * persons of those keep their places.
 */
export const HANDOFF_SCENARIOS: readonly Scenario[] = [
  {
    name: WARNING_COPY_CASE,
    actor: "inspector",
    issuerKind: "police_district_inspector",
    district: 0,
    subject: ADULT,
    count: 1,
    kind: "official_warning",
    issued: [-1, 16],
    facts: (at) => servedAndCopied(at(-1, 16)),
  },
];
