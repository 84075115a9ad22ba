// `npm run db:backup [-- --out DIR]`: a backup folder of the database (docs/backups.md).
import path from "node:path";
import { parseArgs } from "node:util";
import { withDatabase } from "../pool.ts";
import { backupDatabase } from "./backup.ts";
import { cliDatabase, reportFailure } from "./cli-database.ts";

const { values } = parseArgs({ options: { out: { type: "string" } }, allowPositionals: false });
const target = await cliDatabase();
const stamp = new Date()
  .toISOString()
  .replace(/[-:]/g, "")
  .replace(/\.\d+Z$/, "Z");
const out = path.resolve(values.out ?? path.join(target.dataDir, "backups", `aldyn-${stamp}`));
let code = 0;
try {
  const url = target.kind === "embedded" ? withDatabase(target.serverUrl, target.database) : target.serverUrl;
  const m = await backupDatabase({
    url,
    outDir: out,
    kind: target.kind,
    anchorsFile: target.anchors.anchorsFile,
  });
  const rows = m.tables.reduce((s, t) => s + t.rows, 0);
  console.log(
    `backup written: ${out} — ${m.tables.length} tables, ${rows} rows, ${(m.totalBytes / 1048576).toFixed(1)} MiB, ` +
      `audit chain head ${m.auditHead ? `#${m.auditHead.seq}` : "empty"}, ` +
      `${m.anchors ? `${m.anchors.lines} audit anchors` : "no audit anchors file"}, in ${(m.elapsedMs / 1000).toFixed(1)} s. ` +
      `The anchor key (${target.anchors.keyFile}) is not in it: back it up separately.`,
  );
} catch (e) {
  code = reportFailure("db:backup", e);
} finally {
  await target.close();
}
process.exit(code);
