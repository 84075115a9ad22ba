import {
  AGE_OF_MAJORITY,
  ageOn,
  legalDateOf,
  validateFact,
  validateNewMeasure,
  DEFAULT_LAW_CONFIG,
  deriveMeasure,
  type IssuerKind,
  type MeasureFact,
  type MeasureInput,
  type ProtectedPerson,
  type WorkCalendar,
} from "@aldyn/law";
import type { PersonRow } from "./persons.ts";
import { familyLastName, nameFor } from "./names.ts";
import { mulberry32, uuidOf } from "./prng.ts";
import { emitDecision, type Generated, type Issuer } from "./emit.ts";

export { emptyGenerated, type Generated, type Issuer } from "./emit.ts";

const DAY = 86_400_000;
const FIVE_YEARS = 5 * 365 * DAY;
const MAX_CHECKS = 12;
export type Kind = "preventive_conversation" | "official_warning" | "protective_order";

function kindOf(r: number): Kind {
  return r < 0.45 ? "preventive_conversation" : r < 0.8 ? "official_warning" : "protective_order";
}

/** What officials write into a decision and a check; chosen by the person's index, not drawn. */
export interface MeasureTexts {
  justification(index: number, minor: boolean, kind: string): string;
  placeOfIssue(p: PersonRow): string;
  placeOfViolence: string;
  circumstances(index: number): string;
  checkPlace: string;
}

/** Who decides and in which words: the national data set's, or the demo's (tools/synthetic/demo). */
export interface MeasureStyle {
  /** The body and user who issue a measure of `kind` on `p` and who they are in law (001 Art. 48(2)). */
  issuerOf(kind: Kind, p: PersonRow, minor: boolean): { issuer: Issuer; issuerKind: IssuerKind };
  texts: MeasureTexts;
  /** The chance that a check falls due and is not done, leaving the measure's checks overdue from then. */
  missedCheck: number;
}

const SYNTHETIC_TEXTS: MeasureTexts = {
  justification: () => "Synthetic data",
  placeOfIssue: () => "District police office",
  placeOfViolence: "The shared dwelling",
  circumstances: () => "Threats of violence against a family member (synthetic)",
  checkPlace: "At the home address",
};

/** The national data set: every measure of a district by its synthetic police body (setup.ts). */
export function syntheticStyle(issuer: Issuer): MeasureStyle {
  return {
    issuerOf: (kind) => ({
      issuer,
      issuerKind:
        kind === "protective_order" ? "police_domestic_violence_inspector" : "police_district_inspector",
    }),
    texts: SYNTHETIC_TEXTS,
    missedCheck: 0.1,
  };
}

/**
 * The protected person of a synthetic protective order (001 Art. 60(1), (4)): mostly a member of the
 * family at the same address (the spouse, usually of the other sex), else a neighbour in the same
 * house. Drawn from a PRNG of its own, so adding victims left every other generated value as it was.
 */
export function victimOf(seed: number, index: number, k: number, p: PersonRow): ProtectedPerson {
  const rng = mulberry32(parseInt(uuidOf(`synthetic:${seed}:victim:${index}:${k}`).slice(0, 8), 16));
  const family = rng() < 0.75;
  const other = p.sex === "male" ? "female" : "male";
  const sex = !family || rng() < 0.8 ? other : p.sex;
  const n = nameFor(rng, sex);
  const last = family ? familyLastName(p.last_name_cyr, sex) : n.last;
  const address = family
    ? p.actual_address
    : p.actual_address.replace(/кв\. \d+$/, `кв. ${1 + Math.floor(rng() * 150)}`);
  return { fullName: [last, n.first, n.middle].filter(Boolean).join(" "), address };
}

interface InputArgs {
  kind: Kind;
  index: number;
  p: PersonRow;
  at: Date;
  minor: boolean;
  issuerKind: IssuerKind;
  texts: MeasureTexts;
  victim: () => ProtectedPerson;
}

function inputOf({ kind, index, p, at, minor, issuerKind, texts, victim }: InputArgs): MeasureInput {
  const details =
    kind === "protective_order"
      ? {
          subjectSane: true,
          placeOfIssue: texts.placeOfIssue(p),
          placeOfViolence: texts.placeOfViolence,
          timeOfViolence: new Date(at.getTime() - 12 * 3_600_000),
          circumstances: texts.circumstances(index),
          victims: [victim()],
          prohibitions: ["violence", "visiting_victim"],
          coversFamilyMembers: true,
          consequencesStated: true,
          appealRightStated: true,
        }
      : kind === "preventive_conversation"
        ? // A minor is spoken to only with a legal representative or a teacher present (001 Art. 50(5)).
          { place: "official_premises", durationMinutes: 30, present: minor ? ["legal_representative"] : [] }
        : {};
  return {
    kind,
    issuerKind,
    issuedAt: at,
    subject: { kind: "person", birthDate: p.birth_date, sex: p.sex },
    legalGround: "direct_discovery",
    justification: { basis: "antisocial_behaviour", text: texts.justification(index, minor, kind) },
    term: null,
    details,
  } as unknown as MeasureInput;
}

/**
 * The measures of one person (mean 2): issued over the last five years, more of them recent; facts as
 * an inspector records them (issue, service, the prosecutor's copy or the victim's, control checks on
 * the law's schedule); projections, duties and register entries derived by @aldyn/law as the server
 * would (emit.ts). A decision the law refuses (e.g. a kind before its article existed) is skipped and
 * counted.
 */
export function measuresFor(
  rng: () => number,
  seed: number,
  index: number,
  p: PersonRow,
  style: MeasureStyle,
  now: Date,
  workCalendar: WorkCalendar,
  out: Generated,
): void {
  const isCurrent = rng() < 0.33;
  const count = Math.floor(rng() * 4.4) + (isCurrent ? 1 : 0);
  const today = legalDateOf(now);
  for (let k = 0; k < count; k++) {
    // About 30 % of persons are under a measure now (the register's share at national scale); the
    // other measures fall over five years, more of them recent.
    const current = k === 0 && isCurrent;
    const kind = current ? (rng() < 0.8 ? "official_warning" : "protective_order") : kindOf(rng());
    const hour = 9 + Math.floor(rng() * 9);
    const back = current
      ? (kind === "protective_order" ? 25 : 150) * DAY * rng()
      : FIVE_YEARS * rng() * rng();
    const at = new Date(Math.floor((now.getTime() - back) / DAY) * DAY + (hour - 5) * 3_600_000);
    if (at > now || legalDateOf(at) <= p.birth_date) continue;
    const minor = ageOn(p.birth_date, legalDateOf(at)) < AGE_OF_MAJORITY;
    const { issuer, issuerKind } = style.issuerOf(kind, p, minor);
    const victim = () => victimOf(seed, index, k, p);
    const input = inputOf({ kind, index, p, at, minor, issuerKind, texts: style.texts, victim });
    const v = validateNewMeasure(input, {
      today: legalDateOf(at),
      lawConfig: DEFAULT_LAW_CONFIG,
      workCalendar,
    });
    if (!v.ok) {
      out.refused++;
      continue;
    }
    const m = v.value;
    const facts: MeasureFact[] = [{ type: "issued", at }];
    const add = (f: MeasureFact): boolean => {
      if (f.at > now || validateFact(m, facts, f, { today, workCalendar })) return false;
      facts.push(f);
      return true;
    };
    // The victim is told on the day of issuance (001 Art. 60(1)); the subject is served, signs, and
    // the copy goes to the prosecutor the next day (001 Art. 51(2), (3)).
    add({ type: "notice_sent", at: new Date(at.getTime() + 3_600_000), to: "victim" } as MeasureFact);
    const next = new Date(at.getTime() + DAY);
    add({ type: "served", at: next, channel: "in_person" } as MeasureFact);
    add({ type: "signed", at: next } as MeasureFact);
    add({ type: "prosecutor_notified", at: next } as MeasureFact);
    for (let c = 0; c < MAX_CHECKS; c++) {
      const d = deriveMeasure(m, facts, now, { workCalendar });
      const due = d.control?.nextDue;
      if (!due || due > today || (d.validUntil && due > d.validUntil) || rng() < style.missedCheck) break;
      const outcome = rng() < 0.9 ? "complied" : "not_at_home";
      const check = {
        type: "control_check",
        at: new Date(`${due}T11:00:00+05:00`),
        outcome,
        place: style.texts.checkPlace,
      } as MeasureFact;
      if (!add(check)) break;
    }
    emitDecision(
      out,
      {
        id: uuidOf(`synthetic:${seed}:measure:${index}:${k}`),
        entryId: uuidOf(`synthetic:${seed}:entry:${index}:${k}`),
        m,
        facts,
        person: p,
        territoryPath: p.territory_path,
        issuer,
      },
      now,
      workCalendar,
    );
  }
}
