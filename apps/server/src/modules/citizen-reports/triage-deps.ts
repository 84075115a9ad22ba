import type pg from "pg";
import { DEFAULT_DAY_TRANSFERS, kazakhstanWorkCalendar, type LawConfig, type WorkCalendar } from "@aldyn/law";
import type { Db } from "../../db/pool.ts";

/** What the triage use cases need, passed explicitly (no singletons); tests may fix the clock. */
export interface TriageDeps {
  readonly db: Db;
  readonly pool?: pg.Pool;
  readonly law: LawConfig;
  readonly workCalendar: WorkCalendar;
  readonly now: () => Date;
}

export function triageDeps(deps: {
  db: Db;
  pool?: pg.Pool;
  config: { law: LawConfig };
  now?: () => Date;
}): TriageDeps {
  return {
    db: deps.db,
    ...(deps.pool ? { pool: deps.pool } : {}),
    law: deps.config.law,
    workCalendar: kazakhstanWorkCalendar(DEFAULT_DAY_TRANSFERS),
    now: deps.now ?? (() => new Date()),
  };
}

/** One official works on a report at a time; the hold lapses after this long unless renewed (R6). */
export const LOCK_MINUTES = 15;
