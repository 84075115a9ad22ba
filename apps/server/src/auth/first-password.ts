import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Writes a generated first password where only the server's own account can read it (0600): into a
 * fresh file renamed over any older one, so a file left from an earlier start with wider rights
 * never keeps them (R11).
 */
export function writeOwnerOnly(file: string, secret: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const fresh = `${file}.${process.pid}.new`;
  writeFileSync(fresh, secret, { mode: 0o600, flag: "wx" });
  renameSync(fresh, file);
}

/**
 * What the log says about the first administrator outside demo mode: where the password is, never
 * the password itself — logs are collected and kept by others (R11; nothing secret in logs).
 */
export function firstAdminNotice(file: string): string {
  return `\nFirst administrator: admin — the first password is in ${file} (readable by this account only); change it at first login, then delete the file.`;
}
