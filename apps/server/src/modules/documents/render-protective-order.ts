import type { ProtectiveOrderProhibition, ServiceChannel } from "@aldyn/law";
import type { DocBase, DocLang } from "./document-types.ts";
import { formatDate, lawArticle, withheldText } from "./messages-common.ts";
import { renderForm } from "./pdf-writer.ts";
import { PO } from "./protective-order.messages.ts";

/**
 * A protective order (001 Art. 60) as the form prints it. Every content item of 60(4) has a place:
 * time and place of issue (header: date, time, place), by whom (official, body), in respect of whom
 * (person), the victim the restrictions concern (60(1), (4)), place, time and circumstances of the
 * violence or threat, the restrictions established,
 * the legal consequences of continuing or of violating the order, and the right to appeal; then the
 * channels of notice (60(4) second part) and the validity (60(5)).
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
  /** When: "YYYY-MM-DD" and optionally " HH:MM". */
  readonly timeOfViolence: string;
  readonly circumstances: string;
  /** The prohibitions chosen (60(3)); violence is always among them (the law package checks it). */
  readonly prohibitions: readonly ProtectiveOrderProhibition[];
  /** The prohibitions also cover minor and (or) incapacitated family members of the victim (60(3)). */
  readonly coversFamilyMembers: boolean;
  /** How notice of the order is sent (60(4) second part). */
  readonly noticeChannels: readonly ServiceChannel[];
  /** The last day of validity once delivery is recorded (60(5)); otherwise the rule is stated. */
  readonly validUntil?: string | null;
}

function when(value: string): string {
  const [date, time] = value.split(/[ T]/);
  return `${formatDate(date ?? "")}${time ? ` ${time.slice(0, 5)}` : ""}`;
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
    w.legalGround(lawArticle(lang, "60"));
    w.heading(m.violenceHeading);
    w.field(m.placeOfViolence, d.placeOfViolence);
    w.field(m.timeOfViolence, when(d.timeOfViolence));
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
    w.heading(m.noticeHeading);
    w.list(d.noticeChannels.map((c) => m.channels[c]));
    w.signatureLine(`${m.officialSign}: ${d.official.position}`, d.official.fullName);
    w.signatureLine(m.personSign, d.person.fullName);
    w.refusal();
    // 60(1) second part: each victim receives a copy against signature on the day of issuance.
    if (d.victims.length === 0) w.signatureLine(m.victimSign);
    for (const v of d.victims) w.signatureLine(m.victimSign, v.fullName);
  });
}
