import type { DueDuty } from "@aldyn/contract";

/**
 * The fact of a measure that records a duty as done — the fact from which the law derives the duty's
 * completion (packages/law/src/measures/kinds: `doneAt` of each duty):
 * - the prosecutor's copy of an official warning within 24 hours (001 Art. 51(3)): `prosecutor_notified`;
 * - the victim's copy of a protective order on the day of issue (001 Art. 60(1)): `notice_sent` to the victim;
 * - the written answer to a statutory notice within a month (001 Art. 57(2)): `answer_received`;
 * - the release notices a month before a stay ends (001 Arts. 80(10)(4), 81(11)(4)): `notice_sent` to
 *   the addressee the duty names;
 * - the akimat's submission of a returned minor's case (001 Arts. 80(11), 81(12)) and a refusal of
 *   pedagogical support (001 Art. 78(4)) go to the commission: `submitted_to_commission`.
 * Null for a code the law may add later without such a fact: the worklist then offers no "done".
 */
export function completingFact(code: string): DueDuty["completedBy"] {
  if (code.endsWith(".prosecutor_copy")) return { type: "prosecutor_notified" };
  if (code.endsWith(".victim_copy")) return { type: "notice_sent", to: "victim" };
  if (code === "statutory_notice.answer") return { type: "answer_received" };
  const notice = /\.release_notice_([a-z_]+)$/.exec(code);
  if (notice) return { type: "notice_sent", to: notice[1]! };
  if (code.endsWith(".akimat_submission") || code.endsWith(".refusal_to_commission"))
    return { type: "submitted_to_commission" };
  return null;
}
