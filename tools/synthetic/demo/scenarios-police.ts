import type { IssuerKind } from "@aldyn/law";
import {
  ADULT,
  check,
  deliveredWithVictimCopy,
  f,
  PO_DETAILS,
  servedAndCopied,
  TEEN,
  type Scenario,
} from "./scenario-kit.ts";
import type { DemoActor } from "./world.ts";

function warnings(
  actor: DemoActor,
  issuerKind: IssuerKind,
  district: 0 | 1,
  age: readonly [number, number],
  n: number,
): Scenario[] {
  const base = { actor, issuerKind, district, subject: age, kind: "official_warning" as const };
  return [
    // Twice a month (001 Art. 51(6)): served 14 days ago and not checked since — due today.
    {
      ...base,
      name: "warning: check due today",
      count: n,
      issued: [-15, 16],
      facts: (at) => servedAndCopied(at(-14, 10)),
    },
    // Checked once, the next check falls today.
    {
      ...base,
      name: "warning: second check due today",
      count: Math.max(1, n - 1),
      issued: [-29, 15],
      facts: (at) => [...servedAndCopied(at(-28, 11)), check(at(-14, 12))],
    },
    // Served three weeks ago, never checked: the check is a week overdue.
    {
      ...base,
      name: "warning: check overdue",
      count: n,
      issued: [-22, 10],
      facts: (at) => servedAndCopied(at(-21, 15)),
    },
    {
      ...base,
      name: "warning: check overdue after a visit nobody was home",
      count: Math.max(1, n - 1),
      issued: [-27, 12],
      facts: (at) => [...servedAndCopied(at(-26, 9)), check(at(-10, 18), "not_at_home")],
    },
    // The copy to the prosecutor is due within 24 hours of issuance (001 Art. 51(3)): issued at the
    // first minute of today, it is due whatever the hour of the start (yesterday's would be overdue
    // from yesterday's hour of issue on).
    { ...base, name: "warning: prosecutor's copy due today", count: 1, issued: [0, 0], facts: () => [] },
    // Served, but the copy never went: overdue.
    {
      ...base,
      name: "warning: prosecutor's copy overdue",
      count: 1,
      issued: [-3, 11],
      facts: (at) => [
        f({ type: "served", at: at(-2, 10), channel: "in_person" }),
        f({ type: "signed", at: at(-2, 10) }),
      ],
    },
  ];
}

function protectiveOrders(actor: DemoActor, issuerKind: IssuerKind, district: 0 | 1, n: number): Scenario[] {
  const base = {
    actor,
    issuerKind,
    district,
    subject: ADULT,
    kind: "protective_order" as const,
  };
  return [
    // Once every seven days (001 Art. 60(5)): delivered a week ago — due today.
    {
      ...base,
      name: "protective order: check due today",
      count: n,
      issued: [-7, 19],
      details: (_on, at) => PO_DETAILS(at(-7, 8)),
      facts: (at) => deliveredWithVictimCopy(at(-7, 20)),
      victimPerson: true,
    },
    {
      ...base,
      name: "protective order: check overdue",
      count: n,
      issued: [-12, 21],
      details: (_on, at) => PO_DETAILS(at(-12, 9)),
      facts: (at) => deliveredWithVictimCopy(at(-12, 22)),
    },
    // The victim is told on the day of issuance (001 Art. 60(1)): yesterday's copy is overdue.
    {
      ...base,
      name: "protective order: victim's copy overdue",
      count: 1,
      issued: [-1, 20],
      details: (_on, at) => PO_DETAILS(at(-1, 7)),
      facts: (at) => [f({ type: "served", at: at(-1, 21), channel: "in_person" })],
    },
  ];
}

/** The cases of the inspector's district (police_d1) and of inspector2's (police_d2). */
/** The police's cases: the inspectors' checks and duties, the head's, the courts' decisions they execute. */
export const POLICE_SCENARIOS: readonly Scenario[] = [
  ...warnings("inspector", "police_district_inspector", 0, ADULT, 3),
  ...warnings("juvenile", "police_juvenile_inspector", 0, TEEN, 2),
  ...protectiveOrders("dv.inspector", "police_domestic_violence_inspector", 0, 2),
  ...warnings("inspector2", "police_district_inspector", 1, ADULT, 2),
  ...protectiveOrders("inspector2", "police_district_inspector", 1, 1),
  {
    name: "conversation with a minor, a parent present (completed)",
    actor: "juvenile",
    issuerKind: "police_juvenile_inspector",
    district: 0,
    subject: TEEN,
    count: 2,
    kind: "preventive_conversation",
    issued: [-4, 15],
    details: () => ({ place: "official_premises", durationMinutes: 40, present: ["legal_representative"] }),
    facts: () => [],
  },
  // A statutory notice: received, the answer due within a month (001 Art. 57(2)) — and one whose month
  // has passed without an answer, which entails liability (57(3)).
  ...(
    [
      [
        "statutory notice: answer awaited",
        -19,
        "ТОО «Арай-Сервис» (компьютерный клуб)",
        "директор Ким С. В.",
      ],
      [
        "statutory notice: answer overdue",
        -40,
        "ИП «Береке» (продуктовый магазин)",
        "индивидуальный предприниматель Оспанов Е. К.",
      ],
    ] as const
  ).map(([name, day, org, head]): Scenario => ({
    name,
    actor: "inspector",
    issuerKind: "police_district_inspector",
    district: 0,
    subject: { name: org, headOrOfficial: head },
    count: 1,
    kind: "statutory_notice",
    issued: [day - 1, 16],
    facts: (at) => [f({ type: "served", at: at(day, 11), channel: "in_person" })],
  })),
  {
    name: "warning: ended early, the person corrected (terminated)",
    actor: "inspector",
    issuerKind: "police_district_inspector",
    district: 0,
    subject: ADULT,
    count: 1,
    kind: "official_warning",
    issued: [-20, 10],
    facts: (at) => [
      ...servedAndCopied(at(-19, 10)),
      check(at(-6, 11)),
      f({ type: "terminated", at: at(-2, 12), ground: "early_correction" }),
    ],
  },
  {
    name: "warning: annulled on appeal",
    actor: "inspector",
    issuerKind: "police_district_inspector",
    district: 0,
    subject: ADULT,
    count: 1,
    kind: "official_warning",
    issued: [-25, 10],
    facts: (at) => [
      ...servedAndCopied(at(-24, 10)),
      f({ type: "appealed", at: at(-20, 9) }),
      f({ type: "appeal_decided", at: at(-9, 14), outcome: "annulled" }),
    ],
  },
  // Administrative supervision established by a judge (001 Arts. 64-66), recorded by the police
  // that execute it: one starting on release in three weeks, one running.
  {
    name: "administrative supervision: starts on release (pending start)",
    actor: "inspector",
    issuerKind: "court",
    district: 0,
    subject: [25, 55],
    count: 1,
    kind: "administrative_supervision",
    issued: [-30, 11],
    details: (on) => ({
      crimeGravity: "medium",
      releaseDate: on(21),
      restrictions: ["65.2.1_leaving_dwelling_at_set_times"],
    }),
    facts: (at) => [
      f({ type: "served", at: at(-28, 10), channel: "in_person" }),
      f({ type: "signed", at: at(-28, 10) }),
    ],
  },
  {
    name: "administrative supervision: running",
    actor: "inspector",
    issuerKind: "court",
    district: 0,
    subject: [25, 55],
    count: 1,
    kind: "administrative_supervision",
    issued: [-200, 11],
    details: (on) => ({
      crimeGravity: "grave",
      releaseDate: on(-190),
      restrictions: ["65.2.1_leaving_dwelling_at_set_times"],
    }),
    facts: (at) => [
      f({ type: "served", at: at(-189, 10), channel: "in_person" }),
      f({ type: "signed", at: at(-189, 10) }),
    ],
  },
  {
    name: "parole: on the register until the sentence's end",
    actor: "inspector",
    issuerKind: "court",
    district: 0,
    subject: [22, 50],
    count: 1,
    kind: "parole",
    issued: [-60, 12],
    details: (on) => ({ unservedUntil: on(300) }),
    facts: () => [],
  },
  // The police head: a restriction on freedom of movement waiting for the court's sanction (001 Art.
  // 56(2)), and one the court sanctioned.
  {
    name: "movement restriction: awaiting the court's sanction",
    actor: "police.head",
    issuerKind: "police_head",
    district: 0,
    subject: ADULT,
    count: 1,
    kind: "movement_restriction",
    issued: [-1, 18],
    term: () => ({ days: 15 }),
    details: () => ({ category: "no_residence_or_documents" }),
    facts: () => [],
  },
  {
    name: "movement restriction: sanctioned",
    actor: "police.head",
    issuerKind: "police_head",
    district: 0,
    subject: ADULT,
    count: 1,
    kind: "movement_restriction",
    issued: [-10, 18],
    term: () => ({ days: 15 }),
    details: () => ({ category: "no_residence_or_documents" }),
    facts: (at) => [
      f({ type: "court_sanctioned", at: at(-9, 15), reference: "Постановление суда № 2-1187" }),
    ],
  },
];
