import type { Measure } from "@aldyn/contract";
import { legalDateOf } from "@aldyn/law";
import type { ProtectiveOrderProhibition, ServiceChannel } from "@aldyn/law";
import { AppError } from "../../errors/app-error.ts";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import { readMeasure } from "../preventive-measures/read-measure.ts";
import type { DocBase, DocLang } from "./document-types.ts";
import { renderOfficialWarning } from "./render-official-warning.ts";
import { renderProtectiveOrder } from "./render-protective-order.ts";
import { renderStatutoryNotice } from "./render-statutory-notice.ts";

/** The kinds that have a printed form (R11.5). */
export const PRINTED_KINDS = ["official_warning", "protective_order", "statutory_notice"] as const;

const str = (v: unknown): string => (typeof v === "string" ? v : "");

/** Header, person and official of a measure's form, in the form's language. */
async function base(deps: MeasureDeps, m: Measure, lang: DocLang): Promise<DocBase> {
  const [person, body, official] = await Promise.all([
    m.personId
      ? deps.db
          .selectFrom("person")
          .select([
            "last_name_cyr",
            "first_name_cyr",
            "middle_name_cyr",
            "iin",
            "birth_date",
            "actual_address",
          ])
          .where("id", "=", m.personId)
          .executeTakeFirst()
      : undefined,
    deps.db
      .selectFrom("body")
      .select(["name_kk", "name_ru"])
      .where("id", "=", m.issuerBodyId)
      .executeTakeFirstOrThrow(),
    deps.db
      .selectFrom("app_user")
      .select("full_name")
      .where("id", "=", m.issuerUserId)
      .executeTakeFirstOrThrow(),
  ]);
  const issued = new Date(m.issuedAt);
  const details = m.input.details;
  return {
    header: {
      bodyName: lang === "kk" ? body.name_kk : body.name_ru,
      number: m.id.slice(0, 8).toUpperCase(),
      date: legalDateOf(issued),
      time: issued.toLocaleTimeString("ru-RU", {
        timeZone: "Asia/Almaty",
        hour: "2-digit",
        minute: "2-digit",
      }),
      place: str(details.placeOfIssue) || (lang === "kk" ? body.name_kk : body.name_ru),
    },
    person: person
      ? {
          fullName: [person.last_name_cyr, person.first_name_cyr, person.middle_name_cyr]
            .filter(Boolean)
            .join(" "),
          iin: person.iin,
          birthDate: person.birth_date,
          address: person.actual_address,
        }
      : { fullName: "—", iin: null, birthDate: null, address: "—" },
    official: {
      position: lang === "kk" ? "Лауазымды адам" : "Должностное лицо",
      fullName: official.full_name,
    },
  };
}

/**
 * The printed form of a measure (issue 4 item 6): loads it through `readMeasure` — so the reader's
 * access (role, territory, personal fields, 001 Art. 59(6)) is checked and the read audited — and
 * renders the kind's form in Kazakh or Russian.
 */
export async function measureDocument(
  deps: MeasureDeps,
  ctx: ActCtx,
  id: string,
  lang: DocLang,
): Promise<Buffer> {
  const m = await readMeasure(deps, ctx, id);
  const b = await base(deps, m, lang);
  const d = m.input.details;
  switch (m.kind) {
    case "official_warning":
      return await renderOfficialWarning(lang, {
        ...b,
        circumstances: m.input.justification.text,
        validUntil: m.validUntil,
      });
    case "protective_order": {
      const served = m.facts.filter((f) => f.type === "served");
      const channels = served.map((f) => f.data.channel).filter((c): c is string => typeof c === "string");
      return await renderProtectiveOrder(lang, {
        ...b,
        victim: { fullName: "—" },
        placeOfViolence: str(d.placeOfViolence) || "—",
        timeOfViolence: str(d.timeOfViolence) || b.header.date,
        circumstances: str(d.circumstances) || m.input.justification.text,
        prohibitions: (Array.isArray(d.prohibitions) ? d.prohibitions : []) as ProtectiveOrderProhibition[],
        coversFamilyMembers: d.coversFamilyMembers === true,
        noticeChannels: channels as ServiceChannel[],
        validUntil: m.validUntil,
      });
    }
    case "statutory_notice": {
      const subject = m.input.subject as { name?: string; headOrOfficial?: string };
      return await renderStatutoryNotice(lang, {
        ...b,
        person: { fullName: subject.headOrOfficial ?? "—", iin: null, birthDate: null, address: "—" },
        addresseePosition: subject.headOrOfficial ?? "—",
        organization: { name: subject.name ?? "—", address: "—" },
        causes: m.input.justification.text,
      });
    }
    default:
      throw new AppError("not_found", `There is no printed form for a measure of kind ${m.kind}.`);
  }
}
