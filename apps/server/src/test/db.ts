import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { ensureDatabase } from "../db/ensure-database.ts";
import { connect, withDatabase, type DbHandle } from "../db/pool.ts";
import { appUrlOf } from "../db/roles.ts";

export interface TestDatabase extends DbHandle {
  /** The application's connection: aldyn_app, as the server connects (migration 0020). */
  readonly url: string;
  /**
   * The owner's connection to the same database (the cluster's superuser, who ran the migrations), for
   * the few tests that need rights the application must not have: tampering, DDL, catalog checks.
   */
  readonly owner: DbHandle & { readonly url: string };
}

/** A fresh database for one test file, made from the migrated template (no mocks: real PostgreSQL). */
export async function testDatabase(): Promise<TestDatabase> {
  const admin = inject("pgAdminUrl");
  const template = inject("pgTemplate");
  // The run id sits in the name so the global teardown drops it.
  const name = `${template.replace("aldyn_tpl_", "aldyn_t_")}_${randomBytes(4).toString("hex")}`;
  await ensureDatabase(admin, name, template);
  const ownerUrl = withDatabase(admin, name);
  const url = appUrlOf(ownerUrl, inject("pgAppPassword"));
  const app = connect(url, 5);
  // Opens no connection until a test uses it.
  const owner = connect(ownerUrl, 2);
  return {
    ...app,
    url,
    owner: { ...owner, url: ownerUrl },
    async close() {
      await app.close();
      await owner.close();
    },
  };
}
