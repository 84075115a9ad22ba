import { createHash } from "node:crypto";
import {
  deriveHandoff,
  handoffDueAt,
  proposeUrgency,
  reportAnswerDueAt,
  routeReport,
  type HandoffFact,
  type WorkCalendar,
} from "@aldyn/law";
import { uuidOf } from "../prng.ts";
import { REPORT_CASES, RECEIVER_USERS, type ReportCase, type When } from "./report-cases.ts";
import type { DemoWorld } from "./world.ts";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** 001 Art. 39(3): the duty to inform the competent body, the provision every routing fact names. */
const ROUTING_ARTICLE = "001 Art. 39(3)";
/** The report whose tracking code the README names: answered by the healthcare department. */
export const DEMO_TRACKING_KEY = "answered-substance-abuse";

/** Crockford's base32 (the alphabet of the server's tracking codes, report-tracking-code.ts). */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/**
 * The tracking code of a demo report: 128 bits of sha-256 over the seed and the report's key, so the
 * same on every first start (the README names one); real reports get theirs from the system's random
 * source. Written in groups as the server shows them.
 */
export function demoTrackingCode(seed: number, key: string): string {
  const bytes = createHash("sha256").update(`demo:${seed}:report:${key}:tracking`).digest().subarray(0, 16);
  let out = "";
  let bits = 0;
  let value = 0;
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  out += ALPHABET[(value << (5 - bits)) & 31];
  return [0, 5, 10, 15].map((i) => out.slice(i, i + 5)).join("-") + "-" + out.slice(20);
}

/** sha-256 of the canonical code (no dashes), as citizen_report.tracking_code_hash keeps it. */
const codeHash = (code: string) => createHash("sha256").update(code.replace(/-/g, "")).digest("hex");

export interface ReportRows {
  reports: Record<string, unknown>[];
  reportFacts: Record<string, unknown>[];
  handoffs: Record<string, unknown>[];
  handoffFacts: Record<string, unknown>[];
}

/**
 * The demo's reports and their hand-offs as rows (REPORT_CASES): filed, triaged by the contact
 * centre's operator with the law's urgency (proposeUrgency), routed to every body the law's table
 * proposes (routeReport; 001 Art. 39(3)) with the clock from the report's receipt (handoffDueAt), each
 * hand-off's state derived by the law from its facts (deriveHandoff) as of the demo's today; a body's
 * answer with words for the reporter is published to the tracking page (001 Art. 49(2)).
 */
export function buildDemoReports(world: DemoWorld, cal: WorkCalendar): ReportRows {
  const out: ReportRows = { reports: [], reportFacts: [], handoffs: [], handoffFacts: [] };
  const now = new Date(world.now);
  const at = (w: When) => new Date(now.getTime() + w[0] * 24 * HOUR + w[1] * HOUR + w[2] * MINUTE);
  const operator = world.actors["hotline.operator"];
  const cases = [...REPORT_CASES].sort((a, b) => at(a.received).getTime() - at(b.received).getTime());
  for (const c of cases) {
    const id = uuidOf(`demo:${world.seed}:report:${c.key}`);
    const received = at(c.received);
    const district = world.districts[c.district];
    const facts: Record<string, unknown>[] = [];
    const fact = (type: string, when: Date, data: object, by: string | null) =>
      facts.push({ report_id: id, seq: facts.length, type, at: when.toISOString(), data, recorded_by: by });
    const takenBy = c.takenBy ? world.actors[c.takenBy] : null;
    fact(
      "filed",
      received,
      { channel: c.channel, ...(takenBy ? { takenByBodyId: takenBy.bodyId } : {}) },
      takenBy?.userId ?? null,
    );
    let status = "received";
    let answeredAt: Date | null = null;
    const triage = c.triage;
    const urgency = triage ? proposeUrgency(triage.category, triage.flags) : null;
    if (triage) {
      const when = new Date(received.getTime() + triage.after * MINUTE);
      const data = { category: triage.category, urgency, flags: triage.flags, districtId: district.id };
      fact("triaged", when, data, operator.userId);
      status = "triaged";
    }
    const publish: { when: Date; data: object; by: string | null }[] = [];
    if (triage && c.route) {
      const sentAt = new Date(received.getTime() + c.route.after * MINUTE);
      const proposals = routeReport({ category: triage.category, flags: triage.flags, receivedAt: received });
      const receivers: Record<string, unknown>[] = [];
      for (const p of proposals) {
        const receiverBodyId = world.competent[p.bodyType]?.[c.district];
        if (!receiverBodyId) throw new Error(`The demo has no ${p.bodyType} for ${district.path}.`);
        const handoffId = uuidOf(`demo:${world.seed}:report:${c.key}:handoff:${p.bodyType}`);
        const dueAt = handoffDueAt(p.clock, received, cal);
        const acts = c.route.acts[p.bodyType] ?? {};
        const actorName = RECEIVER_USERS[p.bodyType]?.[c.district];
        const receiverUser = actorName ? world.actors[actorName].userId : null;
        const hFacts: HandoffFact[] = [{ type: "sent", at: sentAt }];
        const after = (m: number) => new Date(sentAt.getTime() + m * MINUTE);
        if (acts.received !== undefined) hFacts.push({ type: "received", at: after(acts.received) });
        if (acts.accepted !== undefined) hFacts.push({ type: "accepted", at: after(acts.accepted) });
        if (acts.answered)
          hFacts.push({ type: "answered", at: after(acts.answered.after), outcome: acts.answered.outcome });
        const d = deriveHandoff(hFacts, dueAt, now);
        hFacts.forEach((f, seq) =>
          out.handoffFacts.push({
            handoff_id: handoffId,
            seq,
            type: f.type,
            at: f.at.toISOString(),
            data: f.outcome ? { outcome: f.outcome } : {},
            recorded_by: f.type === "sent" ? operator.userId : receiverUser,
          }),
        );
        out.handoffs.push({
          id: handoffId,
          ground: p.ground,
          article: p.article,
          clock: p.clock,
          sender_body_id: operator.bodyId,
          receiver_body_id: receiverBodyId,
          record_type: "citizen_report",
          record_id: id,
          territory_path: district.path,
          event_at: received.toISOString(),
          sent_at: sentAt.toISOString(),
          due_at: dueAt.toISOString(),
          state: d.state,
          received_at: d.receivedAt?.toISOString() ?? null,
          received_by: d.receivedAt ? receiverUser : null,
          accepted_at: d.acceptedAt?.toISOString() ?? null,
          answered_at: d.answeredAt?.toISOString() ?? null,
          outcome: acts.answered?.outcome ?? null,
          sent_by: operator.userId,
        });
        receivers.push({ bodyId: receiverBodyId, ground: p.ground, article: p.article, handoffId });
        if (acts.answered?.forReporter) {
          const when = after(acts.answered.after);
          const data = { text: acts.answered.forReporter, handoffId, bodyId: receiverBodyId };
          publish.push({ when, data, by: receiverUser });
        }
      }
      fact("routed", sentAt, { receivers, omitted: [], article: ROUTING_ARTICLE }, operator.userId);
      status = "routed";
      publish.sort((a, b) => a.when.getTime() - b.when.getTime());
      for (const p of publish) {
        fact("answer_published", p.when, p.data, p.by);
        answeredAt ??= p.when;
        status = "answered";
      }
    }
    out.reportFacts.push(...facts);
    out.reports.push(reportRow(world, c, id, received, cal, { status, answeredAt, urgency }));
  }
  return out;
}

function reportRow(
  world: DemoWorld,
  c: ReportCase,
  id: string,
  received: Date,
  cal: WorkCalendar,
  p: { status: string; answeredAt: Date | null; urgency: string | null },
): Record<string, unknown> {
  const district = world.districts[c.district];
  return {
    id,
    channel: c.channel,
    received_at: received.toISOString(),
    taken_by_body_id: c.takenBy ? world.actors[c.takenBy].bodyId : null,
    territory_path: district.path,
    district_id: district.id,
    location_text: c.locationText,
    lat: c.point?.[0] ?? null,
    lon: c.point?.[1] ?? null,
    description: c.description,
    reporter_name: c.reporter?.name ?? null,
    reporter_phone: c.reporter?.phone ?? null,
    anonymous: !c.reporter,
    callback_consent: c.channel === "hotline" && c.reporter?.phone !== undefined,
    call_at: c.channel === "hotline" ? received.toISOString() : null,
    messenger_chat_id: c.chatId ?? null,
    tracking_code_hash: codeHash(demoTrackingCode(world.seed, c.key)),
    category: c.triage?.category ?? null,
    urgency: p.urgency,
    flags: c.triage?.flags ?? [],
    status: p.status,
    answer_due_at: reportAnswerDueAt(received, cal).toISOString(),
    answered_at: p.answeredAt?.toISOString() ?? null,
    created_by: c.takenBy ? world.actors[c.takenBy].userId : null,
  };
}

/**
 * The copy of the designated warning (scenarios-handoffs.ts) as the inspector's use case sends it: a
 * hand-off to the prosecutor's office covering the district, sent when the copy went (prosecutor_notified,
 * an hour after issuance), due 24 hours after issuance (001 Art. 51(3)), not yet acknowledged. Written
 * before handoff_backfill_measures (migration 0028), which then leaves this warning's duty alone.
 */
export function warningCopyHandoff(world: DemoWorld, cal: WorkCalendar, caseName: string): ReportRows {
  const inspector = world.actors.inspector;
  const measureId = uuidOf(`demo:${world.seed}:case:inspector:${caseName}:0:measure`);
  const id = uuidOf(`demo:${world.seed}:handoff:${measureId}`);
  const issued = new Date(new Date(world.now).getTime() - 8 * HOUR); // yesterday 16:00, the case's decision
  const sentAt = new Date(issued.getTime() + HOUR);
  const dueAt = handoffDueAt("hours_24", issued, cal);
  const d = deriveHandoff([{ type: "sent", at: sentAt }], dueAt, new Date(world.now));
  const receiver = world.competent.prosecutor_office?.[0];
  if (!receiver) throw new Error("The demo has no prosecutor's office.");
  return {
    reports: [],
    reportFacts: [],
    handoffs: [
      {
        id,
        ground: "official_warning.prosecutor_copy",
        article: "001 Art. 51(3)",
        clock: "hours_24",
        sender_body_id: inspector.bodyId,
        receiver_body_id: receiver,
        record_type: "measure",
        record_id: measureId,
        territory_path: world.districts[0].path,
        event_at: issued.toISOString(),
        sent_at: sentAt.toISOString(),
        due_at: dueAt.toISOString(),
        state: d.state,
        received_at: null,
        received_by: null,
        accepted_at: null,
        answered_at: null,
        outcome: null,
        sent_by: inspector.userId,
      },
    ],
    handoffFacts: [
      {
        handoff_id: id,
        seq: 0,
        type: "sent",
        at: sentAt.toISOString(),
        data: {},
        recorded_by: inspector.userId,
      },
    ],
  };
}
