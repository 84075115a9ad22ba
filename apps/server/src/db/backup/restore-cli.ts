// `npm run db:restore -- DIR [--into NAME] [--replace]`: loads a backup folder (docs/backups.md).
import { parseArgs } from "node:util";
import { cliDatabase, reportFailure } from "./cli-database.ts";
import { BackupError } from "./manifest.ts";
import { installAnchors, restoreDatabase } from "./restore.ts";

const { values, positionals } = parseArgs({
  options: { into: { type: "string" }, replace: { type: "boolean", default: false } },
  allowPositionals: true,
});
if (positionals.length !== 1) {
  process.stderr.write("usage: npm run db:restore -- BACKUP_DIR [--into DATABASE] [--replace]\n");
  process.exit(2);
}
const target = await cliDatabase();
const database = values.into ?? target.database;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
let code = 0;
try {
  if (values.replace && target.serverRunning && database === target.database) {
    throw new BackupError(
      "backup.target_in_use",
      `The server running on ${target.dataDir} uses ${database}: stop it before replacing its database.`,
    );
  }
  const r = await restoreDatabase({
    from: positionals[0]!,
    serverUrl: target.serverUrl,
    database,
    replace: values.replace,
    anchorKeyFile: target.anchors.keyFile,
    log: (l) => console.log(l),
  });
  console.log(
    `restored into ${r.database}: ${r.manifest.tables.length} tables, ${r.rows} rows` +
      `${r.newerMigrations.length ? `, then this code's newer migrations ${r.newerMigrations.join(", ")}` : ""}; ` +
      `audit chain intact (${r.auditRowsChecked} rows checked), in ${(r.elapsedMs / 1000).toFixed(1)} s ` +
      `(schema ${s(r.timings.schema)}, rows ${s(r.timings.rows)}, newer migrations ${s(r.timings.newer)}, chain ${s(r.timings.verify)}).`,
  );
  const anchors = r.manifest.anchors;
  if (!anchors) console.log("audit anchors: none in the backup.");
  else if (r.anchorsChecked === null)
    console.log(
      `audit anchors: not checked, no key at ${target.anchors.keyFile} (it is backed up separately: put it back, then run npm run audit:verify).`,
    );
  else console.log(`audit anchors: ${r.anchorsChecked} of the backup right on the restored chain.`);
  if (anchors && database === target.database) {
    const kept = installAnchors(positionals[0]!, target.anchors.anchorsFile);
    console.log(
      `audit anchors: the backup's (${anchors.lines}) are now in ${target.anchors.anchorsFile}` +
        `${kept ? `; the file there before is kept as ${kept}` : ""}.`,
    );
  } else if (anchors) {
    console.log("audit anchors: left in the backup folder (restored into another database).");
  }
  console.log("Run `npm run audit:verify` to check the chain against the anchors.");
} catch (e) {
  code = reportFailure("db:restore", e);
} finally {
  await target.close();
}
process.exit(code);
