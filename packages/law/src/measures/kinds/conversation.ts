import { art } from "../../core/citation.ts";
import { refuse, type Refusal } from "../../core/verdict.ts";
import { preventiveConversationRulesOn } from "../../versions/preventive-conversation.ts";
import { defineKind, STATE_BODIES_AND_ORGANISATIONS, validOnIssueDay } from "./common.ts";

/**
 * Preventive conversation (001 Art. 50; before the commencement of 001, 000 Art. 19-3 as stated in
 * `versions/preventive-conversation.ts`): place incl. online (001 only), at most one hour, a minor only
 * with a legal representative or teacher present.
 */
export const preventiveConversation = defineKind("preventive_conversation", {
  article: art("001", "50"),
  issuers: () => STATE_BODIES_AND_ORGANISATIONS,
  issuerArticle: art("001", "50(2)"),
  needsBirthDate: true,
  shape: "one_off",
  termInput: "none",
  termArticle: art("001", "50(4)"),
  check(input, c) {
    const { version, value: r } = preventiveConversationRulesOn(c.issuedOn, c.lawConfig);
    const a = r.articles;
    const d = input.details ?? {};
    const out: Refusal[] = [];
    if (d.place === undefined) {
      out.push(
        refuse("preventive_conversation.place_missing", a.places, `${a.places}: the place must be stated.`, {
          field: "details.place",
        }),
      );
    } else if (!r.places.includes(d.place)) {
      out.push(
        refuse(
          "preventive_conversation.place_not_permitted",
          a.places,
          `${a.places}: a preventive conversation may not be held in the format "${d.place}" under the text in force on ${c.issuedOn}.`,
          { field: "details.place", params: { place: d.place, version } },
        ),
      );
    }
    if (d.durationMinutes === undefined || !(d.durationMinutes > 0)) {
      out.push(
        refuse(
          "preventive_conversation.duration_missing",
          a.duration,
          `${a.duration}: the duration in minutes must be stated.`,
          { field: "details.durationMinutes" },
        ),
      );
    } else if (d.durationMinutes > r.maxDurationMinutes) {
      out.push(
        refuse(
          "preventive_conversation.duration_exceeds_one_hour",
          a.duration,
          `${a.duration}: a preventive conversation shall not last more than one hour.`,
          {
            field: "details.durationMinutes",
            params: { minutes: d.durationMinutes, max: r.maxDurationMinutes },
          },
        ),
      );
    }
    const present = d.present ?? [];
    if (
      c.age !== null &&
      c.age < 18 &&
      !present.some((p) => (r.minorCompanions as readonly string[]).includes(p))
    ) {
      out.push(
        refuse(
          "preventive_conversation.minor_without_representative_or_teacher",
          a.minorPresence,
          `${a.minorPresence}: a conversation with a minor is held only in the presence of a legal representative or a teacher.`,
          { field: "details.present", params: { age: c.age } },
        ),
      );
    }
    return out;
  },
  validity: validOnIssueDay,
});
