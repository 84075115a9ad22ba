import { legalDateOf } from "@aldyn/law";
import type { AssistancePlan, ShelterStay } from "@aldyn/contract";
import type { DocBase, DocHeader, DocLang } from "../documents/document-types.ts";
import { issuerPosition } from "../documents/issuer-positions.messages.ts";
import { cite, formatDate, WITHHELD } from "../documents/messages-common.ts";
import { renderForm, type FormWriter } from "../documents/pdf-writer.ts";
import { CONFIDENTIALITY_ARTICLE } from "../../access/confidentiality.ts";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import { FS_DOC, labelOf } from "./fs-documents.messages.ts";
import { readAssistancePlan } from "./read-plan.ts";
import { readStay } from "./stay-read.ts";
import { mayReadAddress } from "./shelters.ts";

/** The form's heading alone: the centre's forms print their person without an address (below). */
function headerOnly(header: DocHeader): DocBase {
  return {
    header,
    person: { fullName: "", iin: null, birthDate: null, address: "" },
    official: { position: "", fullName: "" },
  };
}

/** The person on the centre's forms: name, IIN and birth date — never an address (001 Art. 83(2)). */
async function personLines(deps: MeasureDeps, personId: string) {
  const p = await deps.db
    .selectFrom("person")
    .select(["last_name_cyr", "first_name_cyr", "middle_name_cyr", "iin", "birth_date"])
    .where("id", "=", personId)
    .executeTakeFirstOrThrow();
  return {
    fullName: [p.last_name_cyr, p.first_name_cyr, p.middle_name_cyr].filter(Boolean).join(" "),
    iin: p.iin,
    birthDate: p.birth_date,
  };
}

function person(w: FormWriter, lang: DocLang, heading: string, p: Awaited<ReturnType<typeof personLines>>) {
  const c = FS_DOC[lang];
  w.heading(heading);
  w.field(lang === "kk" ? "Тегі, аты, әкесінің аты" : "Фамилия, имя, отчество", p.fullName);
  w.field(lang === "kk" ? "ЖСН" : "ИИН", p.iin ?? "—");
  w.field(c.born, formatDate(p.birthDate));
}

async function userName(deps: MeasureDeps, userId: string): Promise<string> {
  const u = await deps.db
    .selectFrom("app_user")
    .select("full_name")
    .where("id", "=", userId)
    .executeTakeFirst();
  return u?.full_name ?? "";
}

/**
 * The individual assistance plan as printed (001 Arts. 55(1), 72(5)) in Kazakh or Russian: read
 * through readAssistancePlan (access, victims' barrier, audit), the person without an address, the
 * term, goal, each step with its area, responsible body, due date and state, progress and — once
 * closed — the outcome and assessment.
 */
export async function assistancePlanPdf(
  deps: MeasureDeps,
  ctx: ActCtx,
  measureId: string,
  lang: DocLang,
): Promise<Buffer> {
  const plan: AssistancePlan = await readAssistancePlan(deps, ctx, measureId);
  const issuer = await deps.db
    .selectFrom("measure")
    .select("issuer_user_id")
    .where("id", "=", measureId)
    .executeTakeFirstOrThrow();
  const official = await userName(deps, issuer.issuer_user_id);
  const p = await personLines(deps, plan.person.id);
  const c = FS_DOC[lang];
  const centre = plan.centre.name[lang];
  const header: DocHeader = {
    bodyName: centre,
    number: plan.registrationNumber ?? "—",
    date: legalDateOf(new Date(plan.issuedAt)),
    place: centre,
  };
  return renderForm(lang, { title: c.planTitle, number: header.number, citation: "001 Art. 55(1)" }, (w) => {
    w.header(headerOnly(header), c.planTitle, c.planSubtitle);
    person(w, lang, c.planFor, p);
    w.legalGround(`${cite(lang, "001 Art. 55(1)")}; ${cite(lang, "001 Art. 72(5)")}`);
    w.field(c.term, c.period(formatDate(plan.from), formatDate(plan.until)));
    w.field(c.goal, plan.goal);
    w.heading(c.steps);
    w.list(
      plan.steps.map(
        (s) =>
          `${s.title} — ${c.area}: ${labelOf(c.areas, s.area)}; ${c.responsible}: ${s.responsibleBody.name[lang]}; ` +
          `${c.due}: ${formatDate(s.dueOn)}; ${c.state}: ${labelOf(c.states, s.state)}`,
      ),
    );
    w.field(c.progress, `${plan.progress.done} / ${plan.progress.total}`);
    if (plan.assessment) {
      w.field(c.outcome, labelOf(c.outcomes, plan.assessment.outcome));
      w.field(c.assessment, plan.assessment.assessment);
    }
    w.signatureLine(`${c.officialSign}: ${issuerPosition(lang, "family_support_centre")}`, official);
    w.signatureLine(c.personSign, p.fullName);
  });
}

/**
 * The referral to temporary residence the centre hands to the victim (001 Arts. 10(2)(4), 72(2)):
 * the person (no home address), the shelter with its address — printed only here, and only for a
 * reader who may read it (the centre, the DV inspector) — the period and the one-month rule.
 */
export async function shelterReferralPdf(
  deps: MeasureDeps,
  ctx: ActCtx,
  stayId: string,
  lang: DocLang,
): Promise<Buffer> {
  const stay: ShelterStay = await readStay(deps, ctx, stayId);
  const s = await deps.db
    .selectFrom("shelter_stay as st")
    .innerJoin("shelter as sh", "sh.id", "st.shelter_id")
    .innerJoin("body as b", "b.id", "sh.centre_body_id")
    .select([
      "sh.name",
      "sh.address",
      "sh.territory_path",
      "sh.centre_body_id",
      "b.name_kk",
      "b.name_ru",
      "st.recorded_by",
    ])
    .where("st.id", "=", stayId)
    .executeTakeFirstOrThrow();
  const address = mayReadAddress(ctx.actor, s)
    ? s.address
    : `${WITHHELD[lang].victim} (${cite(lang, CONFIDENTIALITY_ARTICLE)})`;
  const p = await personLines(deps, stay.person.id);
  const official = await userName(deps, s.recorded_by);
  const c = FS_DOC[lang];
  const centre = lang === "kk" ? s.name_kk : s.name_ru;
  const number = stayId.slice(0, 8).toUpperCase();
  const header: DocHeader = { bodyName: centre, number, date: stay.admittedOn, place: centre };
  return renderForm(lang, { title: c.referralTitle, number, citation: "001 Art. 10(2)(4)" }, (w) => {
    w.header(headerOnly(header), c.referralTitle, c.referralSubtitle);
    person(w, lang, c.referred, p);
    w.legalGround(`${cite(lang, "001 Art. 10(2)(4)")}; ${cite(lang, "001 Art. 72(2)")}`);
    w.heading(c.shelter);
    w.field(c.shelterName, s.name);
    w.field(c.shelterAddress, address);
    w.heading(c.stay);
    w.field(c.admittedOn, formatDate(stay.admittedOn));
    w.field(c.plannedUntil, formatDate(stay.plannedUntil));
    w.para(c.monthRule);
    w.para(c.confidential);
    w.signatureLine(`${c.referralSign}: ${issuerPosition(lang, "family_support_centre")}`, official);
    w.signatureLine(c.referralPersonSign, p.fullName);
  });
}
