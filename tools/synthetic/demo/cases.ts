import {
  addCalendarDays,
  ageOn,
  AGE_OF_MAJORITY,
  DEFAULT_LAW_CONFIG,
  legalDateOf,
  validateFact,
  validateNewMeasure,
  type MeasureFact,
  type MeasureInput,
  type MeasureKind,
  type MeasureStatus,
  type ProtectedPerson,
  type WorkCalendar,
} from "@aldyn/law";
import { emitDecision, type Generated } from "../emit.ts";
import { victimOf } from "../measures.ts";
import { birthDateOf, type PersonRow } from "../persons.ts";
import { uuidOf } from "../prng.ts";
import { demoPerson } from "./bulk.ts";
import { DEMO_TEXTS } from "./texts.ts";
import { SCENARIOS, type At, type On, type Scenario } from "./scenarios.ts";
import type { DemoWorld } from "./world.ts";

// What the deciding official writes as the data relied on (001 Art. 49(3)), where it is not the
// police's usual antisocial behaviour.
const REASONS: Partial<Record<MeasureKind, string>> = {
  statutory_notice:
    "Нахождение несовершеннолетних в ночное время без законных представителей, выявлено при рейде",
  administrative_supervision: "Приговор суда, освобождение из мест лишения свободы",
  parole: "Постановление суда об условно-досрочном освобождении",
  movement_restriction: "Лицо без определённого места жительства и документов, угрозы в адрес граждан",
  pedagogical_support: "Систематические пропуски занятий, представление классного руководителя",
  difficult_life_situation_registration:
    "Утрата работы, задолженность по коммунальным платежам, обращение семьи",
  social_adaptation_plan: "Освобождён из мест лишения свободы, нуждается в трудоустройстве и жилье",
  administrative_penalty: "Распитие алкогольных напитков в общественном месте, протокол полиции",
};
const COURT_KINDS: readonly MeasureKind[] = ["administrative_supervision", "parole"];

/** The demo's cases with their persons, and what the law said of them. */
export interface Cases {
  persons: PersonRow[];
  /** Each case's name and the status the law derived for it today. */
  built: { name: string; status: MeasureStatus }[];
  /** Cases the law refused, by name and code: none, or the demo misses what it should show. */
  refusals: string[];
}

/**
 * Builds every scenario of scenarios.ts for persons from index `first` on: the next person whose age
 * today fits the scenario, living in the scenario's district. Pure in (world, first).
 */
export function buildCases(world: DemoWorld, first: number, cal: WorkCalendar, g: Generated): Cases {
  const now = new Date(world.now);
  const today = legalDateOf(now);
  const on: On = (days) => addCalendarDays(today, days);
  const at: At = (days, hour = 10, minute = 0) =>
    new Date(`${on(days)}T${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}:00+05:00`);
  const out: Cases = { persons: [], built: [], refusals: [] };
  let next = first;
  const personAged = (
    age: readonly [number, number],
    district: 0 | 1,
    sex?: "male" | "female",
  ): PersonRow => {
    for (; ; next++) {
      const years = ageOn(birthDateOf(next), today);
      if (years < age[0] || years > age[1]) continue;
      const p = demoPerson(world, next, world.districts[district]);
      if (sex && p.sex !== sex) continue;
      next++;
      out.persons.push(p);
      return p;
    }
  };
  for (const sc of SCENARIOS) {
    for (let n = 0; n < sc.count; n++) {
      const key = `demo:${world.seed}:case:${sc.actor}:${sc.name}:${n}`;
      const p = "name" in sc.subject ? null : personAged(sc.subject, sc.district);
      const victims =
        sc.kind !== "protective_order" || !p
          ? []
          : [
              sc.victimPerson
                ? victimCard(p, personAged([19, 60], sc.district, other(p.sex)))
                : victimOf(world.seed, 0, n, p),
            ];
      const input = inputOf(sc, p, victims, at, on, today);
      const v = validateNewMeasure(input, { today, lawConfig: DEFAULT_LAW_CONFIG, workCalendar: cal });
      if (!v.ok) {
        out.refusals.push(`${sc.name}: ${v.refusals.map((r) => r.code).join(", ")}`);
        continue;
      }
      const facts: MeasureFact[] = [{ type: "issued", at: input.issuedAt }];
      const refused = sc.facts(at, on).map((fact) => {
        const r = validateFact(v.value, facts, fact, { today, workCalendar: cal });
        if (!r) facts.push(fact);
        return r?.code;
      });
      if (refused.some(Boolean)) {
        out.refusals.push(`${sc.name}: ${refused.filter(Boolean).join(", ")}`);
        continue;
      }
      const district = world.districts[sc.district];
      const d = emitDecision(
        g,
        {
          id: uuidOf(`${key}:measure`),
          entryId: uuidOf(`${key}:entry`),
          m: v.value,
          facts,
          person: p,
          territoryPath: p?.territory_path ?? district.path,
          issuer: world.actors[sc.actor],
        },
        now,
        cal,
      );
      out.built.push({ name: sc.name, status: d.status });
    }
  }
  return out;
}

function other(sex: "male" | "female"): "male" | "female" {
  return sex === "male" ? "female" : "male";
}

/** The protected person named by her card (001 Art. 60(1)), living at the subject's address. */
function victimCard(subject: PersonRow, victim: PersonRow): ProtectedPerson {
  victim.actual_address = subject.actual_address;
  const fullName = [victim.last_name_cyr, victim.first_name_cyr, victim.middle_name_cyr]
    .filter(Boolean)
    .join(" ");
  return { personId: victim.id, fullName, address: victim.actual_address };
}

function inputOf(
  sc: Scenario,
  p: PersonRow | null,
  victims: ProtectedPerson[],
  at: At,
  on: On,
  today: string,
): MeasureInput {
  const minor = p !== null && ageOn(p.birth_date, today) < AGE_OF_MAJORITY;
  const details = { ...(sc.details?.(on, at) ?? {}), ...(victims.length ? { victims } : {}) };
  return {
    kind: sc.kind,
    issuerKind: sc.issuerKind,
    issuedAt: at(sc.issued[0], sc.issued[1]),
    subject: p
      ? { kind: "person", birthDate: p.birth_date, sex: p.sex }
      : { kind: "organisation", ...(sc.subject as { name: string; headOrOfficial: string }) },
    legalGround: COURT_KINDS.includes(sc.kind) ? "state_body_materials" : "report_or_statement",
    justification: {
      basis: COURT_KINDS.includes(sc.kind) ? "judicial_act" : "antisocial_behaviour",
      text:
        REASONS[sc.kind] ??
        DEMO_TEXTS.justification(p ? Number.parseInt(p.iin.slice(-4), 10) : 0, minor, sc.kind),
    },
    term: sc.term?.(on) ?? null,
    details,
  } as unknown as MeasureInput;
}
