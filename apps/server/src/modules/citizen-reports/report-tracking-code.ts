import { createHash, randomBytes } from "node:crypto";

/** Crockford's base32: no I, L, O or U, so a code read out or copied by hand is not misread. */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/** 16 random bytes = 128 bits, written in 26 characters (the last carries 3 bits, 2 of them padding zero). */
const CODE_BYTES = 16;
const CODE_LENGTH = 26;

function base32(bytes: Buffer): string {
  let out = "";
  let bits = 0;
  let value = 0;
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

/** XXXXX-XXXXX-XXXXX-XXXXX-XXXXXX: groups a person can read out and compare. */
function grouped(code: string): string {
  return [0, 5, 10, 15].map((i) => code.slice(i, i + 5)).join("-") + "-" + code.slice(20);
}

export interface TrackingCode {
  /** Shown to the reporter once (the page, the operator, the bot's reply); never stored. */
  readonly code: string;
  /** What the database keeps (citizen_report.tracking_code_hash). */
  readonly hash: string;
}

/**
 * A new tracking code: 128 bits from the operating system's random source, so it cannot be guessed
 * or enumerated (R6: the public page reads only its own report). Only its sha-256 is stored; a plain
 * hash is enough because the code itself carries 128 bits, not a password's few.
 */
export function newTrackingCode(): TrackingCode {
  const code = base32(randomBytes(CODE_BYTES));
  return { code: grouped(code), hash: trackingCodeHash(code) };
}

/**
 * The code as typed back in canonical form, or null when it cannot be one: case, dashes and spaces
 * ignored, I and L read as 1 and O as 0 (Crockford's rules).
 */
export function normalizeTrackingCode(input: string): string | null {
  const s = input.toUpperCase().replace(/[\s-]/g, "").replace(/[IL]/g, "1").replace(/O/g, "0");
  if (s.length !== CODE_LENGTH) return null;
  for (const ch of s) if (!ALPHABET.includes(ch)) return null;
  return s;
}

/** sha-256 (hex) of a canonical code; a code given in groups is hashed as its canonical form. */
export function trackingCodeHash(code: string): string {
  return createHash("sha256")
    .update(normalizeTrackingCode(code) ?? code)
    .digest("hex");
}
