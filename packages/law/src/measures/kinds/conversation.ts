import { art, type Citation } from "../../core/citation.ts";
import { refuse, type Refusal } from "../../core/verdict.ts";
import { lawInForceOn, type LawConfig, type LawVersion } from "../../versions/law-version.ts";
import type { LegalDate } from "../../calendar/legal-date.ts";
import { CONVERSATION_PLACES, type ConversationPlace, type PresentPerson } from "../measure-input.ts";
import { defineKind, STATE_BODIES_AND_ORGANISATIONS, validOnIssueDay } from "./common.ts";

/** The rules of a preventive conversation in the text in force on a date. */
export interface ConversationRules {
  readonly version: LawVersion;
  /** Where it may be held. */
  readonly places: readonly ConversationPlace[];
  readonly placesArticle: Citation;
  readonly maxMinutes: number;
  readonly durationArticle: Citation;
  /** Persons of whom at least one must attend a conversation with a minor. */
  readonly minorPresence: readonly PresentPerson[];
  readonly presenceArticle: Citation;
}

/** 001 Art. 50(4)-(5): official premises, residence, study, work, place of detection or online; at most one hour. */
const RULES_001: ConversationRules = {
  version: "001",
  places: CONVERSATION_PLACES,
  placesArticle: art("001", "50(4)"),
  maxMinutes: 60,
  durationArticle: art("001", "50(4)"),
  minorPresence: ["legal_representative", "parent", "teacher"],
  presenceArticle: art("001", "50(5)"),
};

/**
 * 000 Art. 19-3(3),(5): the same places without the online format; "may not continue more than one
 * year" in the translation is read as one hour (a translation slip: a year-long conversation makes no
 * sense, and 001 Art. 50(4) states one hour); a minor in the presence of "parents, teachers or other
 * legal representatives". 000 is the juveniles' law; for adults before commencement the governing
 * text (the 2010 prevention law) is not among the texts, so the rule of the date is applied to all
 * (a choice, see docs/measures.md).
 */
const RULES_000: ConversationRules = {
  version: "000",
  places: CONVERSATION_PLACES.filter((p) => p !== "online"),
  placesArticle: art("000", "19-3(3)"),
  maxMinutes: 60,
  durationArticle: art("000", "19-3(3)"),
  minorPresence: ["legal_representative", "parent", "teacher"],
  presenceArticle: art("000", "19-3(5)"),
};

/**
 * The conversation rules in force on a date (R11.3): 000 Art. 19-3 before the commencement of 001,
 * 001 Art. 50 from it.
 * TODO(versions): replace by `preventiveConversationRulesOn(date)` from `versions/` once it exists,
 * so the two texts are stated in one place.
 */
export function conversationRulesOn(date: LegalDate, config: LawConfig): ConversationRules {
  return lawInForceOn(date, config) === "000" ? RULES_000 : RULES_001;
}

/** Preventive conversation (001 Art. 50; before commencement 000 Art. 19-3). */
export const preventiveConversation = defineKind("preventive_conversation", {
  article: art("001", "50"),
  issuers: () => STATE_BODIES_AND_ORGANISATIONS,
  issuerArticle: art("001", "50(2)"),
  needsBirthDate: true,
  shape: "one_off",
  termInput: "none",
  termArticle: art("001", "50(4)"),
  check(input, c) {
    const r = conversationRulesOn(c.issuedOn, c.lawConfig);
    const d = input.details ?? {};
    const out: Refusal[] = [];
    if (d.place === undefined) {
      out.push(
        refuse(
          "preventive_conversation.place_missing",
          r.placesArticle,
          `${r.placesArticle}: the place must be stated.`,
          {
            field: "details.place",
          },
        ),
      );
    } else if (!r.places.includes(d.place)) {
      out.push(
        refuse(
          "preventive_conversation.place_not_permitted",
          r.placesArticle,
          `${r.placesArticle}: a preventive conversation may not be held in the format "${d.place}" under the text in force on ${c.issuedOn}.`,
          { field: "details.place", params: { place: d.place, version: r.version } },
        ),
      );
    }
    if (d.durationMinutes === undefined || !(d.durationMinutes > 0)) {
      out.push(
        refuse(
          "preventive_conversation.duration_missing",
          r.durationArticle,
          `${r.durationArticle}: the duration in minutes must be stated.`,
          { field: "details.durationMinutes" },
        ),
      );
    } else if (d.durationMinutes > r.maxMinutes) {
      out.push(
        refuse(
          "preventive_conversation.duration_exceeds_one_hour",
          r.durationArticle,
          `${r.durationArticle}: a preventive conversation shall not last more than one hour.`,
          { field: "details.durationMinutes", params: { minutes: d.durationMinutes, max: r.maxMinutes } },
        ),
      );
    }
    const present = d.present ?? [];
    if (c.age !== null && c.age < 18 && !present.some((p) => r.minorPresence.includes(p))) {
      out.push(
        refuse(
          "preventive_conversation.minor_without_representative_or_teacher",
          r.presenceArticle,
          `${r.presenceArticle}: a conversation with a minor is held only in the presence of a legal representative or a teacher.`,
          { field: "details.present", params: { age: c.age } },
        ),
      );
    }
    return out;
  },
  validity: validOnIssueDay,
});
