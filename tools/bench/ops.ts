import type pg from "pg";
import { call, type Session } from "./http.ts";

/** One benchmarked operation: the API call and the same work as raw SQL (the floor), for iteration i. */
export interface Op {
  name: string;
  api: (i: number) => Promise<void>;
  sql: (i: number) => Promise<void>;
  /** Fewer runs for an operation that takes seconds (the national figures); default: the run's n. */
  runs?: number;
}

export interface Actors {
  inspector: Session;
  head: Session;
  inspectorPath: string;
  inspectorBody: string;
  headPath: string;
}

export interface Samples {
  /** Persons in the police head's region (IIN lookup, name search, person page). */
  region: { id: string; iin: string; last: string; first: string; lastLat: string | null }[];
  /**
   * Adults of the inspector's district to warn, those without a running measure first; once earlier
   * runs used them up, persons warned before (a new warning joins the running register entry, 001 Art.
   * 51) — so repeated runs on one database keep measuring instead of stopping.
   */
  district: string[];
  /** Active measures of the inspector's body with a control schedule (recording a check). */
  measures: string[];
}

const scope = (path: string) => [path, `${path.replace(/[\\%_]/g, "\\$&")}.%`];

// As the API scopes a person (db/territory-scope.ts inTerritoryIds): the actor's district ids.
const PERSON_SQL = `SELECT p.id, p.iin, p.last_name_cyr, p.first_name_cyr, p.middle_name_cyr, p.birth_date, p.sex,
  t.path, count(*) OVER () AS total FROM person p JOIN territory t ON t.id = p.territory_id
  WHERE p.merged_into IS NULL
    AND p.territory_id = ANY(ARRAY(SELECT id FROM territory WHERE path = $1 OR path LIKE $2))`;

/** The territory rule in range form (db/territory-scope.ts inTerritoryRange): $1 the path, $2 path + '/'. */
export const inRange = (col: string) =>
  `(${col} ~>=~ $1 AND ${col} ~<~ $2 AND (${col} = $1 OR substr(${col}, 1, length($1) + 1) = $1 || '.'))`;

// As the API reads it (modules/worklists/list-due-checks.ts): the page and the counts over the due
// rows, then the names of the page's persons only.
function dueChecksSql(mine: boolean): string {
  const own = (body: string) => (mine ? ` AND ${body} = $4` : "");
  return `WITH w AS (
    SELECT 'measure' AS source, m.id, m.person_id, m.kind AS what, m.territory_path, m.next_control_due AS due_on
    FROM measure m WHERE m.next_control_due <= $3::date + 30 AND m.status = 'active'
      AND (m.valid_until IS NULL OR m.valid_until >= $3) AND ${inRange("m.territory_path")}
      ${own("m.issuer_body_id")}
    UNION ALL
    SELECT 'register_entry', e.id, e.person_id, e.ground, e.territory_path, e.next_control_due
    FROM register_entry e WHERE e.next_control_due <= $3::date + 30 AND e.status = 'active'
      AND (e.last_day IS NULL OR e.last_day >= $3) AND ${inRange("e.territory_path")}
      ${own("e.placed_by_body")})
  , page AS (SELECT w.*, count(*) OVER () AS total, count(*) FILTER (WHERE w.due_on < $3) OVER () AS overdue
    FROM w ORDER BY w.due_on, w.id LIMIT 50)
  SELECT page.*, p.last_name_cyr, p.first_name_cyr
  FROM page LEFT JOIN person p ON p.id = page.person_id ORDER BY page.due_on, page.id`;
}

/** How the typo searches' floors went: found by the first stage (a real name after all) or the second. */
export const typoFound = { exact: 0, fuzzy: 0 };

// Folded together by person_search_key (migration 0003), so each vowel is replaced by one of another
// class: the typo must change the search key.
const OTHER_VOWEL: Record<string, string> = Object.fromEntries(
  [..."аәөоеэёиыіуұүюя"].map((v, k) => [v, "ооаааааеееооооо"[k]!]),
);

/**
 * A last name with one letter wrong, as typed in haste: an inner vowel replaced by another (one of
 * several, by i), or, in a name without one, an inner consonant. A replaced letter rather than the
 * swapped or dropped one the generator stores for 3 % of names (tools/synthetic/names.ts), so the
 * query rarely meets a stored misspelling exactly.
 */
export function mistype(last: string, i: number): string {
  const chars = [...last];
  const inner = chars.map((_, k) => k).filter((k) => k > 0 && k < chars.length - 1);
  const vowels = inner.filter((k) => OTHER_VOWEL[chars[k]!.toLowerCase()] !== undefined);
  const at = vowels.length > 0 ? vowels[i % vowels.length] : inner[i % Math.max(1, inner.length)];
  if (at === undefined) return `${last}а`;
  const c = chars[at]!.toLowerCase();
  chars[at] = OTHER_VOWEL[c] ?? (c === "м" ? "н" : "м");
  return chars.join("");
}

/**
 * The API's name search as raw SQL (search-persons.ts): the search key, the first stage (every word
 * begins a word of the record: the GIN key of each word's first six letters, the rest of a longer
 * word checked on the rows left, the territory as keys of the same index — inTerritoryKeys, migration
 * 0019), and only when that finds nothing the typo-tolerant stage in its own transaction. Whether the
 * first stage found anything.
 */
async function nameSearchSql(pool: pg.Pool, path: string, q: string): Promise<boolean> {
  const k = await pool.query<{ k: string }>("SELECT person_search_key($1) AS k", [q]);
  const words = (k.rows[0]?.k ?? "").split(" ").filter(Boolean);
  const longer = words.filter((w) => w.length > 6 || w.length < 2);
  const exact = longer.map((_, j) => ` AND strpos(p.search_name, $${j + 5}) > 0`).join("");
  const byName = (where: string) =>
    `${PERSON_SQL.replace("count(*)", "word_similarity($3, p.search_name) AS score, count(*)")
      .replace(
        "p.territory_id = ANY(ARRAY(SELECT id FROM",
        "p.search_prefixes && ARRAY(SELECT '@' || id::text FROM",
      )
      .replace("LIKE $2))", "LIKE $2)")} ${where}
     ORDER BY score DESC, p.last_name_cyr, p.first_name_cyr, p.id LIMIT 20`;
  const first = await pool.query(byName(`AND p.search_prefixes @> $4::text[]${exact}`), [
    ...scope(path),
    words.join(" "),
    [...new Set(words.filter((w) => w.length >= 2).map((w) => w.slice(0, 6)))],
    ...longer.map((w) => ` ${w}`),
  ]);
  if (first.rows.length > 0) return true;
  const c = await pool.connect();
  try {
    await c.query("BEGIN");
    await c.query("SET LOCAL pg_trgm.word_similarity_threshold = 0.5");
    await c.query(byName("AND $3 <% p.search_name"), [...scope(path), words.join(" ")]);
    await c.query("COMMIT");
  } finally {
    c.release();
  }
  return false;
}

export function operations(base: string, pool: pg.Pool, a: Actors, s: Samples, synthUser: string): Op[] {
  const today = new Date().toISOString().slice(0, 10);
  const person = (i: number) => s.region[i % s.region.length]!;
  const nameOf = (i: number) => {
    const p = person(i);
    // Every third search in Latin, as typed from a passport.
    return i % 3 === 2 && p.lastLat ? p.lastLat : `${p.last} ${p.first}`;
  };
  const typoOf = (i: number) => `${mistype(person(i).last, i)} ${person(i).first}`;
  const due = (who: Session, sc: string, path: string, mine: boolean): Op => ({
    name: `due checks (${sc})`,
    api: async () => {
      await call(base, who, "GET", `/api/v1/worklists/checks?scope=${sc}&withinDays=30`);
    },
    sql: async () => {
      const args: unknown[] = [path, `${path}/`, today];
      if (mine) args.push(a.inspectorBody);
      await pool.query(dueChecksSql(mine), args);
    },
  });
  return [
    {
      name: "IIN lookup",
      api: async (i) => {
        await call(base, a.head, "GET", `/api/v1/persons?iin=${person(i).iin}`);
      },
      sql: async (i) => {
        await pool.query(`${PERSON_SQL} AND p.iin = $3 LIMIT 20`, [...scope(a.headPath), person(i).iin]);
      },
    },
    {
      name: "fuzzy name search",
      api: async (i) => {
        await call(base, a.head, "GET", `/api/v1/persons?q=${encodeURIComponent(nameOf(i))}`);
      },
      sql: async (i) => {
        await nameSearchSql(pool, a.headPath, nameOf(i));
      },
    },
    {
      // One letter wrong in the last name: the first stage finds nothing, so the API goes on to the
      // typo-tolerant stage (search-persons.ts), and so does its floor.
      name: "typo name search",
      api: async (i) => {
        await call(base, a.head, "GET", `/api/v1/persons?q=${encodeURIComponent(typoOf(i))}`);
      },
      sql: async (i) => {
        if (await nameSearchSql(pool, a.headPath, typoOf(i))) typoFound.exact++;
        else typoFound.fuzzy++;
      },
    },
    {
      name: "person page",
      api: async (i) => {
        const id = person(i).id;
        await call(base, a.head, "GET", `/api/v1/persons/${id}`);
        await call(base, a.head, "GET", `/api/v1/persons/${id}/measures`);
        await call(base, a.head, "GET", `/api/v1/persons/${id}/register-entries`);
      },
      sql: async (i) => {
        const id = person(i).id;
        await pool.query("SELECT * FROM person WHERE id = $1", [id]);
        await pool.query("SELECT * FROM person_document WHERE person_id = $1", [id]);
        await pool.query("SELECT * FROM person_link WHERE minor_id = $1 OR representative_id = $1", [id]);
        await pool.query("SELECT * FROM measure WHERE person_id = $1 ORDER BY issued_at DESC LIMIT 50", [id]);
        await pool.query("SELECT * FROM register_entry WHERE person_id = $1 ORDER BY placed_on DESC", [id]);
      },
    },
    // The synthetic measures of the inspector's unit are issued by the generator's user on its behalf,
    // so the inspector's own list is the unit's ("body": issued by the actor's body).
    due(a.inspector, "body", a.inspectorPath, true),
    due(a.inspector, "district", a.inspectorPath, false),
    due(a.head, "region", a.headPath, false),
    {
      name: "issue a measure",
      api: async (i) => {
        await call(base, a.inspector, "POST", "/api/v1/measures", {
          kind: "official_warning",
          personId: s.district[(2 * i) % s.district.length],
          issuedAt: new Date().toISOString(),
          legalGround: "direct_discovery",
          justification: { basis: "antisocial_behaviour", text: "Benchmark (synthetic)" },
          details: {},
          rightsExplained: true,
        });
      },
      sql: async (i) => {
        const c = await pool.connect();
        try {
          await c.query("BEGIN");
          const m = await c.query<{ id: string }>(
            `INSERT INTO measure (kind, person_id, issuer_body_id, issuer_user_id, issuer_kind, territory_path,
               input, law_version, issued_at, status)
             VALUES ('official_warning', $1, $2, $3, 'police_district_inspector', $4, '{}', '001', now(), 'issued')
             RETURNING id`,
            [s.district[(2 * i + 1) % s.district.length], a.inspectorBody, synthUser, a.inspectorPath],
          );
          const id = m.rows[0]!.id;
          await c.query(
            "INSERT INTO measure_fact (measure_id, seq, type, at) VALUES ($1, 0, 'issued', now())",
            [id],
          );
          await c.query(
            `INSERT INTO measure_duty (measure_id, code, article, due_at, territory_path, issuer_body_id, issuer_user_id)
             VALUES ($1, 'official_warning.prosecutor_copy', '001 Art. 51(3)', now() + interval '1 day', $2, $3, $4)`,
            [id, a.inspectorPath, a.inspectorBody, synthUser],
          );
          await c.query("UPDATE measure SET status = 'issued', updated_at = now() WHERE id = $1", [id]);
          await c.query("COMMIT");
        } finally {
          c.release();
        }
      },
    },
    {
      name: "record a check",
      api: async (i) => {
        const id = s.measures[(2 * i) % s.measures.length]!;
        const v = await pool.query<{ version: number }>("SELECT version FROM measure WHERE id = $1", [id]);
        await call(base, a.inspector, "POST", `/api/v1/measures/${id}/facts`, {
          version: v.rows[0]!.version,
          type: "control_check",
          at: new Date().toISOString(),
          outcome: "complied",
          place: "At the home address",
        });
      },
      sql: async (i) => {
        const id = s.measures[(2 * i + 1) % s.measures.length]!;
        const c = await pool.connect();
        try {
          await c.query("BEGIN");
          const m = await c.query<{ seq: number }>(
            "SELECT coalesce(max(seq), -1) + 1 AS seq FROM measure_fact WHERE measure_id = $1",
            [id],
          );
          await c.query(
            `INSERT INTO measure_fact (measure_id, seq, type, at, data, recorded_by)
             VALUES ($1, $2, 'control_check', now(), '{"outcome":"complied","place":"At the home address"}', $3)`,
            [id, m.rows[0]!.seq, synthUser],
          );
          await c.query("UPDATE measure SET version = version + 1, updated_at = now() WHERE id = $1", [id]);
          await c.query("COMMIT");
        } finally {
          c.release();
        }
      },
    },
  ];
}
