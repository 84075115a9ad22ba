import type pg from "pg";
import type { Transaction } from "kysely";
import {
  DEFAULT_DAY_TRANSFERS,
  DEFAULT_HANDOFF_CLOCK_CONFIG,
  kazakhstanWorkCalendar,
  type HandoffClockConfig,
  type WorkCalendar,
} from "@aldyn/law";
import type { HandoffRecordType } from "@aldyn/contract";
import type { Db } from "../../db/pool.ts";
import type { Database } from "../../db/schema.ts";
import type { ActCtx } from "../preventive-measures/measure-deps.ts";

/** A connection or the caller's open transaction: hand-offs are written inside the sending record's. */
export type Executor = Db | Transaction<Database>;

/**
 * What a record type may do when one of its hand-offs changes. The citizen report publishes a
 * receiving body's answer to the reporter (001 Art. 6(4)): its module passes its hooks to
 * handoffRoutes (http/app.ts). Called inside the hand-off's transaction, after the fact is written;
 * a throw rolls both back.
 */
export interface HandoffRecordHooks {
  onAnswered?(
    trx: Transaction<Database>,
    handoff: { readonly id: string; readonly recordId: string; readonly receiverBodyId: string },
    answer: { readonly outcome: string; readonly answerForReporter?: string },
    actor: ActCtx,
  ): Promise<void>;
}

export type HandoffHooksByRecordType = Readonly<Partial<Record<HandoffRecordType, HandoffRecordHooks>>>;

/** What sending needs: the calendar for the clocks (R11.4) and the deployment's reading of "immediately". */
export interface SendDeps {
  readonly workCalendar: WorkCalendar;
  readonly clockConfig?: HandoffClockConfig;
}

/** What the hand-off use cases need, passed explicitly (no singletons). */
export interface HandoffDeps extends SendDeps {
  readonly db: Db;
  /** Lists run their statements on it; without it, on `db`. */
  readonly pool?: pg.Pool;
  readonly now: () => Date;
  readonly hooks: HandoffHooksByRecordType;
}

export function handoffDeps(deps: {
  db: Db;
  pool?: pg.Pool;
  now?: () => Date;
  hooks?: HandoffHooksByRecordType;
  workCalendar?: WorkCalendar;
}): HandoffDeps {
  return {
    db: deps.db,
    ...(deps.pool ? { pool: deps.pool } : {}),
    workCalendar: deps.workCalendar ?? kazakhstanWorkCalendar(DEFAULT_DAY_TRANSFERS),
    clockConfig: DEFAULT_HANDOFF_CLOCK_CONFIG,
    now: deps.now ?? (() => new Date()),
    hooks: deps.hooks ?? {},
  };
}
