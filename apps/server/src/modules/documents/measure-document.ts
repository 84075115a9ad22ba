import { PRINTED_MEASURE_KINDS, type Measure } from "@aldyn/contract";
import { legalDateOf } from "@aldyn/law";
import type { ProtectiveOrderProhibition, ServiceChannel } from "@aldyn/law";
import { AppError } from "../../errors/app-error.ts";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import { readMeasure } from "../preventive-measures/read-measure.ts";
import type { DocBase, DocLang } from "./document-types.ts";
import { issuerPosition } from "./issuer-positions.messages.ts";
import { renderOfficialWarning } from "./render-official-warning.ts";
import { renderProtectiveOrder, type ProtectedPersonDoc } from "./render-protective-order.ts";
import { renderStatutoryNotice } from "./render-statutory-notice.ts";
import { printedPersonOf, withheldDocPerson, withheldPerson } from "./printed-person.ts";
import { formatTime } from "./messages-common.ts";

// The kinds with a printed form are PRINTED_MEASURE_KINDS of the contract (R11.5): the switch below
// renders each of them, and the web shows the download only for them.

const str = (v: unknown): string => (typeof v === "string" ? v : "");
/** An instant of the details: the read decodes it to a Date (an ISO text from older reads). */
const instant = (v: unknown): string => (v instanceof Date ? v.toISOString() : str(v));

/**
 * The protected person(s) of a stored protective order (001 Art. 60(1), (4)): the names as written on
 * the order. An order recorded before victims were kept has none, and prints a dash.
 */
function victimsOf(details: Record<string, unknown>): ProtectedPersonDoc[] {
  const list: unknown[] = Array.isArray(details.victims) ? details.victims : [];
  return list
    .filter((v): v is Record<string, unknown> => v !== null && typeof v === "object")
    .map((v) => ({ fullName: str(v.fullName).trim(), address: str(v.address).trim() || null }))
    .filter((v) => v.fullName !== "");
}

/** Header, person and official of a measure's form, in the form's language. */
async function base(deps: MeasureDeps, ctx: ActCtx, m: Measure, lang: DocLang): Promise<DocBase> {
  const withheld = await withheldPerson(deps, ctx, m.personId, m.territoryPath);
  const person = m.personId && !withheld ? await printedPersonOf(deps, m.personId, lang) : undefined;
  const record = await deps.db
    .selectFrom("measure as m")
    .innerJoin("body as b", "b.id", "m.issuer_body_id")
    .innerJoin("app_user as u", "u.id", "m.issuer_user_id")
    .select(["m.registration_number", "b.name_kk", "b.name_ru", "u.full_name"])
    .where("m.id", "=", m.id)
    .executeTakeFirstOrThrow();
  const details = m.input.details;
  const bodyName = lang === "kk" ? record.name_kk : record.name_ru;
  return {
    header: {
      bodyName,
      // The number of the decision in the issuing body's register (migration 0026).
      number: record.registration_number ?? "—",
      date: legalDateOf(new Date(m.issuedAt)),
      time: formatTime(m.issuedAt),
      place: str(details.placeOfIssue) || bodyName,
    },
    person: withheld
      ? withheldDocPerson(lang, withheld)
      : (person ?? { fullName: "—", iin: null, birthDate: null, address: "—" }),
    // The capacity in which the user issued it (stored with the measure), e.g. a district police
    // inspector of 001 Art. 60(1) — the form says by whom it was issued (60(4)).
    official: { position: issuerPosition(lang, m.issuerKind), fullName: record.full_name },
  };
}

/**
 * The printed form of a measure (R11.5): loads it through `readMeasure` — so the reader's
 * access (role, territory, personal fields, 001 Art. 59(6)) is checked, confidential parts the reader
 * does not clear are left out (R11.1; 001 Art. 83(2)) and the read audited — and renders the kind's
 * form in Kazakh or Russian, saying where a part was withheld.
 */
export async function measureDocument(
  deps: MeasureDeps,
  ctx: ActCtx,
  id: string,
  lang: DocLang,
): Promise<Buffer> {
  const m = await readMeasure(deps, ctx, id);
  const b = await base(deps, ctx, m, lang);
  const d = m.input.details;
  switch (m.kind) {
    case "official_warning":
      return await renderOfficialWarning(lang, {
        ...b,
        circumstances: m.input.justification.text,
        validUntil: m.validUntil,
      });
    case "protective_order": {
      // How and when notice of the order went out, as recorded with its service (60(4) second part).
      const notices = m.facts
        .filter((f) => f.type === "served" && typeof f.data.channel === "string")
        .map((f) => ({ channel: f.data.channel as ServiceChannel, at: f.at }));
      return await renderProtectiveOrder(lang, {
        ...b,
        victims: victimsOf(d),
        victimsWithheld: m.withheld?.find((w) => w.field === "input.details.victims") ?? null,
        placeOfViolence: str(d.placeOfViolence) || "—",
        // The instant as stored, printed on the clock of Almaty with its hour (60(4)); the read gives
        // a Date, which a text-only reading took for missing and printed the day of issue instead.
        timeOfViolence: instant(d.timeOfViolence) || b.header.date,
        circumstances: str(d.circumstances) || m.input.justification.text,
        prohibitions: (Array.isArray(d.prohibitions) ? d.prohibitions : []) as ProtectiveOrderProhibition[],
        coversFamilyMembers: d.coversFamilyMembers === true,
        notices,
        validUntil: m.validUntil,
      });
    }
    case "statutory_notice": {
      // 001 Art. 57(1): addressed to the head or an official of the organisation, sent to its address.
      const subject = m.input.subject;
      const orgAddress = str(subject.address).trim() || "—";
      return await renderStatutoryNotice(lang, {
        ...b,
        // The addressee's own residence is not asked for: the notice goes to the organisation.
        person: { fullName: str(subject.headOrOfficial) || "—", iin: null, birthDate: null, address: "—" },
        addresseePosition: str(subject.headOrOfficial) || "—",
        organization: { name: str(subject.name) || "—", address: orgAddress },
        causes: m.input.justification.text,
      });
    }
    default:
      throw new AppError(
        "not_found",
        `There is no printed form for a measure of kind ${m.kind} (printed: ${PRINTED_MEASURE_KINDS.join(", ")}).`,
      );
  }
}
