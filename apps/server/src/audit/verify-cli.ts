// `npm run audit:verify`: seals pending rows, checks the whole chain, then every anchor written outside
// the database (anchors.ts); exit 1 names the first broken link or the first anchor that fails.
import { connect, withDatabase } from "../db/pool.ts";
import { resolveDatabase } from "../db/database-url.ts";
import { sealAudit, verifyAuditChain } from "./chain.ts";
import { anchorFilesOf, verifyAnchors } from "./anchors.ts";

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
  // The chain can be recomputed by whoever may write the table; the anchors cannot without the key.
  const files = anchorFilesOf(process.env);
  const a = await verifyAnchors(h.db, files);
  if (!a.ok) {
    const b = a.firstBroken!;
    console.error(
      `audit anchor FAILS at ${files.anchorsFile} line ${b.line}` +
        `${b.seq === null ? "" : ` (row ${b.seq}, anchored ${b.at})`}: ${b.reason} (${a.checked} anchors right before it)`,
    );
    code = 1;
  } else if (a.last) {
    console.log(`audit anchors right: ${a.checked} checked, the last at row ${a.last.seq} (${a.last.at})`);
  } else {
    console.log(`audit anchors: none in ${files.anchorsFile} yet (the server writes them)`);
  }
} finally {
  await h.close();
  await embedded?.stop();
}
process.exit(code);
