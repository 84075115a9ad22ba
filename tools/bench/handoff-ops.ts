import http from "node:http";
import { createHash, randomBytes } from "node:crypto";
import { Kysely, PostgresDialect } from "kysely";
import type pg from "pg";
import type { Database } from "../../apps/server/src/db/schema.ts";
import { sweepOverdueHandoffs } from "../../apps/server/src/modules/handoffs/overdue-sweep.ts";
import { call, type Session } from "./http.ts";
import type { Op } from "./ops.ts";
import { measure, stats, type Stats } from "./stats.ts";

/** What the run's filed reports say, so the reset finds them and nothing else. */
const MARK = "Benchmark report (synthetic): a noisy gathering in the yard every night.";

const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });

/** A multipart POST as the public page sends it (no login, no files), answered 201. */
async function postPublicReport(base: string, fields: Record<string, string>): Promise<void> {
  const boundary = `----aldyn${randomBytes(8).toString("hex")}`;
  const body = Buffer.from(
    Object.entries(fields)
      .map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)
      .join("") + `--${boundary}--\r\n`,
  );
  const status = await new Promise<number>((resolve, reject) => {
    const req = http.request(
      new URL("/api/v1/public/reports", base),
      {
        method: "POST",
        agent,
        headers: {
          "content-type": `multipart/form-data; boundary=${boundary}`,
          "content-length": body.length,
        },
      },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(body);
  });
  if (status !== 201) throw new Error(`POST /api/v1/public/reports: ${status}`);
}

// The inbox as the server reads it (modules/handoffs/list-handoffs.ts): the box's counts by state,
// then the page — overdue first, then by due instant — with the bodies' names and the record's label.
const INBOX_COUNTS = `SELECT state, count(*)::int AS n,
  count(*) FILTER (WHERE state = 'sent' AND due_at < now())::int AS overdue
  FROM handoff WHERE receiver_body_id = $1 GROUP BY state`;
const INBOX_PAGE = `SELECT h.*, sb.name_ru, rb.name_ru, lbl.label FROM (
    (SELECT * FROM handoff WHERE receiver_body_id = $1 AND state = 'sent' AND due_at < now()
      ORDER BY due_at, id LIMIT 25)
    UNION ALL
    (SELECT * FROM handoff WHERE receiver_body_id = $1 AND NOT (state = 'sent' AND due_at < now())
      ORDER BY due_at, id LIMIT 25)) h
  JOIN body sb ON sb.id = h.sender_body_id JOIN body rb ON rb.id = h.receiver_body_id
  LEFT JOIN LATERAL (
    SELECT m.registration_number AS label FROM measure m WHERE h.record_type = 'measure' AND m.id = h.record_id
    UNION ALL
    SELECT c.registration_number FROM citizen_report c WHERE h.record_type = 'citizen_report' AND c.id = h.record_id
    LIMIT 1) lbl ON true
  ORDER BY (h.state = 'sent' AND h.due_at < now()) DESC, h.due_at, h.id LIMIT 25`;

// The hand-off figures' grouped pass (modules/figures/handoff-figures.ts) over this year in a region.
const FIGURES_SQL = `SELECT grouping(p) AS gp, grouping(h.receiver_body_id) AS gr, grouping(h.ground) AS gg,
    coalesce(p, h.receiver_body_id::text, h.ground) AS key, count(*)::int AS sent,
    count(*) FILTER (WHERE h.received_at IS NOT NULL)::int AS acknowledged,
    count(*) FILTER (WHERE h.received_at > h.due_at OR (h.received_at IS NULL AND h.due_at < now()))::int AS overdue,
    count(*) FILTER (WHERE h.answered_at IS NOT NULL)::int AS answered,
    count(*) FILTER (WHERE h.declined_at IS NOT NULL)::int AS declined,
    percentile_cont(0.5) WITHIN GROUP (ORDER BY date_part('epoch', h.received_at - h.sent_at) / 3600)
      FILTER (WHERE h.received_at IS NOT NULL) AS ack_median,
    percentile_cont(0.5) WITHIN GROUP (ORDER BY date_part('epoch', h.answered_at - h.sent_at) / 3600)
      FILTER (WHERE h.answered_at IS NOT NULL) AS answer_median
  FROM handoff h, LATERAL (SELECT CASE WHEN h.territory_path = $1 THEN NULL
    ELSE $1 || '.' || split_part(substr(h.territory_path, length($1) + 2), '.', 1) END AS p) x
  WHERE h.sent_at >= date_trunc('year', now() AT TIME ZONE 'Asia/Almaty') AT TIME ZONE 'Asia/Almaty'
    AND h.territory_path ~>=~ $1 AND h.territory_path ~<~ ($1 || '/')
    AND (h.territory_path = $1 OR substr(h.territory_path, 1, length($1) + 1) = ($1 || '.'))
  GROUP BY GROUPING SETS ((p), (h.receiver_body_id), (h.ground), ())`;

// The report figures' grouped pass (modules/figures/report-figures.ts) over this year in a region.
const REPORT_FIGURES_SQL = `SELECT CASE WHEN r.territory_path = $1 THEN NULL
    ELSE $1 || '.' || split_part(substr(r.territory_path, length($1) + 2), '.', 1) END AS part,
    coalesce(r.category, 'untriaged') AS category, r.channel, count(*)::int AS received,
    count(*) FILTER (WHERE r.answered_at IS NOT NULL)::int AS answered,
    count(*) FILTER (WHERE r.answered_at > r.answer_due_at OR (r.answered_at IS NULL AND r.answer_due_at < now()))::int AS late
  FROM citizen_report r
  WHERE r.received_at >= date_trunc('year', now() AT TIME ZONE 'Asia/Almaty') AT TIME ZONE 'Asia/Almaty'
    AND r.territory_path ~>=~ $1 AND r.territory_path ~<~ ($1 || '/')
    AND (r.territory_path = $1 OR substr(r.territory_path, 1, length($1) + 1) = ($1 || '.'))
  GROUP BY 1, 2, 3`;

/**
 * Reports from citizens and hand-offs (R6): filing a report on the public page (multipart, no login;
 * its floor: the report's row with its registration number from the trigger and its `filed` fact in one
 * transaction), a body's inbox as the district's police (the demo inspector's body) and as the region's
 * prosecutor, and the region's hand-off and report figures. What the filing wrote is taken back by `undoReports`.
 */
export async function handoffOperations(
  base: string,
  pool: pg.Pool,
  who: { inspector: Session; head: Session; prosecutor: Session },
  places: { districtId: string; districtPath: string; regionPath: string; regionCode: string },
): Promise<Op[]> {
  const bodies = await pool.query<{ username: string; body_id: string }>(
    "SELECT username, body_id FROM app_user WHERE username = ANY($1)",
    [[who.inspector.username, who.prosecutor.username]],
  );
  const bodyOf = (u: string) => bodies.rows.find((r) => r.username === u)!.body_id;
  const inbox = (name: string, s: Session): Op => ({
    name,
    api: async () => {
      await call(base, s, "GET", "/api/v1/handoffs/inbox?page=1&pageSize=25");
    },
    sql: async () => {
      await pool.query(INBOX_COUNTS, [bodyOf(s.username)]);
      await pool.query(INBOX_PAGE, [bodyOf(s.username)]);
    },
  });
  return [
    {
      name: "file a report (public)",
      api: async (i) => {
        await postPublicReport(base, {
          description: MARK,
          districtId: places.districtId,
          anonymous: "false",
          reporterName: "Бенчмарк Тест",
          reporterPhone: `+7 701 ${String(1_000_000 + i).slice(1)}`,
        });
      },
      sql: async (i) => {
        const c = await pool.connect();
        try {
          await c.query("BEGIN");
          const hash = createHash("sha256").update(randomBytes(16)).digest("hex");
          const r = await c.query<{ id: string }>(
            `INSERT INTO citizen_report (channel, received_at, territory_path, district_id, description,
               reporter_name, reporter_phone, anonymous, tracking_code_hash, answer_due_at)
             VALUES ('web', now(), $1, $2, $3, 'Бенчмарк Тест', $4, false, $5, now() + interval '21 days')
             RETURNING id`,
            [places.districtPath, places.districtId, MARK, `+7 702 ${i}`, hash],
          );
          await c.query(
            `INSERT INTO citizen_report_fact (report_id, seq, type, at, data) VALUES ($1, 0, 'filed', now(), '{"channel":"web"}')`,
            [r.rows[0]!.id],
          );
          await c.query("COMMIT");
        } finally {
          c.release();
        }
      },
    },
    inbox("inbox page (district police)", who.inspector),
    inbox("inbox page (prosecutor)", who.prosecutor),
    {
      name: "hand-off figures (region)",
      runs: 50,
      api: async () => {
        await call(base, who.head, "GET", `/api/v1/figures/handoffs?territory=${places.regionCode}`);
      },
      // As the API runs it: read-only, with the memory to sort the grouping sets.
      sql: async () => {
        const c = await pool.connect();
        try {
          await c.query("BEGIN READ ONLY");
          await c.query("SET LOCAL work_mem = '32MB'");
          await c.query(FIGURES_SQL, [places.regionPath]);
          await c.query("COMMIT");
        } finally {
          c.release();
        }
      },
    },
    {
      name: "report figures (region)",
      runs: 50,
      api: async () => {
        await call(base, who.head, "GET", `/api/v1/figures/reports?territory=${places.regionCode}`);
      },
      sql: async () => {
        await pool.query(REPORT_FIGURES_SQL, [places.regionPath]);
      },
    },
  ];
}

/**
 * Takes back the reports the run filed (found by their text, received since `since`) with their facts
 * and attachments' rows — facts are append-only, so as the cluster's superuser with the triggers off,
 * as tools/bench/reset.ts removes a run's measures. Their audit rows stay (the chain keeps every link).
 */
export async function undoReports(pool: pg.Pool, since: string): Promise<number> {
  const c = await pool.connect();
  try {
    await c.query("BEGIN");
    await c.query("SET LOCAL session_replication_role = replica");
    const ids = `SELECT id FROM citizen_report WHERE description = $1 AND received_at >= $2::timestamptz`;
    await c.query(`DELETE FROM citizen_report_fact WHERE report_id IN (${ids})`, [MARK, since]);
    const r = await c.query(`DELETE FROM citizen_report WHERE id IN (${ids})`, [MARK, since]);
    await c.query("COMMIT");
    return r.rowCount ?? 0;
  } catch (e) {
    await c.query("ROLLBACK");
    throw e;
  } finally {
    c.release();
  }
}

/**
 * The overdue sweep over every open hand-off (sweepOverdueHandoffs, as the server's job runs it every
 * five minutes) from a cold start: before each timed run — untimed — every unacknowledged hand-off is
 * marked not yet escalated and the sweep's notifications are removed, so each run escalates all of
 * them again. The floor: the read the sweep rests on (the open hand-offs past due, by due instant).
 * Runs inside one transaction per reset; the sweep's own transactions commit as the job's do.
 */
export async function sweepBench(
  pool: pg.Pool,
  runs: number,
): Promise<{ api: Stats; sql: Stats; open: number }> {
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const reset = async () => {
    const c = await pool.connect();
    try {
      await c.query("BEGIN");
      await c.query(
        `DELETE FROM notification_outbox WHERE notification_id IN
           (SELECT id FROM notification WHERE kind = 'handoff_overdue')`,
      );
      await c.query("DELETE FROM notification WHERE kind = 'handoff_overdue'");
      await c.query(
        "UPDATE handoff SET overdue_notified_at = NULL WHERE state = 'sent' AND overdue_notified_at IS NOT NULL",
      );
      await c.query("COMMIT");
    } catch (e) {
      await c.query("ROLLBACK");
      throw e;
    } finally {
      c.release();
    }
  };
  const open = await pool.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM handoff WHERE state = 'sent' AND due_at < now()",
  );
  await reset();
  const sqlMs = await measure(runs, 1, async () => {
    await pool.query(
      `SELECT h.id, h.ground, h.article, h.due_at, h.receiver_body_id, h.sent_by FROM handoff h
       WHERE h.state = 'sent' AND h.overdue_notified_at IS NULL AND h.due_at < now() ORDER BY h.due_at`,
    );
  });
  const apiMs: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    await reset();
    const t = performance.now();
    await sweepOverdueHandoffs(db, new Date());
    if (i > 0) apiMs.push(performance.now() - t);
  }
  return { api: stats(apiMs), sql: stats(sqlMs), open: open.rows[0]!.n };
}
