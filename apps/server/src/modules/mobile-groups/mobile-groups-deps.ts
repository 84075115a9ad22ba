import type pg from "pg";
import { DEFAULT_DAY_TRANSFERS, kazakhstanWorkCalendar, type LawConfig, type WorkCalendar } from "@aldyn/law";
import type { Db } from "../../db/pool.ts";

/**
 * What the mobile groups' use cases need, passed explicitly (no singletons): the database, the law's
 * configuration, the working calendar (a hand-off's clock) and the clock (tests may fix it).
 */
export interface MobileGroupDeps {
  readonly db: Db;
  readonly pool?: pg.Pool;
  readonly law: LawConfig;
  readonly workCalendar: WorkCalendar;
  readonly now: () => Date;
}

export function mobileGroupDeps(deps: {
  db: Db;
  pool?: pg.Pool;
  config: { law: LawConfig };
  now?: () => Date;
}): MobileGroupDeps {
  return {
    db: deps.db,
    ...(deps.pool ? { pool: deps.pool } : {}),
    law: deps.config.law,
    workCalendar: kazakhstanWorkCalendar(DEFAULT_DAY_TRANSFERS),
    now: deps.now ?? (() => new Date()),
  };
}
