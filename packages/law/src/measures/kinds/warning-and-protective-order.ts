import { addHours, endOfLegalDate, legalDateOf } from "../../calendar/legal-date.ts";
import { ONCE_EVERY_SEVEN_DAYS, TWICE_A_MONTH } from "../../calendar/schedule.ts";
import { art } from "../../core/citation.ts";
import { refuse, type Refusal } from "../../core/verdict.ts";
import { PROTECTIVE_ORDER_PROHIBITIONS, type ProtectiveOrderDetails } from "../measure-details.ts";
import {
  defineKind,
  filled,
  REGISTER_TERMINATION,
  STATE_BODIES_AND_ORGANISATIONS,
  validFromService,
} from "./common.ts";

/**
 * Official warning (001 Art. 51): a written instruction served against signature (51(2)), copy to the
 * prosecutor within 24 hours after issuance (51(3)), placement on the register (51(4)), valid thirty
 * days from service (51(5)), compliance checked at least twice a month (51(6)), violation entails
 * administrative liability (51(7)).
 */
export const officialWarning = defineKind("official_warning", {
  article: art("001", "51"),
  issuers: () => STATE_BODIES_AND_ORGANISATIONS,
  issuerArticle: art("001", "51(1)"),
  shape: "term",
  termInput: "none",
  termArticle: art("001", "51(5)"),
  service: { article: art("001", "51(2)"), signature: true },
  control: { frequency: TWICE_A_MONTH, article: art("001", "51(6)") },
  register: { ground: "59.2.5_official_warning", article: art("001", "51(4)") },
  violations: true,
  terminationGrounds: REGISTER_TERMINATION,
  notices: ["employer_or_self_government"],
  extraFacts: ["prosecutor_notified"],
  check: () => [],
  validity: (_m, v) => validFromService(v, 30),
  duties(_m, v) {
    const issued = v.first("issued")!;
    return [
      {
        code: "official_warning.prosecutor_copy",
        article: art("001", "51(3)"),
        dueAt: addHours(issued.at, 24),
        doneAt: v.first("prosecutor_notified")?.at,
      },
    ];
  },
});

/** The content items of 001 Art. 60(4) that a protective order must state, with their field names. */
const CONTENT_ITEMS: ReadonlyArray<{ key: keyof ProtectiveOrderDetails; what: string }> = [
  { key: "placeOfIssue", what: "the place of issuance" },
  { key: "placeOfViolence", what: "the place of the violence or threat" },
  { key: "timeOfViolence", what: "the time of the violence or threat" },
  { key: "circumstances", what: "the circumstances of the violence or threat" },
  { key: "consequencesStated", what: "the legal consequences of violating the order" },
  { key: "appealRightStated", what: "the right to appeal" },
];

function contentPresent(d: ProtectiveOrderDetails, key: keyof ProtectiveOrderDetails): boolean {
  const value = d[key];
  if (typeof value === "string") return filled(value);
  return value !== undefined && value !== false;
}

/**
 * Protective order (001 Art. 60): issued only by the police officials of 60(1); subject sane and at
 * least sixteen at issuance (60(2)); prohibitions of 60(3); content of 60(4), including at least one
 * named victim (60(1), (4)); a copy to the victim on the day of issuance (60(1) second part); valid
 * thirty days from delivery, checked at least once every seven calendar days (60(5)); placement on
 * the register (60(7)).
 */
export const protectiveOrder = defineKind("protective_order", {
  article: art("001", "60"),
  issuers: () => [
    "police_head",
    "police_district_inspector",
    "police_juvenile_inspector",
    "police_domestic_violence_inspector",
  ],
  issuerArticle: art("001", "60(1)"),
  needsBirthDate: true,
  shape: "term",
  termInput: "none",
  termArticle: art("001", "60(5)"),
  service: { article: art("001", "60(1)"), signature: true },
  control: { frequency: ONCE_EVERY_SEVEN_DAYS, article: art("001", "60(5)") },
  register: { ground: "59.2.1_protective_order", article: art("001", "60(7)") },
  violations: true,
  terminationGrounds: REGISTER_TERMINATION,
  notices: ["victim"],
  check(input, c) {
    const d = input.details ?? {};
    const out: Refusal[] = [];
    const a2 = art("001", "60(2)");
    if (c.age !== null && c.age < 16) {
      out.push(
        refuse(
          "protective_order.subject_under_16",
          a2,
          `${a2}: the person must have reached the age of sixteen at issuance.`,
          {
            field: "subject.birthDate",
            params: { age: c.age },
          },
        ),
      );
    }
    if (d.subjectSane !== true) {
      out.push(
        refuse(
          "protective_order.subject_not_sane",
          a2,
          `${a2}: a protective order is issued only in respect of a sane person.`,
          {
            field: "details.subjectSane",
          },
        ),
      );
    }
    const a3 = art("001", "60(3)");
    const prohibitions = d.prohibitions ?? [];
    if (
      !prohibitions.includes("violence") ||
      prohibitions.some((p) => !PROTECTIVE_ORDER_PROHIBITIONS.includes(p))
    ) {
      out.push(
        refuse(
          "protective_order.prohibitions_invalid",
          a3,
          `${a3}: the order prohibits violence and may add only the prohibitions listed in the article.`,
          { field: "details.prohibitions" },
        ),
      );
    }
    const a4 = art("001", "60(4)");
    for (const item of CONTENT_ITEMS) {
      if (!contentPresent(d, item.key)) {
        out.push(
          refuse(
            "protective_order.content_missing",
            a4,
            `${a4}: the protective order must indicate ${item.what}.`,
            {
              field: `details.${item.key}`,
              params: { item: item.key },
            },
          ),
        );
      }
    }
    // 60(1): the order is issued "to ensure the safety of the victim" and a copy goes to the victim on
    // the day of issuance; 60(3)-(4): its restrictions are "in relations with the victim". So a new
    // order names at least one victim. Orders recorded before victims were kept have none: they are
    // revived from their stored input, which does not pass through this check, and stay valid.
    const a14 = art("001", "60(1), (4)");
    if ((d.victims ?? []).length === 0) {
      out.push(
        refuse(
          "protective_order.victim_missing",
          a14,
          `${a14}: the protective order must name the victim whose safety it ensures.`,
          { field: "details.victims" },
        ),
      );
    }
    // 60(4): each protected person named must be named in full.
    (d.victims ?? []).forEach((victim, index) => {
      if (!filled(victim?.fullName)) {
        out.push(
          refuse(
            "protective_order.content_missing",
            a4,
            `${a4}: the protective order must name the victim with whom relations are restricted.`,
            { field: "details.victims", params: { item: "victims", index } },
          ),
        );
      }
    });
    return out;
  },
  validity: (_m, v) => validFromService(v, 30),
  duties(_m, v) {
    const issued = v.first("issued")!;
    return [
      {
        code: "protective_order.victim_copy",
        article: art("001", "60(1)"),
        dueAt: endOfLegalDate(legalDateOf(issued.at)),
        doneAt: v.all("notice_sent").find((f) => f.to === "victim")?.at,
      },
    ];
  },
});
