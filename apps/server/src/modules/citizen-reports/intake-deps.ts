import { DEFAULT_DAY_TRANSFERS, kazakhstanWorkCalendar, type LawConfig, type WorkCalendar } from "@aldyn/law";
import type { CitizenReportsConfig } from "../../config.ts";
import type { Db } from "../../db/pool.ts";
import { AttachmentStore } from "../documents/attachments/attachment-store.ts";

/**
 * What the intake of reports needs, passed explicitly (no singletons): the database, the law's
 * configuration and working calendar (the answer's term), the clock (tests may fix it), where files
 * are kept, and the channels' settings (config.ts CitizenReportsConfig).
 */
export interface IntakeDeps {
  readonly db: Db;
  readonly law: LawConfig;
  readonly workCalendar: WorkCalendar;
  readonly now: () => Date;
  readonly store: AttachmentStore;
  readonly settings: CitizenReportsConfig;
}

export function intakeDeps(deps: {
  db: Db;
  config: { law: LawConfig; dataDir: string; citizenReports: CitizenReportsConfig };
  now?: () => Date;
}): IntakeDeps {
  return {
    db: deps.db,
    law: deps.config.law,
    workCalendar: kazakhstanWorkCalendar(DEFAULT_DAY_TRANSFERS),
    now: deps.now ?? (() => new Date()),
    store: new AttachmentStore(deps.config.dataDir),
    settings: deps.config.citizenReports,
  };
}
