// `npm run audit:verify`: seals pending rows, then checks the whole chain; exit 1 names the first broken link.
import { connect, withDatabase } from "../db/pool.ts";
import { resolveDatabase } from "../db/database-url.ts";
import { sealAudit, verifyAuditChain } from "./chain.ts";

const { url, embedded } = await resolveDatabase({
  databaseUrl: process.env.DATABASE_URL,
  dataDir: process.env.DATA_DIR ?? "data",
  log: () => {},
  attach: true,
});
const h = connect(process.env.DATABASE_URL ? url : withDatabase(url, "aldyn"), 2);
let code = 0;
try {
  await sealAudit(h.db);
  const v = await verifyAuditChain(h.db);
  if (v.ok) console.log(`audit chain intact: ${v.checked} rows checked`);
  else {
    console.error(
      `audit chain BROKEN at row ${v.firstBroken?.seq}: ${v.firstBroken?.reason} (${v.checked} rows checked)`,
    );
    code = 1;
  }
} finally {
  await h.close();
  await embedded?.stop();
}
process.exit(code);
