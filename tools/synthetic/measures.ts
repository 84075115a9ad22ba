import {
  DEFAULT_LAW_CONFIG,
  deriveMeasure,
  deriveRegisterEntry,
  legalDateOf,
  validateFact,
  validateNewMeasure,
  validatePlacement,
  type MeasureFact,
  type MeasureInput,
  type ProtectedPerson,
  type WorkCalendar,
} from "@aldyn/law";
import {
  autoEndOf,
  lawEntry,
} from "../../apps/server/src/modules/preventive-register/register-entry-state.ts";
import type { PersonRow } from "./persons.ts";
import { familyLastName, nameFor } from "./names.ts";
import { mulberry32, uuidOf } from "./prng.ts";

export interface Issuer {
  bodyId: string;
  userId: string;
}

export interface Generated {
  measures: Record<string, unknown>[];
  facts: Record<string, unknown>[];
  duties: Record<string, unknown>[];
  entries: Record<string, unknown>[];
  entryFacts: Record<string, unknown>[];
  links: Record<string, unknown>[];
  refused: number;
}

export function emptyGenerated(): Generated {
  return { measures: [], facts: [], duties: [], entries: [], entryFacts: [], links: [], refused: 0 };
}

const DAY = 86_400_000;
const FIVE_YEARS = 5 * 365 * DAY;
const MAX_CHECKS = 12;
type Kind = "preventive_conversation" | "official_warning" | "protective_order";

function kindOf(r: number): Kind {
  return r < 0.45 ? "preventive_conversation" : r < 0.8 ? "official_warning" : "protective_order";
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

function inputOf(kind: Kind, p: PersonRow, at: Date, victim: () => ProtectedPerson): MeasureInput {
  const details =
    kind === "protective_order"
      ? {
          subjectSane: true,
          placeOfIssue: "District police office",
          placeOfViolence: "The shared dwelling",
          timeOfViolence: new Date(at.getTime() - 12 * 3_600_000),
          circumstances: "Threats of violence against a family member (synthetic)",
          victims: [victim()],
          prohibitions: ["violence", "visiting_victim"],
          coversFamilyMembers: true,
          consequencesStated: true,
          appealRightStated: true,
        }
      : kind === "preventive_conversation"
        ? { place: "official_premises", durationMinutes: 30, present: [] }
        : {};
  return {
    kind,
    issuerKind:
      kind === "protective_order" ? "police_domestic_violence_inspector" : "police_district_inspector",
    issuedAt: at,
    subject: { kind: "person", birthDate: p.birth_date, sex: p.sex },
    legalGround: "direct_discovery",
    justification: { basis: "antisocial_behaviour", text: "Synthetic data" },
    term: null,
    details,
  } as unknown as MeasureInput;
}

/**
 * The measures of one person (mean 2): issued over the last five years, more of them recent; facts as
 * an inspector records them (issue, service, the prosecutor's copy or the victim's, control checks on
 * the law's schedule); projections, duties and register entries derived by @aldyn/law as the server
 * would. A decision the law refuses (e.g. a kind before its article existed) is skipped and counted.
 */
export function measuresFor(
  rng: () => number,
  seed: number,
  index: number,
  p: PersonRow,
  issuer: Issuer,
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
    const input = inputOf(kind, p, at, () => victimOf(seed, index, k, p));
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
    const id = uuidOf(`synthetic:${seed}:measure:${index}:${k}`);
    const facts: MeasureFact[] = [{ type: "issued", at }];
    const add = (f: MeasureFact): boolean => {
      if (f.at > now || validateFact(m, facts, f, { today, workCalendar })) return false;
      facts.push(f);
      return true;
    };
    const next = new Date(at.getTime() + DAY);
    add({ type: "served", at: next, channel: "in_person" } as MeasureFact);
    add({ type: "prosecutor_notified", at: next } as MeasureFact);
    add({ type: "notice_sent", at: next, to: "victim" } as MeasureFact);
    const checks: { on: string; outcome: string }[] = [];
    for (let c = 0; c < MAX_CHECKS; c++) {
      const d = deriveMeasure(m, facts, now, { workCalendar });
      const due = d.control?.nextDue;
      if (!due || due > today || (d.validUntil && due > d.validUntil) || rng() < 0.1) break;
      const outcome = rng() < 0.9 ? "complied" : "not_at_home";
      if (
        !add({
          type: "control_check",
          at: new Date(`${due}T11:00:00+05:00`),
          outcome,
          place: "At the home address",
        } as MeasureFact)
      )
        break;
      checks.push({ on: due, outcome });
    }
    const d = deriveMeasure(m, facts, now, { workCalendar });
    const territory = p.territory_path;
    out.measures.push({
      id,
      kind,
      person_id: p.id,
      issuer_body_id: issuer.bodyId,
      issuer_user_id: issuer.userId,
      issuer_kind: m.issuerKind,
      territory_path: territory,
      input: m,
      law_version: m.lawVersion,
      issued_at: at.toISOString(),
      status: d.status,
      valid_from: d.validFrom,
      valid_until: d.validUntil,
      next_control_due: d.control?.nextDue ?? null,
      register_ground: d.register.places ? d.register.ground : null,
      violations: d.violations,
    });
    facts.forEach((f, seq) => {
      const { type, at: fAt, ...data } = f;
      out.facts.push({ measure_id: id, seq, type, at: fAt.toISOString(), data, recorded_by: issuer.userId });
    });
    for (const duty of d.duties)
      out.duties.push({
        measure_id: id,
        code: duty.code,
        article: duty.article,
        due_at: duty.dueAt?.toISOString() ?? null,
        done_at: duty.doneAt?.toISOString() ?? null,
        liability: duty.liability,
        territory_path: territory,
        issuer_body_id: issuer.bodyId,
        issuer_user_id: issuer.userId,
      });
    const ground = d.register.ground;
    const since = d.register.since;
    if (!d.register.places || !ground || !since) continue;
    const kindOfIssuer = m.issuerKind;
    const placement = { ground, subjectBirthDate: p.birth_date, placedOn: since, placedBy: kindOfIssuer };
    if (validatePlacement({ ...placement, rightsExplained: true }, DEFAULT_LAW_CONFIG).length > 0) continue;
    const entryId = uuidOf(`synthetic:${seed}:entry:${index}:${k}`);
    const linked = { id, kind, issued_at: at, valid_from: d.validFrom, valid_until: d.validUntil };
    const entryRow = {
      id: entryId,
      person_id: p.id,
      ground,
      territory_path: territory,
      placed_on: since,
      placed_by_body: issuer.bodyId,
      placed_by_kind: kindOfIssuer,
      rights_explained: true,
      control_frequency: null,
      likelihood_level: null,
      likelihood_rationale: null,
      version: 1,
      birth_date: p.birth_date,
    };
    const s = deriveRegisterEntry(lawEntry(entryRow, [linked]), [], today);
    out.entries.push({
      id: entryId,
      person_id: p.id,
      ground,
      territory_path: territory,
      placed_on: since,
      placed_by_body: issuer.bodyId,
      placed_by_user: issuer.userId,
      placed_by_kind: kindOfIssuer,
      rights_explained: true,
      status: s.status,
      last_day: s.lastDay,
      auto_end_on: autoEndOf(s),
      next_control_due: s.status === "active" ? (s.control?.nextDue ?? null) : null,
    });
    const firstFact = out.entryFacts.length;
    out.entryFacts.push({
      entry_id: entryId,
      seq: 0,
      type: "placed",
      on: since,
      data: { measureId: id, article: d.register.article, rightsExplained: true },
      recorded_by: issuer.userId,
    });
    out.links.push({ entry_id: entryId, measure_id: id });
    // A check of the measure is also the check of the registration it carries while the entry runs
    // (001 Art. 59(10)), as the server records it (check-carried-entries.ts).
    const last = s.lastDay ?? today;
    for (const c of checks)
      if (c.on >= since && c.on <= last)
        out.entryFacts.push({
          entry_id: entryId,
          seq: out.entryFacts.length - firstFact,
          type: "control_check",
          on: c.on,
          data: { place: "At the home address", outcome: c.outcome, measureId: id },
          recorded_by: issuer.userId,
        });
  }
}
