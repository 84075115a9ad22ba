/**
 * Reports and complaints of torture and other cruel, inhuman or degrading treatment received by
 * participants: registered in the manner determined by the Commissioner, transferred to the
 * Commissioner for consideration, and listed in the visit report (000 Art. 30(4); 003 pp.12-13).
 */
import { art } from "../core/citation.ts";
import { DEFAULT_NPM_CONFIG, type NpmConfig } from "./config.ts";
import { npmDueAfterHours, npmDuty, type NpmDuty } from "./duty.ts";

/** A report or complaint of torture received by a participant (000 Arts. 29(1)(6), 30(4); 003 p.17(3)). */
export interface NpmTortureComplaint {
  readonly id: string;
  readonly receivedAt: Date;
  readonly receivedByParticipantId: string;
  /** The visit during which it was received, if any: its report must list it (003 p.13). */
  readonly visitId: string | null;
}

/** Facts of a complaint (000 Art. 30(4)). */
export type NpmComplaintFact =
  | { readonly type: "registered"; readonly at: Date; readonly registrationNumber: string }
  | { readonly type: "transferred_to_commissioner"; readonly at: Date };

/** Where a complaint stands (000 Art. 30(4)). */
export type NpmComplaintStatus = "received" | "registered" | "transferred";

/** The derived state of a complaint. */
export interface DerivedNpmComplaint {
  readonly status: NpmComplaintStatus;
  readonly registeredAt: Date | null;
  readonly transferredAt: Date | null;
  /** Registration (000 Art. 30(4) para 1; 003 p.12) and transfer (000 Art. 30(4) para 2). */
  readonly duties: NpmDuty[];
}

/**
 * Derives a complaint's state as of `asOf`. The texts set no term for registration or transfer
 * (the manner is the Commissioner's): due instants come from `NpmConfig`, none by default.
 */
export function deriveTortureComplaint(
  complaint: NpmTortureComplaint,
  facts: readonly NpmComplaintFact[],
  asOf: Date,
  config: NpmConfig = DEFAULT_NPM_CONFIG,
): DerivedNpmComplaint {
  const known = facts.filter((f) => f.at <= asOf);
  const first = (type: NpmComplaintFact["type"]): Date | null =>
    known
      .filter((f) => f.type === type)
      .map((f) => f.at)
      .sort((a, b) => a.getTime() - b.getTime())[0] ?? null;
  const registeredAt = first("registered");
  const transferredAt = first("transferred_to_commissioner");
  const params = { complaintId: complaint.id };
  return {
    status: transferredAt ? "transferred" : registeredAt ? "registered" : "received",
    registeredAt,
    transferredAt,
    duties: [
      npmDuty(
        "register_complaint",
        art("000", "30(4)"),
        npmDueAfterHours(complaint.receivedAt, config.complaintRegistrationHours),
        registeredAt,
        asOf,
        params,
      ),
      npmDuty(
        "transfer_complaint_to_commissioner",
        art("000", "30(4)"),
        npmDueAfterHours(complaint.receivedAt, config.complaintTransferHours),
        transferredAt,
        asOf,
        params,
      ),
    ],
  };
}
