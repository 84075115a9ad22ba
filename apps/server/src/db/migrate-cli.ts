// `npm run db:migrate`: applies pending migrations as the owner — DATABASE_OWNER_URL, else DATABASE_URL,
// else the embedded database (the running instance's if one runs) — and installs the job queue's schema.
import { withDatabase } from "./pool.ts";
import { migrateAsOwner } from "./open-database.ts";
import { resolveDatabase } from "./database-url.ts";
import { ensureDatabase } from "./ensure-database.ts";

const serverUrl = process.env.DATABASE_OWNER_URL || process.env.DATABASE_URL || undefined;
const { url, embedded } = await resolveDatabase({
  databaseUrl: serverUrl,
  dataDir: process.env.DATA_DIR ?? "data",
  log: () => {},
  attach: true,
});
try {
  const target = serverUrl ? url : withDatabase(url, "aldyn");
  if (!serverUrl) await ensureDatabase(url, "aldyn");
  const applied = await migrateAsOwner(target);
  console.log(applied.length ? `applied: ${applied.join(", ")}` : "database is up to date");
} finally {
  await embedded?.stop();
}
