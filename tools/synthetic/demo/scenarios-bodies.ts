import { ADULT, f, PUPIL, type Scenario } from "./scenario-kit.ts";

/** The cases of the school, the family support centre and the commission on minors' affairs. */
export const BODY_SCENARIOS: readonly Scenario[] = [
  // The school's prevention council (001 Art. 78).
  ...(
    [
      ["pedagogical support: missing classes", 3, ["78.2.4_missing_classes"], []],
      [
        "pedagogical support: a witness of violence (confidential)",
        1,
        ["78.2.9_victim_or_witness_of_violence"],
        [],
      ],
      ["pedagogical support: refused by the parents", 1, ["78.2.4_missing_classes"], ["refused"]],
    ] as const
  ).map(([name, count, criteria, flags]): Scenario => ({
    name,
    actor: "school",
    issuerKind: "school_prevention_council",
    district: 0,
    subject: PUPIL,
    count,
    kind: "pedagogical_support",
    issued: [-45, 14],
    details: () => ({
      criteria: [...criteria],
      unexcusedAbsenceDaysInMonth: 6,
      present: ["minor", "parent"],
    }),
    // The parents' refusal goes to the commission on minors' affairs (001 Art. 78(4)).
    facts: (at) => (flags.length ? [f({ type: "representative_refused", at: at(-3, 10) })] : []),
  })),
  // The family support centre (001 Arts. 54, 55).
  {
    name: "difficult life situation: registered",
    actor: "family.centre",
    issuerKind: "family_support_centre",
    district: 0,
    subject: ADULT,
    count: 3,
    kind: "difficult_life_situation_registration",
    issued: [-60, 11],
    facts: () => [],
  },
  {
    name: "difficult life situation: closed, the purpose achieved (terminated)",
    actor: "family.centre",
    issuerKind: "family_support_centre",
    district: 0,
    subject: ADULT,
    count: 1,
    kind: "difficult_life_situation_registration",
    issued: [-150, 11],
    facts: (at) => [f({ type: "terminated", at: at(-14, 16), ground: "purpose_achieved" })],
  },
  ...(
    [
      ["social adaptation plan: running", 2, -30, 150],
      ["social adaptation plan: ended (expired)", 1, -200, -20],
    ] as const
  ).map(([name, count, from, until]): Scenario => ({
    name,
    actor: "family.centre",
    issuerKind: "family_support_centre",
    district: 0,
    subject: ADULT,
    count,
    kind: "social_adaptation_plan",
    issued: [from, 12],
    term: (on) => ({ validUntil: on(until) }),
    details: () => ({ planActivities: ["содействие в трудоустройстве", "консультации психолога"] }),
    facts: () => [],
  })),
  // The commission on minors' affairs: administrative penalties (001 Art. 53), one-off decisions.
  {
    name: "administrative penalty by the commission (completed)",
    actor: "commission.secretary",
    issuerKind: "commission_on_minors",
    district: 0,
    subject: [16, 17],
    count: 2,
    kind: "administrative_penalty",
    issued: [-12, 15],
    facts: () => [],
  },
];
