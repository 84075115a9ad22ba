import type { Transaction } from "kysely";
import { legalDateOf } from "@aldyn/law";
import type { DvIncidentCreate } from "@aldyn/contract";
import { PERMISSIONS } from "../access/policy.ts";
import { isRole } from "../access/roles.ts";
import type { Database } from "../db/schema.ts";
import { recordIncident } from "../modules/domestic-violence/record-incident.ts";
import { recordIncidentEvent } from "../modules/domestic-violence/incident-events.ts";
import { actOnHandoff } from "../modules/handoffs/act-on-handoff.ts";
import { handoffDeps } from "../modules/handoffs/handoff-deps.ts";
import { populateCentreDemo } from "./demo-families-centre.ts";
import {
  demoClock,
  demoCtx,
  demoDeps,
  demoHouseholds,
  inSeedTransaction,
  type DemoClock,
  type DemoHousehold,
} from "./demo-families-kit.ts";

/**
 * The demo's families in difficult life situations and incidents of domestic violence (001 Arts.
 * 10, 11, 54, 55, 72), written through the modules' use cases as the demo's officials on the days the
 * scenario names, so each incident's hand-offs, marks, repeat numbers and audit rows are the app's own:
 * - the DV inspector records incidents in district 1 — a family with three (repeat incidents), children
 *   present, a child victim, one injury (health data), the victim's belongings removed under the
 *   police's protection (72(3)(3)); the bodies told acknowledge in time, except the last days' notices;
 * - the centre (demo-families-centre.ts) keeps its victims, registers families (54), runs two
 *   assistance plans (55; one step overdue, one with another body), its shelter of 12 places with
 *   stays (one ending in two days, one past its term, one refused extension, 72(2)) and services;
 * - the mobile group visits families (11), informs the police and refers to the centre;
 * - the region's akimat has the half-year's assessment pack in draft (72(4)).
 * Once: a region that has families already gets nothing.
 */
export interface DemoFamilies {
  families: number;
  incidents: number;
}

export async function populateFamiliesDemo(trx: Transaction<Database>, now: Date): Promise<DemoFamilies> {
  const there = await trx.selectFrom("family").select("id").limit(1).executeTakeFirst();
  if (there) return { families: 0, incidents: 0 };
  const c = demoClock(legalDateOf(now));
  const inspector = await trx
    .selectFrom("app_user as u")
    .innerJoin("body as b", "b.id", "u.body_id")
    .select("b.territory_id")
    .where("u.username", "=", "dv.inspector")
    .executeTakeFirstOrThrow();
  const homes = await demoHouseholds(trx, inspector.territory_id, c.today, 10);
  if (homes.length < 10)
    throw new Error("The demo's first district holds too few households for the families.");
  const incidents = await recordIncidents(trx, c, homes);
  await populateCentreDemo(trx, c, homes, incidents);
  return {
    families: new Set(incidents.map((i) => i.familyId)).size,
    incidents: incidents.length,
  };
}

/** An incident written by the demo, with the household it happened in. */
export interface DemoIncident {
  readonly id: string;
  readonly familyId: string;
  readonly home: number;
  readonly daysAgo: number;
}

interface Plan {
  home: number;
  daysAgo: number;
  hour: number;
  forms: string[];
  place: string;
  response: string;
  childVictim?: boolean;
  childrenNamed?: boolean;
  childrenCount?: number;
  injury?: string;
  /** Whether the bodies told acknowledge the notice (the last days' ones are still to do). */
  acknowledged: boolean;
}

const RESPONSE = {
  separated:
    "Выезд наряда по вызову; стороны разведены, с правонарушителем проведена профилактическая беседа, потерпевшей разъяснены её права и телефон доверия 111.",
  order:
    "Выезд участкового инспектора; правонарушитель доставлен в отдел полиции, составлен протокол, рассматривается вынесение защитного предписания.",
  child:
    "Выезд инспектора по делам несовершеннолетних и инспектора по защите женщин от насилия; ребёнок осмотрен, сообщено в орган опеки.",
};

// District 1's days of domestic violence: household 0 has three incidents, household 1 two (repeat).
const PLANS: readonly Plan[] = [
  {
    home: 0,
    daysAgo: 75,
    hour: 22,
    forms: ["psychological"],
    place: "квартира семьи",
    response: RESPONSE.separated,
    acknowledged: true,
  },
  {
    home: 7,
    daysAgo: 48,
    hour: 19,
    forms: ["economic", "psychological"],
    place: "частный дом семьи",
    response: RESPONSE.separated,
    acknowledged: true,
  },
  {
    home: 1,
    daysAgo: 44,
    hour: 21,
    forms: ["economic", "psychological"],
    place: "квартира семьи",
    response: RESPONSE.separated,
    acknowledged: true,
  },
  {
    home: 0,
    daysAgo: 31,
    hour: 23,
    forms: ["physical"],
    place: "подъезд жилого дома",
    response: RESPONSE.order,
    injury: "Ссадины и кровоподтёк левого предплечья; направлена на медицинское освидетельствование.",
    acknowledged: true,
  },
  {
    home: 2,
    daysAgo: 21,
    hour: 18,
    forms: ["physical"],
    place: "квартира семьи",
    response: RESPONSE.child,
    childVictim: true,
    acknowledged: true,
  },
  {
    home: 3,
    daysAgo: 13,
    hour: 20,
    forms: ["psychological"],
    place: "квартира семьи",
    response: RESPONSE.separated,
    acknowledged: true,
  },
  {
    home: 1,
    daysAgo: 6,
    hour: 22,
    forms: ["physical"],
    place: "квартира семьи",
    response: RESPONSE.order,
    childrenNamed: true,
    acknowledged: true,
  },
  {
    home: 4,
    daysAgo: 3,
    hour: 21,
    forms: ["physical"],
    place: "общежитие",
    response: RESPONSE.order,
    childrenCount: 2,
    acknowledged: true,
  },
  {
    home: 5,
    daysAgo: 2,
    hour: 23,
    forms: ["physical", "psychological"],
    place: "квартира семьи",
    response: RESPONSE.order,
    acknowledged: false,
  },
  {
    home: 0,
    daysAgo: 1,
    hour: 20,
    forms: ["physical", "psychological"],
    place: "квартира семьи",
    response: RESPONSE.order,
    childrenNamed: true,
    acknowledged: false,
  },
  {
    home: 6,
    daysAgo: 0,
    hour: 1,
    forms: ["psychological", "economic"],
    place: "квартира семьи",
    response: RESPONSE.separated,
    acknowledged: false,
  },
];

async function recordIncidents(
  trx: Transaction<Database>,
  c: DemoClock,
  homes: readonly DemoHousehold[],
): Promise<DemoIncident[]> {
  const dv = await demoCtx(trx, "dv.inspector");
  const familyOf = new Map<number, string>();
  const out: DemoIncident[] = [];
  for (const p of PLANS) {
    const h = homes[p.home]!;
    const occurredAt = c.at(-p.daysAgo, p.hour);
    const reportedAt = new Date(occurredAt.getTime() + 20 * 60_000);
    if ((p.childVictim || p.childrenNamed) && h.children.length === 0)
      throw new Error("The demo's household for a child's incident has no child on record.");
    const child = h.children[0]!;
    const body: DvIncidentCreate = {
      ...(familyOf.has(p.home) ? { familyId: familyOf.get(p.home)! } : {}),
      victims: p.childVictim
        ? [
            { personId: h.mother, child: false },
            { personId: child, child: true },
          ]
        : [{ personId: h.mother, child: false }],
      offenderPersonId: h.partner,
      ...(p.childrenNamed ? { childrenPresent: h.children.map((personId) => ({ personId })) } : {}),
      ...(p.childrenCount ? { childrenPresentCount: p.childrenCount } : {}),
      forms: p.forms,
      occurredAt: occurredAt.toISOString(),
      reportedAt: reportedAt.toISOString(),
      place: p.place,
      injuryRecorded: p.injury !== undefined,
      ...(p.injury ? { injury: p.injury } : {}),
      immediateResponse: p.response,
    };
    const created = await recordIncident(
      demoDeps(trx, new Date(reportedAt.getTime() + 40 * 60_000)),
      dv,
      body,
    );
    familyOf.set(p.home, created.familyId);
    out.push({ id: created.id, familyId: created.familyId, home: p.home, daysAgo: p.daysAgo });
    if (p.acknowledged)
      await acknowledge(trx, created.handoffs, new Date(reportedAt.getTime() + 3 * 3_600_000));
  }
  // 001 Art. 72(3)(3): the police kept order while the victim took her documents and clothes.
  const last = out.findLast((i) => i.home === 0)!;
  const at = c.at(-last.daysAgo + 1, 11);
  await recordIncidentEvent(demoDeps(trx, new Date(at.getTime() + 3_600_000)), dv, last.id, {
    type: "belongings_removal_secured",
    at: at.toISOString(),
    note: "Потерпевшая забрала документы, удостоверяющие личность, и сезонную одежду детей в присутствии участкового инспектора.",
  });
  return out;
}

/**
 * The bodies told of an incident acknowledge (and the centre accepts) within the 24 hours (72(3)(2)),
 * each as an official of its own body.
 */
async function acknowledge(
  trx: Transaction<Database>,
  handoffs: readonly { id: string }[],
  at: Date,
): Promise<void> {
  const deps = handoffDeps({ db: inSeedTransaction(trx), now: () => at });
  for (const h of handoffs) {
    const officials = await trx
      .selectFrom("handoff as h")
      .innerJoin("app_user as u", "u.body_id", "h.receiver_body_id")
      .innerJoin("body as b", "b.id", "h.receiver_body_id")
      .select(["u.username", "u.roles", "b.type"])
      .where("h.id", "=", h.id)
      .where("u.active", "=", true)
      .orderBy("u.username")
      .execute();
    // An official whose work is the body's hand-offs, not its head (who hears of overdue ones).
    const receiver = officials.find((u) =>
      u.roles.some((r) => r !== "body_head" && isRole(r) && PERMISSIONS[r].handoff?.includes("update")),
    );
    if (!receiver) continue;
    const ctx = await demoCtx(trx, receiver.username);
    await actOnHandoff(deps, ctx, h.id, { type: "received", body: {} });
    if (receiver.type === "family_support_centre")
      await actOnHandoff(deps, ctx, h.id, { type: "accepted", body: {} });
  }
}
