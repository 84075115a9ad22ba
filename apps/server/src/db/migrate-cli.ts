// `npm run db:migrate`: applies pending migrations to DATABASE_URL or the embedded database.
import { connect, withDatabase } from "./pool.ts";
import { migrate } from "./migrate.ts";
import { resolveDatabase } from "./database-url.ts";
import { ensureDatabase } from "./ensure-database.ts";

const { url, embedded } = await resolveDatabase({
  databaseUrl: process.env.DATABASE_URL,
  dataDir: process.env.DATA_DIR ?? "data",
  log: () => {},
  attach: true,
});
const target = process.env.DATABASE_URL ? url : withDatabase(url, "aldyn");
if (!process.env.DATABASE_URL) await ensureDatabase(url, "aldyn");
const h = connect(target, 2);
try {
  const applied = await migrate(h.pool);
  console.log(applied.length ? `applied: ${applied.join(", ")}` : "database is up to date");
} finally {
  await h.close();
  await embedded?.stop();
}
