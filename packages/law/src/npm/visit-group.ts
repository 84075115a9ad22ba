/**
 * Formation of a preventive visit and its group: kinds and forms (003 pp.3, 7), the plan (003 p.6),
 * group size (003 pp.8, 11), thematic composition (003 p.9), special visits (003 p.10), conflict of
 * interest (003 p.19; 000 Art. 30(3)) and the participants' powers (000 Art. 31; 003 p.16).
 */
import { art, point } from "../core/citation.ts";
import { refuse, type Refusal } from "../core/verdict.ts";
import type { LegalDate } from "../calendar/legal-date.ts";
import type { NpmInstitution, NpmVisitForm, NpmVisitKind } from "./kinds.ts";
import { participationRefusals, type NpmParticipantRecord } from "./participants.ts";

/**
 * Most participants in a group: three for periodic and intermediate visits (003 p.8), two for special
 * visits (003 p.11). The Commissioner's representative (003 p.14) and invited experts (003 p.15) are
 * not participants of the group and are not counted.
 */
export const NPM_GROUP_MAX_SIZE: Readonly<Record<NpmVisitKind, number>> = {
  periodic: 3,
  intermediate: 3,
  special: 2,
};

/** A participant proposed for a group. */
export interface NpmGroupMember {
  readonly participant: NpmParticipantRecord;
  /** Special knowledge and experience on the topic of a thematic visit (003 p.9(1)). */
  readonly topicExpert?: boolean;
  /** A conflict of interest or circumstances casting doubt on impartiality (003 p.19; 000 Art. 30(3)). */
  readonly conflictOfInterest?: boolean;
}

/** A preventive visit as proposed for decision (003 Chapter 2). */
export interface NpmVisitProposal {
  readonly kind: NpmVisitKind;
  /** One-time or thematic (003 p.7); special visits are one-time. */
  readonly form: NpmVisitForm;
  /** The specific topic of a thematic visit (003 p.7(2)). */
  readonly topic?: string;
  readonly institutions: readonly NpmInstitution[];
  readonly members: readonly NpmGroupMember[];
  readonly startsOn: LegalDate;
  /** Periodic/intermediate: the visit is in the plan approved by the Coordinating Council (003 p.6). */
  readonly inApprovedPlan?: boolean;
  /** Special: the Commissioner decided to send the group (003 p.10). */
  readonly decidedByCommissioner?: boolean;
  /** Special: the reports of torture the visit answers (003 pp.3(3), 10). */
  readonly tortureReportIds?: readonly string[];
  /** Special: the institution was warned in advance, which p.10 forbids. */
  readonly announcedInAdvance?: boolean;
  /**
   * Thematic: the Coordinating Council included other participants for want of participants meeting
   * p.9 (003 p.9, last paragraph), which lifts the expertise and region requirements.
   */
  readonly councilDecisionOnComposition?: boolean;
}

/** Every refusal against forming the visit and its group as proposed (empty when the law allows it). */
export function validateVisitGroup(v: NpmVisitProposal): Refusal[] {
  return [...kindRefusals(v), ...formRefusals(v), ...memberRefusals(v)];
}

function kindRefusals(v: NpmVisitProposal): Refusal[] {
  const out: Refusal[] = [];
  if (v.kind === "special") {
    if (!v.decidedByCommissioner)
      out.push(
        refuse(
          "npm_visit.special_not_decided_by_commissioner",
          point("10"),
          "The Commissioner decides to send a group on a special visit (003 p.10).",
          { field: "decidedByCommissioner" },
        ),
      );
    if (!v.tortureReportIds?.length)
      out.push(
        refuse(
          "npm_visit.special_without_torture_report",
          point("10"),
          "A special visit is conducted on reports of torture or other cruel, inhuman or degrading treatment (003 pp.3(3), 10).",
          { field: "tortureReportIds" },
        ),
      );
    if (v.announcedInAdvance)
      out.push(
        refuse(
          "npm_visit.special_announced",
          point("10"),
          "A special visit is conducted without warning (003 p.10).",
          { field: "announcedInAdvance" },
        ),
      );
    return out;
  }
  if (!v.inApprovedPlan)
    out.push(
      refuse(
        "npm_visit.not_in_approved_plan",
        point("6"),
        "Periodic and intermediate visits are conducted according to the plan approved by the Coordinating Council (003 p.6).",
        { field: "inApprovedPlan" },
      ),
    );
  if (v.kind === "intermediate")
    for (const inst of v.institutions)
      if (inst.lastPeriodicVisitOn === null || inst.lastPeriodicVisitOn >= v.startsOn)
        out.push(
          refuse(
            "npm_visit.intermediate_without_periodic",
            point("3(2)"),
            `An intermediate visit follows up a previous periodic visit; institution ${inst.id} has none before ${v.startsOn} (003 p.3(2)).`,
            { field: "institutions", params: { institutionId: inst.id } },
          ),
        );
  return out;
}

function formRefusals(v: NpmVisitProposal): Refusal[] {
  const out: Refusal[] = [];
  const n = v.institutions.length;
  if (v.form === "one_time") {
    if (n !== 1)
      out.push(
        refuse(
          "npm_visit.one_time_institution_count",
          point("7(1)"),
          `A one-time visit concerns one specific institution; ${n} given (003 p.7(1)).`,
          { field: "institutions", params: { count: n } },
        ),
      );
    return out;
  }
  if (v.kind === "special")
    out.push(
      refuse(
        "npm_visit.special_thematic",
        point("7"),
        "Only periodic and intermediate visits may be thematic (003 p.7).",
        { field: "form" },
      ),
    );
  if (n < 2)
    out.push(
      refuse(
        "npm_visit.thematic_too_few_institutions",
        point("7(2)"),
        "A thematic visit covers two or more similar institutions (003 p.7(2)).",
        { field: "institutions", params: { count: n } },
      ),
    );
  if (new Set(v.institutions.map((i) => i.kind)).size > 1)
    out.push(
      refuse(
        "npm_visit.thematic_institutions_not_similar",
        point("7(2)"),
        "A thematic visit covers similar institutions, all of one kind (003 p.7(2)).",
        { field: "institutions" },
      ),
    );
  const regions = [...new Set(v.institutions.map((i) => i.region))].sort();
  if (regions.length < 2)
    out.push(
      refuse(
        "npm_visit.thematic_single_region",
        point("7(2)"),
        "A thematic visit covers institutions located in two or more regions (003 p.7(2)).",
        { field: "institutions", params: { regions: regions.length } },
      ),
    );
  if (!v.topic?.trim())
    out.push(
      refuse(
        "npm_visit.thematic_topic_missing",
        point("7(2)"),
        "A thematic visit has a specific topic (003 p.7(2)).",
        {
          field: "topic",
        },
      ),
    );
  if (v.councilDecisionOnComposition) return out;
  if (!v.members.some((m) => m.topicExpert))
    out.push(
      refuse(
        "npm_visit.thematic_no_topic_expert",
        point("9(1)"),
        "The group on a thematic visit includes participants with special knowledge and experience on its topic (003 p.9(1)).",
        { field: "members" },
      ),
    );
  for (const region of regions)
    if (!v.members.some((m) => m.participant.region === region))
      out.push(
        refuse(
          "npm_visit.thematic_region_without_participant",
          point("9(2)"),
          `The group on a thematic visit includes a participant from each region visited; none from ${region} (003 p.9(2)).`,
          { field: "members", params: { region } },
        ),
      );
  return out;
}

function memberRefusals(v: NpmVisitProposal): Refusal[] {
  const out: Refusal[] = [];
  const ids = v.members.map((m) => m.participant.id);
  const unique = new Set(ids);
  const max = NPM_GROUP_MAX_SIZE[v.kind];
  if (unique.size === 0)
    out.push(
      refuse(
        "npm_visit.group_empty",
        point("5"),
        "Preventive visits are conducted by groups of participants (003 pp.5, 10).",
        {
          field: "members",
        },
      ),
    );
  if (unique.size > max)
    out.push(
      refuse(
        "npm_visit.group_too_large",
        point(v.kind === "special" ? "11" : "8"),
        `No more than ${max} participants are included in the group on a ${v.kind} visit (003 p.${v.kind === "special" ? 11 : 8}).`,
        { field: "members", params: { max, count: unique.size } },
      ),
    );
  if (unique.size < ids.length)
    out.push(
      refuse("npm_visit.duplicate_member", point("8"), "A participant is included in the group only once.", {
        field: "members",
      }),
    );
  v.members.forEach((m, i) => {
    const field = `members[${i}]`;
    if (m.conflictOfInterest)
      out.push(
        refuse(
          "npm_visit.member_conflict_of_interest",
          point("19"),
          `Participant ${m.participant.id} has a conflict of interest or doubt on impartiality and must refuse to take part (003 p.19; 000 Art. 30(3)).`,
          { field, params: { participantId: m.participant.id, alsoCited: art("000", "30(3)") } },
        ),
      );
    for (const r of participationRefusals(m.participant, v.startsOn)) out.push({ ...r, field });
  });
  return out;
}
