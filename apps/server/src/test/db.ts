import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { ensureDatabase } from "../db/ensure-database.ts";
import { connect, withDatabase, type DbHandle } from "../db/pool.ts";

export interface TestDatabase extends DbHandle {
  readonly url: string;
}

/** A fresh database for one test file, made from the migrated template (no mocks: real PostgreSQL). */
export async function testDatabase(): Promise<TestDatabase> {
  const admin = inject("pgAdminUrl");
  const template = inject("pgTemplate");
  // The run id sits in the name so the global teardown drops it.
  const name = `${template.replace("aldyn_tpl_", "aldyn_t_")}_${randomBytes(4).toString("hex")}`;
  await ensureDatabase(admin, name, template);
  const url = withDatabase(admin, name);
  return { ...connect(url, 5), url };
}
