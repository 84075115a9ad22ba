import type pg from "pg";

/** One round trip to PostgreSQL as the app's pool sent it. */
export interface SentQuery {
  readonly sql: string;
  /** The statements the text holds (a parameterless text may hold several: `BEGIN; SET LOCAL …`). */
  readonly statements: readonly string[];
}

/** What one piece of work (one HTTP request) sent to PostgreSQL. */
export interface StatementCount {
  readonly roundTrips: number;
  /** Every statement, transaction control included. */
  readonly all: number;
  /** Pure transaction control: BEGIN, COMMIT, ROLLBACK, SAVEPOINT, RELEASE, SET LOCAL of a setting. */
  readonly control: number;
  /** The statements that do the work: `all` less `control` (what the per-write target counts). */
  readonly work: number;
  readonly queries: readonly SentQuery[];
  /** The work statements' texts, in order (for investigation and failure messages). */
  readonly workStatements: readonly string[];
}

const CONTROL =
  /^(BEGIN|COMMIT|END|ROLLBACK|START\s+TRANSACTION|SAVEPOINT|RELEASE|SET\s+LOCAL\s+(synchronous_commit|lock_timeout))\b/i;

/** Whether a statement only opens, closes or tunes a transaction (or a savepoint). */
export function isTransactionControl(statement: string): boolean {
  return CONTROL.test(statement.trim());
}

/** A text split into its statements at the semicolons outside quotes (PostgreSQL's simple protocol). */
export function splitStatements(text: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quote: string | null = null;
  for (const ch of text) {
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === ";") {
      if (cur.trim()) out.push(cur.trim());
      cur = "";
      continue;
    }
    cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

function textOf(args: unknown[]): { text: string; hasValues: boolean } {
  const [first, second] = args;
  if (typeof first === "string")
    return { text: first, hasValues: Array.isArray(second) && second.length > 0 };
  const cfg = (first ?? {}) as { text?: string; values?: unknown[] };
  const values = Array.isArray(second) ? second : cfg.values;
  return { text: cfg.text ?? "", hasValues: Array.isArray(values) && values.length > 0 };
}

const WRAPPED = Symbol("statementCounter");
type Counted = pg.PoolClient & { [WRAPPED]?: true };

/**
 * Counts what the app's pool really sends to PostgreSQL (no mocks: every query still runs): each client
 * the pool hands out has its `query` wrapped once, so Kysely's queries, `pool.query`, prepared reads
 * and the request transaction's own statements are all seen. Background work on the same pool during
 * a measured call would be counted too; the measured calls here run alone.
 */
export class StatementCounter {
  #recording: SentQuery[] | null = null;

  constructor(pool: pg.Pool) {
    const wrap = (client: Counted) => {
      if (client[WRAPPED]) return;
      client[WRAPPED] = true;
      const original = client.query.bind(client) as (...args: unknown[]) => unknown;
      (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
        if (this.#recording) {
          const { text, hasValues } = textOf(args);
          // With parameters the extended protocol allows only one statement per text.
          const statements = hasValues ? [text.trim()] : splitStatements(text);
          this.#recording.push({ sql: text, statements });
        }
        return original(...args);
      };
    };
    pool.on("connect", wrap);
    pool.on("acquire", wrap);
  }

  /** Runs `fn` and counts what was sent to the database while it ran. */
  async count<T>(fn: () => Promise<T>): Promise<{ result: T; count: StatementCount }> {
    if (this.#recording) throw new Error("The counter is already recording.");
    const sent: SentQuery[] = [];
    this.#recording = sent;
    try {
      const result = await fn();
      return { result, count: summarise(sent) };
    } finally {
      this.#recording = null;
    }
  }
}

function summarise(sent: readonly SentQuery[]): StatementCount {
  const statements = sent.flatMap((q) => q.statements);
  const workStatements = statements.filter((s) => !isTransactionControl(s));
  return {
    roundTrips: sent.length,
    all: statements.length,
    control: statements.length - workStatements.length,
    work: workStatements.length,
    queries: sent,
    workStatements,
  };
}

/** A readable listing of the work statements (for a failing assertion's message). */
export function describeCount(c: StatementCount): string {
  return [
    `${c.work} work statements (+${c.control} transaction control, ${c.roundTrips} round trips):`,
    ...c.workStatements.map((s, i) => `  ${i + 1}. ${s.replace(/\s+/g, " ").slice(0, 240)}`),
  ].join("\n");
}
