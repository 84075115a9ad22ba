import type pg from "pg";
import type { Session } from "../bench/http.ts";

/**
 * The work of many inspectors at once (issue 6 item 3): what one autocannon connection asks next.
 * Each connection is one inspector at a desk with their own sessions and their own persons and
 * measures to write on, so writers never race for one record (a 409 would be the test's fault).
 */

export type OpName =
  | "IIN lookup"
  | "name search"
  | "person page"
  | "person measures"
  | "my due checks"
  | "register summary"
  | "read measure"
  | "record a check"
  | "issue a measure";

export type Mix = "read" | "mixed";

/** Shares of the reads (per cent of requests); `mixed` adds about 5 % writes (two requests per check). */
const READS: readonly [OpName, number][] = [
  ["IIN lookup", 30],
  ["name search", 20],
  ["person page", 15],
  ["person measures", 7],
  ["my due checks", 25],
  ["register summary", 3],
];
const WRITE_SHARE = { "record a check": 3, "issue a measure": 2 } as const;

export interface Samples {
  /** Persons of the police head's region: IIN lookups, name searches, person pages. */
  persons: { id: string; iin: string; name: string }[];
  /**
   * Adults of the inspector's district to warn. The law lets a person be warned again while a warning
   * runs (the new one joins the register entry), so a desk goes round its own list.
   */
  subjects: string[];
  /** Running measures of the inspector's body with a control schedule: checks recorded on them. */
  measures: string[];
}

export async function loadSamples(
  pool: pg.Pool,
  headPath: string,
  inspectorPath: string,
  body: string,
): Promise<Samples> {
  const persons = await pool.query<{ id: string; iin: string; name: string }>(
    `SELECT p.id, p.iin, p.last_name_cyr || ' ' || p.first_name_cyr AS name
     FROM person p JOIN territory t ON t.id = p.territory_id
     WHERE (t.path = $1 OR t.path LIKE $1 || '.%') AND p.iin IS NOT NULL AND p.merged_into IS NULL
     ORDER BY md5(p.id::text) LIMIT 2000`,
    [headPath],
  );
  const subjects = await pool.query<{ id: string }>(
    `SELECT p.id FROM person p JOIN territory t ON t.id = p.territory_id WHERE t.path = $1
       AND p.birth_date < now() - interval '19 years' AND p.merged_into IS NULL
     ORDER BY md5(p.id::text) LIMIT 5000`,
    [inspectorPath],
  );
  const measures = await pool.query<{ id: string }>(
    `SELECT id FROM measure WHERE issuer_body_id = $1 AND status = 'active' AND next_control_due IS NOT NULL
     ORDER BY md5(id::text) LIMIT 2000`,
    [body],
  );
  return {
    persons: persons.rows,
    subjects: subjects.rows.map((r) => r.id),
    measures: measures.rows.map((r) => r.id),
  };
}

/** mulberry32: each connection draws its own reproducible sequence of operations. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Planned {
  op: OpName;
  method: "GET" | "POST";
  path: string;
  session: Session;
  body?: unknown;
}

/** One connection's inspector: the next request, and what to do with a reply (a measure's version). */
export class Desk {
  private readonly rnd: () => number;
  private issued = 0;
  private pendingCheck: { id: string; version: number } | null = null;

  constructor(
    private readonly index: number,
    private readonly desks: number,
    private readonly mix: Mix,
    private readonly s: Samples,
    private readonly inspector: Session,
    private readonly head: Session,
  ) {
    this.rnd = prng(0x5eed + index);
  }

  next(): Planned {
    if (this.pendingCheck) {
      const { id, version } = this.pendingCheck;
      this.pendingCheck = null;
      const at = new Date().toISOString();
      const body = { version, type: "control_check", at, outcome: "complied", place: "At the home address" };
      return {
        op: "record a check",
        method: "POST",
        path: `/api/v1/measures/${id}/facts`,
        session: this.inspector,
        body,
      };
    }
    const op = this.pick();
    const p = this.s.persons[Math.floor(this.rnd() * this.s.persons.length)]!;
    switch (op) {
      case "IIN lookup":
        return { op, method: "GET", path: `/api/v1/persons?iin=${p.iin}`, session: this.head };
      case "name search":
        return {
          op,
          method: "GET",
          path: `/api/v1/persons?q=${encodeURIComponent(p.name)}`,
          session: this.head,
        };
      case "person page":
        return { op, method: "GET", path: `/api/v1/persons/${p.id}`, session: this.head };
      case "person measures":
        return { op, method: "GET", path: `/api/v1/persons/${p.id}/measures`, session: this.head };
      case "my due checks":
        return {
          op,
          method: "GET",
          path: "/api/v1/worklists/checks?scope=body&withinDays=7",
          session: this.inspector,
        };
      case "register summary":
        return { op, method: "GET", path: "/api/v1/register/summary", session: this.head };
      case "record a check": {
        // This desk's own measures only: index, index + desks, … (no two desks write one measure).
        const mine = this.s.measures.filter((_, i) => i % this.desks === this.index);
        const id = mine[Math.floor(this.rnd() * mine.length)]!;
        return { op: "read measure", method: "GET", path: `/api/v1/measures/${id}`, session: this.inspector };
      }
      case "issue a measure": {
        const mine = this.s.subjects.filter((_, i) => i % this.desks === this.index);
        const subject = mine[this.issued++ % mine.length]!;
        const body = {
          kind: "official_warning",
          personId: subject,
          issuedAt: new Date().toISOString(),
          legalGround: "direct_discovery",
          justification: { basis: "antisocial_behaviour", text: "Load test (synthetic)" },
          details: {},
          rightsExplained: true,
        };
        return { op, method: "POST", path: "/api/v1/measures", session: this.inspector, body };
      }
      default:
        throw new Error(`unplanned ${op}`);
    }
  }

  /** A desk that only reads, with the same sessions (stands in when every desk is busy). */
  reader(): Desk {
    return new Desk(this.index, this.desks, "read", this.s, this.inspector, this.head);
  }

  /** After a measure is read for a check, the check goes next with the version just seen. */
  replied(planned: Planned, status: number, body: string): void {
    if (planned.op !== "read measure" || status !== 200) return;
    const m = JSON.parse(body) as { id: string; version: number };
    this.pendingCheck = { id: m.id, version: m.version };
  }

  private pick(): OpName {
    const writes = this.mix === "mixed";
    const canCheck = writes && this.s.measures.length > this.index;
    const canIssue = writes && this.s.subjects.length > this.index;
    const table: [OpName, number][] = [
      ...READS,
      ...(canCheck ? ([["record a check", WRITE_SHARE["record a check"]]] as [OpName, number][]) : []),
      ...(canIssue ? ([["issue a measure", WRITE_SHARE["issue a measure"]]] as [OpName, number][]) : []),
    ];
    const total = table.reduce((s, [, w]) => s + w, 0);
    let x = this.rnd() * total;
    for (const [op, w] of table) if ((x -= w) < 0) return op;
    return table[0]![0];
  }
}
