import {
  addCalendarDays,
  legalDateOf,
  NPM_INSTITUTION_KINDS,
  validateVisitGroup,
  visitReportDueDate,
  type NpmInstitution,
  type NpmParticipantRecord,
} from "@aldyn/law";
import type pg from "pg";
import { mulberry32, pick, uuidOf } from "./prng.ts";

const INSTITUTIONS = 220;
const PARTICIPANTS_PER_REGION = 4;
const FOUR_YEARS = 4 * 365;
const DEPARTMENT: Record<string, string> = {
  minors_adaptation_centre: "Ministry of Internal Affairs",
  special_educational_organisation: "Ministry of Education",
  special_regime_educational_organisation: "Ministry of Education",
  penal_institution: "Penal Correction Committee",
  healthcare_organisation: "Ministry of Health",
  temporary_isolation_facility: "Ministry of Internal Affairs",
  child_care_organisation: "Ministry of Education",
  special_social_services_organisation: "Ministry of Labour and Social Protection",
  other_organisation: "Akimat",
};

/**
 * The national preventive mechanism's side (000 Arts. 26-36; 003): 220 institutions of every kind
 * over the 20 regions, four certified participants per region, and the periodic visits of the last
 * five years — each institution at least once every four years (003 p.3(1)) by a group of three of
 * its region (003 pp.8, 9(2)), checked by the law's `validateVisitGroup`; facts started, ended, three
 * signatures and the report submitted within 003 p.28's term, with a recommendation. Written once,
 * in one transaction, before the persons; a re-run finds it and skips it.
 */
export async function seedNpm(pool: pg.Pool, seed: number, now: Date, userId: string): Promise<number> {
  const firstId = uuidOf(`synthetic:${seed}:npm:institution:0`);
  const there = await pool.query("SELECT 1 FROM npm_institution WHERE id = $1", [firstId]);
  if (there.rowCount) return 0;
  const regions = (
    await pool.query<{ code: string; name_en: string }>(
      "SELECT code, name_en FROM territory WHERE level = 'region' ORDER BY code",
    )
  ).rows;
  const rng = mulberry32(seed ^ 0x27d4eb2d);
  const today = legalDateOf(now);
  const start = addCalendarDays(today, -5 * 365);
  const c = await pool.connect();
  let visits = 0;
  try {
    await c.query("BEGIN");
    const participants = new Map<string, NpmParticipantRecord[]>();
    for (const [r, region] of regions.entries()) {
      const list: NpmParticipantRecord[] = [];
      for (let k = 0; k < PARTICIPANTS_PER_REGION; k++) {
        const id = uuidOf(`synthetic:${seed}:npm:participant:${region.code}:${k}`);
        const selectedOn = addCalendarDays(start, -200 + k);
        const issuedOn = addCalendarDays(selectedOn, 10);
        await c.query(
          `INSERT INTO npm_participant (id, full_name, categories, region_code, selected_on, candidate,
             certificate_number, certificate_issued_on)
           VALUES ($1, $2, $3, $4, $5, '{"citizenOfKazakhstan": true}', $6, $7) ON CONFLICT DO NOTHING`,
          [
            id,
            `synthetic participant ${r * PARTICIPANTS_PER_REGION + k + 1} (${region.name_en})`,
            [pick(rng, ["lawyer", "doctor", "social_worker", "public_association_member"])],
            region.code,
            selectedOn,
            `SYN-NPM-${region.code}-${k + 1}`,
            issuedOn,
          ],
        );
        list.push({ id, region: region.code, selectedOn, certificateIssuedOn: issuedOn, termination: null });
      }
      participants.set(region.code, list);
    }
    for (let i = 0; i < INSTITUTIONS; i++) {
      const region = regions[i % regions.length]!;
      const kind = NPM_INSTITUTION_KINDS[Math.floor(i / regions.length) % NPM_INSTITUTION_KINDS.length]!;
      const id = uuidOf(`synthetic:${seed}:npm:institution:${i}`);
      // The visit before the system: within four years of its first visit here, so none is late.
      const firstOn = addCalendarDays(start, Math.floor(rng() * FOUR_YEARS * 0.9));
      const before = addCalendarDays(firstOn, -FOUR_YEARS + 30 + Math.floor(rng() * 300));
      await c.query(
        `INSERT INTO npm_institution (id, name, kind, region_code, address, capacity, department,
           subject_since, last_periodic_visit_before)
         VALUES ($1, $2, $3, $4, $5, $6, $7, '2015-01-01', $8) ON CONFLICT DO NOTHING`,
        [
          id,
          `synthetic: ${kind.replaceAll("_", " ")} No. ${i + 1}, ${region.name_en}`,
          kind,
          region.code,
          `${region.name_en}, synthetic street ${i + 1}`,
          20 + Math.floor(rng() * 400),
          DEPARTMENT[kind] ?? "Akimat",
          before,
        ],
      );
      const institution: NpmInstitution = { id, kind, region: region.code, lastPeriodicVisitOn: before };
      for (let on = firstOn, n = 0; on <= today; on = addCalendarDays(on, FOUR_YEARS - 60), n++) {
        const group = participants.get(region.code)!.slice(n % 2, (n % 2) + 3);
        const refusals = validateVisitGroup({
          kind: "periodic",
          form: "one_time",
          institutions: [institution],
          members: group.map((participant) => ({ participant })),
          startsOn: on,
          inApprovedPlan: true,
        });
        if (refusals.length > 0) throw new Error(`synthetic NPM visit refused: ${refusals[0]!.code}`);
        await insertVisit(c, seed, { id, i, n, on, today, group, userId, rng });
        visits++;
      }
    }
    await c.query("COMMIT");
  } catch (e) {
    await c.query("ROLLBACK");
    throw e;
  } finally {
    c.release();
  }
  return visits;
}

interface VisitArgs {
  id: string;
  i: number;
  n: number;
  on: string;
  today: string;
  group: NpmParticipantRecord[];
  userId: string;
  rng: () => number;
}

/** One periodic visit of two days with its facts, report and recommendation as the group records them. */
async function insertVisit(c: pg.PoolClient, seed: number, v: VisitArgs): Promise<void> {
  const visitId = uuidOf(`synthetic:${seed}:npm:visit:${v.i}:${v.n}`);
  const endsOn = addCalendarDays(v.on, 1);
  await c.query(
    `INSERT INTO npm_visit (id, kind, form, institution_ids, members, starts_on, ends_on, created_by)
     VALUES ($1, 'periodic', 'one_time', $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
    [
      visitId,
      [v.id],
      JSON.stringify(
        v.group.map((p) => ({ participantId: p.id, topicExpert: false, conflictOfInterest: false })),
      ),
      v.on,
      endsOn,
      v.userId,
    ],
  );
  const facts: [string, Record<string, unknown>, string][] = [];
  const at = (d: string): string => `${d}T10:00:00+05:00`;
  if (v.on <= v.today) facts.push(["started", { on: v.on }, v.on]);
  if (endsOn <= v.today) facts.push(["ended", { on: endsOn }, endsOn]);
  const signedOn = addCalendarDays(endsOn, 3);
  // 003 p.28: the report within ten days of the visit's last day.
  const submittedOn =
    visitReportDueDate("periodic", endsOn) > signedOn ? addCalendarDays(signedOn, 1) : signedOn;
  if (submittedOn <= v.today) {
    for (const p of v.group)
      facts.push(["report_signed", { at: at(signedOn), participantId: p.id }, signedOn]);
    facts.push(["report_submitted", { at: at(submittedOn), listedComplaintIds: [] }, submittedOn]);
  }
  for (const [type, data, on] of facts)
    await c.query(
      `INSERT INTO npm_visit_fact (visit_id, type, data, recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5)`,
      [visitId, type, JSON.stringify(data), v.userId, at(on)],
    );
  if (submittedOn > v.today) return;
  await c.query(
    `INSERT INTO npm_report (visit_id, findings, submitted_at, submitted_by) VALUES ($1, $2, $3, $4)
     ON CONFLICT DO NOTHING`,
    [visitId, "Conditions of detention reviewed (synthetic).", at(submittedOn), v.userId],
  );
  const status = pick(v.rng, ["open", "answered", "in_progress", "implemented", "rejected"]);
  await c.query(
    `INSERT INTO npm_recommendation (id, visit_id, addressee, text, status, answer, answered_on)
     VALUES ($1, $2, 'The department in charge', 'Improve the conditions (synthetic).', $3, $4, $5)
     ON CONFLICT DO NOTHING`,
    [
      uuidOf(`synthetic:${seed}:npm:recommendation:${v.i}:${v.n}`),
      visitId,
      status,
      status === "open" ? null : "Answer of the department (synthetic).",
      status === "open"
        ? null
        : addCalendarDays(submittedOn, 30) <= v.today
          ? addCalendarDays(submittedOn, 30)
          : null,
    ],
  );
}
