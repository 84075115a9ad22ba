import path from "node:path";
import { runningInstanceUrl, startEmbeddedDatabase, type EmbeddedDatabase } from "./embedded.ts";

/**
 * The database the process works on: DATABASE_URL when set (any PostgreSQL >= 15), otherwise the
 * embedded cluster under DATA_DIR (default ./data).
 */
export async function resolveDatabase(env: {
  databaseUrl?: string | undefined;
  dataDir: string;
  log: (line: string) => void;
  /** Command-line tools: use the embedded cluster of a running server instead of starting one. */
  attach?: boolean;
}): Promise<{ url: string; embedded: EmbeddedDatabase | null }> {
  if (env.databaseUrl) return { url: env.databaseUrl, embedded: null };
  const running = env.attach ? runningInstanceUrl(path.resolve(env.dataDir)) : null;
  if (running) return { url: running, embedded: null };
  const embedded = await startEmbeddedDatabase({ dataDir: path.resolve(env.dataDir), log: env.log });
  return { url: embedded.url, embedded };
}
