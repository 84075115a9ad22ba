import type { MeasureDuty, MeasureFact } from "@aldyn/law";
import type { HandoffToCompetentBody } from "./send-handoff.ts";

/** What the hand-offs of a measure's fact are planned from. */
export interface MeasureForHandoff {
  readonly id: string;
  readonly kind: string;
  readonly territoryPath: string;
  readonly issuedAt: Date;
  /** The facts recorded before the new one. */
  readonly facts: readonly MeasureFact[];
  /** The duties the law derives with the new fact (a release notice's due date). */
  readonly duties: readonly Pick<MeasureDuty, "code" | "dueAt">[];
}

/** The latest fact of a type at or before an instant. */
function lastBefore(
  facts: readonly MeasureFact[],
  type: MeasureFact["type"],
  at: Date,
): MeasureFact | undefined {
  return facts.filter((f) => f.type === type && f.at.getTime() <= at.getTime()).at(-1);
}

function send(
  m: MeasureForHandoff,
  ground: HandoffToCompetentBody["ground"],
  receiverBodyType: string,
  eventAt: Date,
  sentAt: Date,
  dueAt?: Date | null,
): HandoffToCompetentBody {
  return {
    ground,
    receiverBodyType,
    record: { type: "measure", id: m.id },
    territoryPath: m.territoryPath,
    eventAt,
    sentAt,
    ...(dueAt ? { dueAt } : {}),
  };
}

/**
 * The hand-offs a measure's new fact sends: the duties of measures that are messages between bodies
 * (ARCHITECTURE.md "Hand-offs between bodies"). The fact that performs the sender's duty — recorded
 * by the official, or as "done" from the worklist — sends the hand-off in the same transaction, to
 * the competent body of the ground's type covering the measure's territory:
 * - an official warning's `prosecutor_notified`: the copy to the prosecutor within 24 hours of its
 *   issuance (001 Art. 51(3)) — to the prosecutor's office;
 * - a pedagogical support's `submitted_to_commission` after the representatives' refusal: the
 *   information to the commission on minors' affairs (001 Art. 78(4)), its clock from the refusal;
 * - a special educational organisation's `notice_sent` to the commission (001 Art. 80(10)(4)), or a
 *   special-regime one's to the commission or the internal affairs bodies (81(11)(4)): the release
 *   notice, due a month before the stay ends (the duty's due date);
 * - after a minor's `returned_home`, the akimat's `submitted_to_commission` (001 Arts. 80(11),
 *   81(12)), its clock from the arrival.
 * A fact that repeats one already recorded sends nothing again.
 */
export function measureFactHandoffs(m: MeasureForHandoff, fact: MeasureFact): HandoffToCompetentBody[] {
  const again = m.facts.some(
    (f) =>
      f.type === fact.type && (f.type !== "notice_sent" || (fact.type === "notice_sent" && f.to === fact.to)),
  );
  const dueOf = (code: string) => {
    const due = m.duties.find((d) => d.code === code)?.dueAt;
    return due ? new Date(due) : null;
  };
  if (m.kind === "official_warning" && fact.type === "prosecutor_notified" && !again)
    return [send(m, "official_warning.prosecutor_copy", "prosecutor_office", m.issuedAt, fact.at)];
  if (m.kind === "pedagogical_support" && fact.type === "submitted_to_commission") {
    const refused = lastBefore(m.facts, "representative_refused", fact.at);
    const earlier = m.facts.some(
      (f) => f.type === "submitted_to_commission" && refused && f.at >= refused.at,
    );
    if (refused && !earlier)
      return [send(m, "pedagogical_support.refusal_referral", "minors_commission", refused.at, fact.at)];
    return [];
  }
  const stay =
    m.kind === "special_education_referral"
      ? ("special_education" as const)
      : m.kind === "special_regime_referral"
        ? ("special_regime" as const)
        : null;
  if (stay && fact.type === "notice_sent" && !again) {
    const receiver =
      fact.to === "commission_on_minors"
        ? "minors_commission"
        : stay === "special_regime" && fact.to === "internal_affairs"
          ? "police_department"
          : null;
    if (!receiver) return [];
    const due = dueOf(`${m.kind}.release_notice_${fact.to}`) ?? fact.at;
    return [send(m, `${stay}.release_notice`, receiver, fact.at, fact.at, due)];
  }
  if (stay && fact.type === "submitted_to_commission") {
    const home = lastBefore(m.facts, "returned_home", fact.at);
    const earlier = m.facts.some((f) => f.type === "submitted_to_commission" && home && f.at >= home.at);
    if (home && !earlier)
      return [send(m, "returned_minor.commission_submission", "minors_commission", home.at, fact.at)];
  }
  return [];
}

/**
 * The hand-off a new measure sends: a protective order's incident of domestic violence told to the
 * family support centre of the territory within 24 hours of the issuance (001 Art. 72(3)(2); the
 * centre supports persons with signs of domestic violence and keeps the victims' records, 10(2)(4),
 * (10)). Sent with the issuance; where no centre is registered for the territory, none is sent and
 * the order is issued all the same (the victim's safety, 60(1), does not wait for a registry).
 */
export function issuedMeasureHandoffs(
  m: Omit<MeasureForHandoff, "facts" | "duties">,
): HandoffToCompetentBody[] {
  if (m.kind !== "protective_order") return [];
  return [
    {
      ...send(
        { ...m, facts: [], duties: [] },
        "protective_order.copy",
        "family_support_centre",
        m.issuedAt,
        m.issuedAt,
      ),
      optional: true,
    },
  ];
}
