/**
 * Routing a report by legal duty (R6.3): every body that must be told, and how urgent the report is.
 * The operator confirms the proposal; a hand-off goes to each body (../handoffs).
 */
import { legalDateOf } from "../calendar/legal-date.ts";
import { art, type Citation } from "../core/citation.ts";
import type { BodyTypeId } from "../handoffs/body-types.ts";
import { HANDOFF_CLOCKS, type HandoffClock } from "../handoffs/clocks.ts";
import { HANDOFF_GROUNDS, type HandoffGroundCode } from "../handoffs/grounds.ts";
import {
  DEFAULT_LAW_CONFIG,
  lawInForceOn,
  type LawConfig,
  type LawVersion,
} from "../versions/law-version.ts";
import { REPORT_CATEGORY_INFO, type CategoryReceiver, type ReportCategory } from "./categories.ts";
import type { ReportFlag, ReportUrgency } from "./channels.ts";

/** One body the report must go to. */
export interface RouteProposal {
  readonly bodyType: BodyTypeId;
  readonly ground: HandoffGroundCode;
  /** Why this body: the provision that makes it competent (001) or names it (000 Art. 23). */
  readonly article: Citation;
  /** The clock of the duty to inform (the ground's). */
  readonly clock: HandoffClock;
  /** The provision of the duty to inform (the ground's article: 001 Art. 39(3), 72(3)(2), 000 Art. 23(n)). */
  readonly dutyArticle: Citation;
  /** The text the routing follows. */
  readonly version: LawVersion;
}

export interface RouteReportInput {
  readonly category: ReportCategory;
  readonly flags: readonly ReportFlag[];
  /** When the report reached the system: the duty to inform arises when the fact becomes known (39(3)). */
  readonly receivedAt: Date;
  readonly config?: LawConfig;
}

const INFORM = "report.inform_competent_body" as const;
const r001 = (bodyType: BodyTypeId, ref: string, ground: HandoffGroundCode = INFORM): CategoryReceiver => ({
  bodyType,
  article: art("001", ref),
  ground,
});

/** What each flag adds under 001. */
function flagReceivers001(category: ReportCategory, flags: readonly ReportFlag[]): CategoryReceiver[] {
  const out: CategoryReceiver[] = [];
  const dv = category === "domestic_violence" || flags.includes("domestic_violence");
  if (flags.includes("domestic_violence")) {
    out.push(r001("police_department", "72(3)(1)"));
    out.push(r001("family_support_centre", "72(2)", "domestic_violence.notify_interested"));
  }
  if (flags.includes("threat_to_life")) out.push(r001("police_department", "13(1)"));
  if (flags.includes("minor_involved")) {
    if (!REPORT_CATEGORY_INFO[category].concernsMinor) out.push(r001("minors_commission", "79(6)(1)"));
    if (dv) out.push(r001("guardianship_body", "22(1)"));
  }
  return out;
}

/** What each flag adds under 000 Art. 23 (only for a minor: 000 is the minors' law). */
function flagReceivers000(flags: readonly ReportFlag[]): CategoryReceiver[] {
  const police: CategoryReceiver = {
    bodyType: "police_department",
    article: art("000", "23(4)"),
    ground: "report_000.inform_internal_affairs",
  };
  const guardianship: CategoryReceiver = {
    bodyType: "guardianship_body",
    article: art("000", "23(3)"),
    ground: "report_000.inform_guardianship",
  };
  const out: CategoryReceiver[] = [];
  // 23(4): "committing in relation of them other unlawful actions"; 23(3): "a threat to their life, health".
  if (flags.includes("domestic_violence")) out.push(police, guardianship);
  if (flags.includes("threat_to_life")) out.push(guardianship, police);
  return out;
}

const clockRank = (c: HandoffClock): number => HANDOFF_CLOCKS.indexOf(c);

/**
 * Every body that must be told of a report, one proposal per body type (the earliest clock wins when
 * two provisions name the same type; on a tie the category's own provision). Which text: the one in
 * force on the day the report was received (001 Art. 85; `lawInForceOn`). Under 000 the routing is
 * 000 Art. 23 — a duty towards minors only — so it applies when the category concerns a minor or the
 * report is flagged `minor_involved`; otherwise 000 is silent and the 001 routing is used, as
 * `ruleOn` does for rules 000 does not state (the 2010 prevention law that governed adults is not
 * among the texts). Category `other` proposes nobody: the operator chooses the body.
 */
export function routeReport(input: RouteReportInput): RouteProposal[] {
  const info = REPORT_CATEGORY_INFO[input.category];
  const minor = info.concernsMinor || input.flags.includes("minor_involved");
  const under000 =
    lawInForceOn(legalDateOf(input.receivedAt), input.config ?? DEFAULT_LAW_CONFIG) === "000" && minor;
  const candidates = under000
    ? [...info.receivers000, ...flagReceivers000(input.flags)]
    : [...info.receivers001, ...flagReceivers001(input.category, input.flags)];
  const byType = new Map<BodyTypeId, RouteProposal>();
  for (const c of candidates) {
    const g = HANDOFF_GROUNDS[c.ground];
    const proposal: RouteProposal = {
      bodyType: c.bodyType,
      ground: c.ground,
      article: c.article,
      clock: g.clock!,
      dutyArticle: g.article,
      version: under000 ? "000" : "001",
    };
    const held = byType.get(c.bodyType);
    if (!held || clockRank(proposal.clock) < clockRank(held.clock)) byType.set(c.bodyType, proposal);
  }
  return [...byType.values()];
}

/** Categories whose facts put a person at risk now: urgent at least. */
const URGENT_CATEGORIES: readonly ReportCategory[] = [
  "offence_impending",
  "domestic_violence",
  "child_in_danger",
  "minor_violence_or_bullying",
  "runaway_minor",
];

/**
 * The urgency the system proposes (the operator may change it): `immediate` when life is threatened
 * (the duty to inform is immediate, 39(3), and the police respond at once, 72(3)(1)); `urgent` for
 * domestic violence (72(3)(1) "immediate response to every report"), impending infractions (39(3)),
 * a child in danger, subjected to violence or run away, or any report involving a minor; otherwise
 * `routine`.
 */
export function proposeUrgency(category: ReportCategory, flags: readonly ReportFlag[]): ReportUrgency {
  if (flags.includes("threat_to_life")) return "immediate";
  if (URGENT_CATEGORIES.includes(category)) return "urgent";
  if (flags.includes("domestic_violence") || flags.includes("minor_involved")) return "urgent";
  return "routine";
}
