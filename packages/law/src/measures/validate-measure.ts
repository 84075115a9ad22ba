import { ageOn, isLegalDate, legalDateOf, type LegalDate } from "../calendar/legal-date.ts";
import { art } from "../core/citation.ts";
import { allow, refuse, type Allowed, type Refusal } from "../core/verdict.ts";
import { DEFAULT_LAW_CONFIG, lawInForceOn } from "../versions/law-version.ts";
import type { KindCheckContext, KindRules, MeasureValidationContext } from "./kind-rules.ts";
import type { MeasureKind } from "./kinds.ts";
import {
  LEGAL_GROUNDS,
  JUSTIFICATION_BASES,
  type MeasureInput,
  type NormalizedMeasure,
} from "./measure-input.ts";
import { birthDateOf } from "./kinds/common.ts";
import { rulesFor } from "./rules.ts";

/** The answer of {@link validateNewMeasure}: the normalized measure, or every refusal at once (a form shows them all). */
export type MeasureValidation =
  Allowed<NormalizedMeasure> | { readonly ok: false; readonly refusals: readonly Refusal[] };

function isWholePositive(n: number | undefined): n is number {
  return n !== undefined && Number.isInteger(n) && n > 0;
}

function bad(code: string, r: KindRules<MeasureKind>, message: string, field: string): Refusal {
  return refuse(code, r.termArticle, `${r.termArticle}: ${message}`, { field });
}

/** The checks of the requested term against the unit the kind takes (see {@link TermInput}). */
function termRefusals(input: MeasureInput, r: KindRules<MeasureKind>, c: KindCheckContext): Refusal[] {
  const t = input.term ?? {};
  const given = Object.values(t).some((x) => x !== undefined);
  if (r.termInput === "none") {
    return given
      ? [
          bad(
            "measure.term_not_applicable",
            r,
            "the term of this measure is not set by the decision.",
            "term",
          ),
        ]
      : [];
  }
  if (r.termInput === "days" || r.termInput === "months") {
    const unit = r.termInput;
    const n = t[unit];
    if (!isWholePositive(n))
      return [bad("measure.term_required", r, `state the term in whole ${unit}.`, `term.${unit}`)];
    const lim = r.termLimits!(c);
    if (n < lim.min || n > lim.max) {
      return [
        refuse(
          `${input.kind}.term_out_of_range`,
          lim.article,
          `${lim.article}: the term is from ${lim.min} to ${lim.max} ${unit}.`,
          {
            field: `term.${unit}`,
            params: { [unit]: n, min: lim.min, max: lim.max },
          },
        ),
      ];
    }
    return [];
  }
  const out: Refusal[] = [];
  for (const key of ["validFrom", "validUntil"] as const) {
    const d = t[key];
    if (d !== undefined && !isLegalDate(d))
      out.push(bad("measure.term_invalid", r, `${key} is not a date.`, `term.${key}`));
  }
  if (out.length > 0) return out;
  if (r.termInput === "dates_required" && t.validUntil === undefined) {
    out.push(
      bad(
        "measure.term_required",
        r,
        "state the last day of the term set by the decision.",
        "term.validUntil",
      ),
    );
  }
  const from = t.validFrom ?? c.issuedOn;
  if (t.validUntil !== undefined && t.validUntil < from) {
    out.push(bad("measure.term_invalid", r, "the term ends before it begins.", "term.validUntil"));
  }
  return out;
}

/** The subject checks: a person or an organisation as the kind requires, and a usable birth date. */
function subjectRefusals(input: MeasureInput, r: KindRules<MeasureKind>, issuedOn: LegalDate): Refusal[] {
  const s = input.subject;
  if (s.kind !== r.subject) {
    return [
      refuse(
        `measure.subject_must_be_${r.subject}`,
        r.article,
        `${r.article}: this measure concerns ${r.subject === "person" ? "a natural person" : "an organisation"}.`,
        {
          field: "subject",
        },
      ),
    ];
  }
  if (s.kind !== "person") return [];
  const b = s.birthDate ?? null;
  if (b === null) {
    return r.needsBirthDate
      ? [
          refuse(
            "measure.birth_date_required",
            r.article,
            `${r.article}: the subject's age decides this measure; state the birth date.`,
            { field: "subject.birthDate" },
          ),
        ]
      : [];
  }
  if (!isLegalDate(b) || b > issuedOn) {
    return [
      refuse(
        "measure.birth_date_invalid",
        r.article,
        `${r.article}: the birth date is not a date before the decision.`,
        { field: "subject.birthDate" },
      ),
    ];
  }
  return [];
}

/**
 * Validates a new individual prevention measure and returns every refusal at once:
 * the issuer's competence (the kind's article), a decision not dated in the future, the subject,
 * the legal ground (001 Art. 49(1)) and justification (001 Art. 49(3)), the requested term, and the
 * kind's own rules (ages, content, presence, limits) under the text in force on the decision's date.
 */
export function validateNewMeasure(input: MeasureInput, ctx: MeasureValidationContext): MeasureValidation {
  const r = rulesFor(input.kind);
  const lawConfig = ctx.lawConfig ?? DEFAULT_LAW_CONFIG;
  const issuedOn = legalDateOf(input.issuedAt);
  const out: Refusal[] = [];
  if (issuedOn > ctx.today) {
    out.push(
      refuse(
        "measure.issued_in_future",
        r.article,
        `${r.article}: a measure cannot be dated after today (${ctx.today}).`,
        { field: "issuedAt" },
      ),
    );
  }
  if (!r.issuers(input).includes(input.issuerKind)) {
    out.push(
      refuse(
        "measure.issuer_not_competent",
        r.issuerArticle,
        `${r.issuerArticle}: "${input.issuerKind}" may not apply this measure.`,
        {
          field: "issuerKind",
          params: { kind: input.kind, issuerKind: input.issuerKind },
        },
      ),
    );
  }
  const subject = subjectRefusals(input, r, issuedOn);
  out.push(...subject);
  const a491 = art("001", "49(1)");
  if (!input.legalGround || !LEGAL_GROUNDS.includes(input.legalGround)) {
    out.push(
      refuse("measure.legal_ground_missing", a491, `${a491}: state the ground for taking the measure.`, {
        field: "legalGround",
      }),
    );
  }
  const a493 = art("001", "49(3)");
  const j = input.justification;
  if (!j || !JUSTIFICATION_BASES.includes(j.basis) || j.text.trim() === "") {
    out.push(
      refuse(
        "measure.justification_missing",
        a493,
        `${a493}: state the justification and the data it rests on.`,
        { field: "justification" },
      ),
    );
  }
  const birth = subject.length === 0 ? birthDateOf(input.subject) : null;
  const c: KindCheckContext = {
    today: ctx.today,
    issuedOn,
    lawConfig,
    lawVersion: lawInForceOn(issuedOn, lawConfig),
    age: birth === null ? null : ageOn(birth, issuedOn),
  };
  out.push(...termRefusals(input, r, c), ...r.check(input, c));
  if (out.length > 0) return { ok: false, refusals: out };
  return allow({
    ...input,
    legalGround: input.legalGround!,
    justification: input.justification!,
    details: input.details ?? {},
    issuedOn,
    lawVersion: c.lawVersion,
    subjectAge: c.age,
  } as NormalizedMeasure);
}
