import { createHash } from "node:crypto";
import {
  handoffDueAt,
  HANDOFF_GROUNDS,
  lawInForceOn,
  proposeUrgency,
  REPORT_CATEGORY_INFO,
  reportAnswerDueAt,
  routeReport,
  type ReportCategory,
  type ReportFlag,
  type RouteProposal,
  type WorkCalendar,
} from "@aldyn/law";
import { districtPicker } from "./persons.ts";
import { rngFor, uuidOf } from "./prng.ts";
import type { ReportDistrict, ReportWorld } from "./reports-setup.ts";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Categories in the mix the hotlines of the regions report (the larger share public order and
 * offences, a seventh domestic violence, a quarter about minors, an eighth the operator routes by hand).
 */
const CATEGORY_WEIGHTS: readonly [ReportCategory, number][] = [
  ["offence_committed", 18],
  ["offence_impending", 5],
  ["public_order", 22],
  ["domestic_violence", 14],
  ["minor_rights_violated", 4],
  ["child_in_danger", 5],
  ["minor_violence_or_bullying", 5],
  ["neglected_minor", 4],
  ["adult_involving_minor", 2],
  ["minor_substance_abuse", 3],
  ["runaway_minor", 3],
  ["school_dropout", 3],
  ["other", 12],
];
const CATEGORY_TOTAL = CATEGORY_WEIGHTS.reduce((s, [, w]) => s + w, 0);

/** Mean hours a body of each type takes to acknowledge (the police on duty fastest, a commission slowest). */
const ACK_MEAN_HOURS: Record<string, number> = {
  police_department: 0.25,
  prosecutor_office: 1.5,
  guardianship_body: 1,
  education_department: 2.5,
  family_support_centre: 0.8,
  minors_commission: 4,
  healthcare_department: 2,
};

/** The rows of one batch of reports, per table, in insertion order. */
export interface ReportBatch {
  readonly from: number;
  readonly to: number;
  readonly tables: Record<"citizen_report" | "citizen_report_fact" | "handoff" | "handoff_fact", unknown[]>;
}

export interface ReportGenConfig {
  readonly seed: number;
  readonly total: number;
  readonly now: Date;
  /** The span of receipt, days back from now. */
  readonly days: number;
  readonly world: ReportWorld;
  readonly cal: WorkCalendar;
  /** The last registration number given per `series/year` before this run (migration 0029's counter). */
  readonly counters: Map<string, number>;
}

/** Almaty's date and year of an instant (UTC+5 all year since 2024). */
const almatyDay = (ms: number) => new Date(ms + 5 * HOUR).toISOString().slice(0, 10);

/**
 * Synthetic reports from citizens and their hand-offs (R6), report i received at a time that grows
 * with i — denser towards now — so the registration numbers of each region's year run in the order of
 * receipt. Every report is filed; most are triaged within minutes to hours (faster when urgent) and
 * routed by the law's routing table (routeReport: every competent body of the category and flags, under
 * 000 Art. 23 before 001's commencement) — an 'other' report to the district's police, as an operator
 * would; 2 % are duplicates of the report before them, a few stay untriaged. The receiving bodies
 * acknowledge after a time drawn per type; some never (open and overdue), 3 % decline with a reason;
 * the rest accept and most answer. Reports are answered mostly within the law's term (reportAnswerDueAt),
 * a tenth late, some not yet. Facts are written with each record, as the use cases record them.
 */
export function makeReportGenerator(c: ReportGenConfig): (from: number, to: number) => ReportBatch {
  const pickDistrict = districtPicker(c.world.districts);
  const span = c.days * DAY;
  const start = c.now.getTime() - span;
  const answerDue = new Map<string, number>();
  // Numbered in the order of receipt, continuing the counters; the caller stores them at the end.
  const number = c.counters;
  const dueOf = (at: number): number => {
    const day = almatyDay(at);
    let d = answerDue.get(day);
    if (d === undefined) answerDue.set(day, (d = reportAnswerDueAt(new Date(at), c.cal).getTime()));
    return d;
  };
  const now = c.now.getTime();
  return (from, to) => {
    const t: ReportBatch["tables"] = {
      citizen_report: [],
      citizen_report_fact: [],
      handoff: [],
      handoff_fact: [],
    };
    for (let i = from; i < to; i++) {
      const rng = rngFor(c.seed ^ 0x7e9017, i);
      const q = (i + 0.5) / c.total;
      const received = Math.floor(start + span * (-1 + Math.sqrt(1 + 3 * q)));
      const district = pickDistrict(rng()) as ReportDistrict;
      const body = c.world.bodies[district.id]!;
      const u = rng();
      const channel = u < 0.35 ? "web" : u < 0.75 ? "hotline" : u < 0.9 ? "messenger" : "in_person";
      const id = uuidOf(`synthetic:report:${c.seed}:${i}`);
      const age = now - received;
      const untriaged = rng() < (age < 2 * HOUR ? 0.6 : age < DAY ? 0.1 : 0.003);
      const placeKnown = !untriaged || channel !== "web" || rng() < 0.7;
      const report = baseReport(c, i, id, channel, received, district, body, placeKnown, rng);
      report.registration_number = nextNumber(number, district, received);
      report.answer_due_at = new Date(dueOf(received)).toISOString();
      const facts: Record<string, unknown>[] = [{ type: "filed", at: iso(received), data: { channel } }];
      t.citizen_report.push(report);
      if (!untriaged) {
        const category = pickCategory(rng());
        const flags = pickFlags(category, rng);
        const urgency = proposeUrgency(category, flags);
        const triage = received + triageDelay(urgency, rng);
        if (triage < now) {
          Object.assign(report, { category, flags, urgency, status: "triaged" });
          facts.push({ type: "triaged", at: iso(triage), data: { category, urgency, flags } });
          const prev = t.citizen_report.length > 1 ? (t.citizen_report.at(-2) as { id: string }) : null;
          if (prev && rng() < 0.02) {
            Object.assign(report, { status: "closed", duplicate_of_id: prev.id });
            facts.push({ type: "marked_duplicate", at: iso(triage + 60_000), data: { of: prev.id } });
          } else if (rng() > 0.002) {
            const answerAt = answerTime(received, dueOf(received), rng);
            routeAndAnswer(c, t, report, facts, {
              category,
              flags,
              received,
              triage,
              answerAt,
              body,
              rng,
              i,
            });
          }
        }
      }
      facts.forEach((f, seq) => t.citizen_report_fact.push({ report_id: id, seq, recorded_by: null, ...f }));
      report.version = facts.length;
    }
    return { from, to, tables: t };
  };
}

const iso = (ms: number) => new Date(ms).toISOString();

function pickCategory(r: number): ReportCategory {
  let acc = 0;
  for (const [cat, w] of CATEGORY_WEIGHTS) if (r * CATEGORY_TOTAL < (acc += w)) return cat;
  return "other";
}

function pickFlags(category: ReportCategory, rng: () => number): ReportFlag[] {
  const flags: ReportFlag[] = [];
  if (!REPORT_CATEGORY_INFO[category].concernsMinor && rng() < 0.12) flags.push("minor_involved");
  if (category !== "domestic_violence" && rng() < 0.04) flags.push("domestic_violence");
  if (rng() < 0.03) flags.push("threat_to_life");
  return flags;
}

function triageDelay(urgency: string, rng: () => number): number {
  // An operator triages within minutes: the clock of informing runs from the report's receipt (39(3)).
  const mean = urgency === "immediate" ? 0.05 : urgency === "urgent" ? 0.15 : 0.35;
  return Math.floor((2 / 60 + -Math.log(1 - rng()) * mean) * HOUR);
}

/** Mostly within the term, a tenth late, some not answered at all (yet). */
function answerTime(received: number, due: number, rng: () => number): number | null {
  const r = rng();
  if (r < 0.85) return received + Math.floor(HOUR + rng() * (due - received - HOUR));
  if (r < 0.95) return due + Math.floor(rng() * 20 * DAY);
  return null;
}

function nextNumber(number: Map<string, number>, d: ReportDistrict, received: number): string {
  const year = almatyDay(received).slice(0, 4);
  const key = `${d.series}/${year}`;
  const n = (number.get(key) ?? 0) + 1;
  number.set(key, n);
  return `${d.series}-${n}/${year}`;
}

const FIRST = ["Айгерім", "Нұрлан", "Ольга", "Данияр", "Сергей", "Гүлнар", "Асель", "Ерлан"];
const LAST = ["Ахметова", "Серікбаев", "Иванова", "Жұмабеков", "Ким", "Оспанова", "Петров", "Нұрланова"];

function baseReport(
  c: ReportGenConfig,
  i: number,
  id: string,
  channel: string,
  received: number,
  district: ReportDistrict,
  body: Record<string, string>,
  placeKnown: boolean,
  rng: () => number,
): Record<string, unknown> {
  const anonymous = channel !== "in_person" && rng() < 0.4;
  return {
    id,
    registration_number: "",
    channel,
    received_at: iso(received),
    taken_by_body_id:
      channel === "hotline" ? body.contact_centre : channel === "in_person" ? body.police_department : null,
    territory_path: placeKnown ? district.path : district.regionPath,
    district_id: placeKnown ? district.id : null,
    location_text: rng() < 0.5 ? `Synthetic address ${1 + (i % 200)}` : null,
    description: `Synthetic report ${i}: what the reporter saw, in their words.`,
    reporter_name: anonymous ? null : `${LAST[i % LAST.length]} ${FIRST[(i >> 3) % FIRST.length]}`,
    reporter_phone: anonymous ? null : `+7 70${String(i % 100_000_000).padStart(8, "0")}`,
    reporter_email: anonymous || rng() > 0.2 ? null : `reporter${i}@example.kz`,
    anonymous,
    callback_consent: channel === "hotline" && !anonymous && rng() < 0.7,
    call_at: channel === "hotline" ? iso(received) : null,
    messenger_chat_id: channel === "messenger" ? `synthetic-${i % 400_000}` : null,
    tracking_code_hash: createHash("sha256").update(`synthetic:tracking:${c.seed}:${i}`).digest("hex"),
    category: null,
    urgency: null,
    flags: [],
    status: "received",
    answer_due_at: "",
    answered_at: null,
    duplicate_of_id: null,
    created_by: channel === "hotline" || channel === "in_person" ? c.world.userId : null,
    version: 1,
  };
}

interface RouteCtx {
  category: ReportCategory;
  flags: ReportFlag[];
  received: number;
  triage: number;
  answerAt: number | null;
  body: Record<string, string>;
  rng: () => number;
  i: number;
}

/** The hand-offs of a routed report and their facts; the report's answer when its bodies have answered. */
function routeAndAnswer(
  c: ReportGenConfig,
  t: ReportBatch["tables"],
  report: Record<string, unknown>,
  facts: Record<string, unknown>[],
  x: RouteCtx,
): void {
  const now = c.now.getTime();
  const proposals = routeReportCached(c, x);
  const sender = (report.taken_by_body_id as string | null) ?? x.body.contact_centre!;
  const ids: string[] = [];
  proposals.forEach((p, j) => {
    const receiver = x.body[p.bodyType] ?? x.body.police_department!;
    const id = uuidOf(`synthetic:handoff:${c.seed}:${x.i}:${j}`);
    ids.push(id);
    const sent = x.triage + 1000 * (j + 1);
    const due = handoffDueAt(p.clock, new Date(x.received), c.cal).getTime();
    const never = x.rng() < 0.01;
    const receivedAt = sent + Math.floor(-Math.log(1 - x.rng()) * (ACK_MEAN_HOURS[p.bodyType] ?? 3) * HOUR);
    const h: Record<string, unknown> = {
      id,
      ground: p.ground,
      article: p.article,
      clock: p.clock,
      sender_body_id: sender,
      receiver_body_id: receiver,
      record_type: "citizen_report",
      record_id: report.id,
      territory_path: report.territory_path,
      event_at: iso(x.received),
      sent_at: iso(sent),
      due_at: iso(due),
      state: "sent",
      received_at: null,
      accepted_at: null,
      declined_at: null,
      decline_reason: null,
      answered_at: null,
      outcome: null,
      sent_by: c.world.userId,
      version: 1,
    };
    const hf: Record<string, unknown>[] = [{ type: "sent", at: iso(sent), data: {} }];
    if (!never && receivedAt < now) {
      Object.assign(h, { state: "received", received_at: iso(receivedAt) });
      hf.push({ type: "received", at: iso(receivedAt), data: {} });
      const decided = receivedAt + Math.floor(x.rng() * 2 * HOUR);
      if (decided < now && x.rng() < 0.03) {
        const reason = "Outside this body's competence (synthetic)";
        Object.assign(h, { state: "declined", declined_at: iso(decided), decline_reason: reason });
        hf.push({ type: "declined", at: iso(decided), data: { reason } });
      } else if (decided < now) {
        Object.assign(h, { state: "accepted", accepted_at: iso(decided) });
        hf.push({ type: "accepted", at: iso(decided), data: {} });
        const answered =
          x.answerAt !== null && x.answerAt > decided
            ? decided + Math.floor(x.rng() * (x.answerAt - decided))
            : decided + Math.floor(-Math.log(1 - x.rng()) * 5 * DAY);
        if (answered < now) {
          const outcome = "Checked on the spot; measures taken (synthetic)";
          Object.assign(h, { state: "answered", answered_at: iso(answered), outcome });
          hf.push({ type: "answered", at: iso(answered), data: { outcome } });
        }
      }
    }
    h.version = hf.length;
    t.handoff.push(h);
    hf.forEach((f, seq) => t.handoff_fact.push({ handoff_id: id, seq, recorded_by: null, ...f }));
  });
  Object.assign(report, { status: "routed" });
  facts.push({ type: "routed", at: iso(x.triage + 1000), data: { handoffIds: ids } });
  if (x.answerAt !== null && x.answerAt < now) {
    Object.assign(report, { status: "answered", answered_at: iso(x.answerAt) });
    facts.push({
      type: "answered",
      at: iso(x.answerAt),
      data: { text: "Your report was checked and measures were taken." },
    });
  }
}

const routeMemo = new WeakMap<ReportGenConfig, Map<string, RouteProposal[]>>();

/** The law's routing, or for an 'other' report the district's police, as the operator would choose. */
function routeReportCached(c: ReportGenConfig, x: RouteCtx): RouteProposal[] {
  let memo = routeMemo.get(c);
  if (!memo) routeMemo.set(c, (memo = new Map()));
  const key = `${x.category}|${x.flags.join(",")}|${lawInForceOn(almatyDay(x.received))}`;
  let r = memo.get(key);
  if (!r) {
    r = routeReport({ category: x.category, flags: x.flags, receivedAt: new Date(x.received) });
    if (r.length === 0) {
      const g = HANDOFF_GROUNDS["report.inform_competent_body"];
      r = [
        {
          bodyType: "police_department",
          ground: g.code,
          article: g.article,
          clock: g.clock!,
          dutyArticle: g.article,
          version: "001",
        },
      ];
    }
    memo.set(key, r);
  }
  return r;
}
