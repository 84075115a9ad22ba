import type { ProtectiveOrderProhibition, ServiceChannel } from "@aldyn/law";
import type { DocBase, DocLang } from "./document-types.ts";
import { cite, formatDate, formatDateTime, withheldText } from "./messages-common.ts";
import { renderForm } from "./pdf-writer.ts";
import { PO } from "./protective-order.messages.ts";

/**
 * A protective order (001 Art. 60) as the form prints it. Every content item of 60(4) has a place:
 * time and place of issue (header: date, time, place), by whom (official, body), in respect of whom
 * (person), the victim the restrictions concern (60(1), (4)), place, time and circumstances of the
 * violence or threat, the restrictions established,
 * the legal consequences of continuing or of violating the order, and the right to appeal; then the
 * validity (60(5)) and, once notice of the order has been sent, how and when (60(4) second part).
 */
/** A person the order protects: the victim (001 Art. 60(1)), named on the order (60(4)). */
export interface ProtectedPersonDoc {
  readonly fullName: string;
  readonly address?: string | null;
}

export interface ProtectiveOrderDoc extends DocBase {
  /** The protected person(s); empty for an order recorded before victims were kept (a dash prints). */
  readonly victims: readonly ProtectedPersonDoc[];
  /**
   * Set when the reader does not clear the victims' barrier (R11.1; 001 Art. 83(2)): the form prints
   * that the victims are withheld, and why, instead of their names.
   */
  readonly victimsWithheld?: { readonly barrier: "victim" | "health"; readonly article: string } | null;
  /** Where the violence was committed or threatened. */
  readonly placeOfViolence: string;
  /**
   * When: the instant (ISO, printed dd.MM.yyyy HH:mm on the clock of Almaty, whatever the server's
   * zone), or a bare date "YYYY-MM-DD" when only the day is known.
   */
  readonly timeOfViolence: string;
  readonly circumstances: string;
  /** The prohibitions chosen (60(3)); violence is always among them (the law package checks it). */
  readonly prohibitions: readonly ProtectiveOrderProhibition[];
  /** The prohibitions also cover minor and (or) incapacitated family members of the victim (60(3)). */
  readonly coversFamilyMembers: boolean;
  /**
   * How and when notice of the order was sent, as recorded (60(4) second part); none recorded yet (the
   * form printed at issue) leaves the section out rather than print an empty heading.
   */
  readonly notices: readonly { readonly channel: ServiceChannel; readonly at: string }[];
  /** The last day of validity once delivery is recorded (60(5)); otherwise the rule is stated. */
  readonly validUntil?: string | null;
}

/** The protective order form (001 Art. 60), delivered against signature or with a refusal note (60(1)). */
export async function renderProtectiveOrder(lang: DocLang, d: ProtectiveOrderDoc): Promise<Buffer> {
  const m = PO[lang];
  return renderForm(lang, { title: m.title, number: d.header.number, citation: "001 Art. 60" }, (w) => {
    w.header(d, m.title);
    w.field(m.issuedBy, `${d.official.position} ${d.official.fullName}, ${d.header.bodyName}`);
    w.person(d, m.whom);
    w.heading(m.victimsHeading);
    if (d.victimsWithheld) w.field(m.victim, withheldText(lang, d.victimsWithheld));
    else if (d.victims.length === 0) w.field(m.victim, "—");
    d.victims.forEach((v, i) => {
      w.field(d.victims.length > 1 ? `${m.victim} ${i + 1}` : m.victim, v.fullName);
      if (v.address) w.field(m.victimAddress, v.address);
    });
    w.legalGround(cite(lang, "001 Art. 60"));
    w.heading(m.violenceHeading);
    w.field(m.placeOfViolence, d.placeOfViolence);
    w.field(m.timeOfViolence, formatDateTime(d.timeOfViolence));
    w.field(m.circumstances, d.circumstances);
    w.heading(m.restrictionsHeading);
    w.para(m.prohibitedIntro);
    w.list(d.prohibitions.map((p) => m.prohibitions[p]));
    if (d.coversFamilyMembers) w.para(m.familyMembers);
    w.heading(m.validityHeading);
    w.para(m.validityRule);
    if (d.validUntil) w.field(m.validUntil, formatDate(d.validUntil));
    w.heading(m.consequencesHeading);
    w.list(m.consequences);
    w.heading(m.appealHeading);
    w.para(m.appeal);
    if (d.notices.length > 0) {
      w.heading(m.noticeHeading);
      w.list(d.notices.map((n) => `${m.channels[n.channel]} — ${formatDateTime(n.at)}`));
    }
    w.signatureLine(`${m.officialSign}: ${d.official.position}`, d.official.fullName);
    w.signatureLine(m.personSign, d.person.fullName);
    w.refusal();
    // 60(1) second part: each victim receives a copy against signature on the day of issuance.
    if (d.victims.length === 0) w.signatureLine(m.victimSign);
    for (const v of d.victims) w.signatureLine(m.victimSign, v.fullName);
  });
}
