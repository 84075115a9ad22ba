/**
 * Reports and complaints of torture and other cruel, inhuman or degrading treatment received by
 * participants: registered in the manner determined by the Commissioner, transferred to the
 * Commissioner for consideration, and listed in the visit report (000 Art. 30(4); 003 pp.12-13).
 */
import { art, point } from "../core/citation.ts";
import { refuse, type Refusal } from "../core/verdict.ts";
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

/** A complaint as the report's listing needs it (003 p.13; 000 Art. 30(4) para 3). */
export interface NpmListedComplaint {
  readonly id: string;
  readonly visitId: string | null;
  readonly receivedByParticipantId: string;
  /** The institution it concerns, and that institution's region, if any. */
  readonly institutionId: string | null;
  readonly institutionRegion: string | null;
}

/** The visit whose report lists complaints: its group, institutions and their regions. */
export interface NpmListingVisit {
  readonly id: string;
  readonly memberIds: readonly string[];
  readonly institutionIds: readonly string[];
  readonly regions: readonly string[];
}

/**
 * Refusals against the complaints a visit report lists (003 p.13; 000 Art. 30(4) para 3): "information
 * on the received and transmitted reports and complaints" of the visit. Each listed complaint must be
 * registered, and belong to this visit: received on it; or received on no visit and concerning one of
 * its institutions or their regions; or, concerning no institution, received by a member of its group.
 * A complaint received on another visit belongs to that visit's report.
 */
export function listedComplaintRefusals(
  visit: NpmListingVisit,
  listedIds: readonly string[],
  found: readonly NpmListedComplaint[],
): Refusal[] {
  const byId = new Map(found.map((c) => [c.id, c]));
  const out: Refusal[] = [];
  for (const id of new Set(listedIds)) {
    const c = byId.get(id);
    if (!c) {
      out.push(
        refuse(
          "npm_report.listed_complaint_unknown",
          point("13"),
          `Complaint ${id} is not registered; the report lists the complaints registered by participants (003 pp.12-13).`,
          { field: "listedComplaintIds", params: { complaintId: id } },
        ),
      );
      continue;
    }
    const belongs =
      c.visitId === visit.id ||
      (c.visitId === null &&
        (c.institutionId !== null
          ? visit.institutionIds.includes(c.institutionId) ||
            (c.institutionRegion !== null && visit.regions.includes(c.institutionRegion))
          : visit.memberIds.includes(c.receivedByParticipantId)));
    if (!belongs)
      out.push(
        refuse(
          "npm_report.listed_complaint_foreign",
          point("13"),
          `Complaint ${id} was not received on this visit nor concerns its institutions or regions; it belongs to another report (003 p.13; 000 Art. 30(4)).`,
          { field: "listedComplaintIds", params: { complaintId: id, alsoCited: art("000", "30(4)") } },
        ),
      );
  }
  return out;
}
