import { readFileSync } from "node:fs";
import { hash, verify } from "@node-rs/argon2";
import { AppError } from "../errors/app-error.ts";

// argon2id with the OWASP-recommended minimum (19 MiB, 2 passes, 1 lane).
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export async function hashPassword(password: string): Promise<string> {
  return await hash(password, OPTIONS);
}

export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  if (!stored) return false;
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** A hash to verify against when the user does not exist, so timing does not reveal usernames. */
let dummy: Promise<string> | null = null;
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword("not-a-real-password-0");
  return dummy;
}

/** Why the password policy refuses a password: a stable error code each (contract errors.ts). */
export type PasswordProblem =
  | "auth.password_too_short"
  | "auth.password_repeated"
  | "auth.password_contains_username"
  | "auth.password_common"
  | "auth.password_too_simple";

const MESSAGES: Record<PasswordProblem, string> = {
  "auth.password_too_short": "The password must be at least 12 characters long.",
  "auth.password_repeated": "The password must not be one character, or a short group, repeated.",
  "auth.password_contains_username": "The password must not contain the username.",
  "auth.password_common":
    "This password is built on a well-known password or pattern (a common word, name, keyboard walk or digit run).",
  "auth.password_too_simple": "Use at least three of: lowercase letters, uppercase letters, digits, symbols.",
};

export const MIN_PASSWORD_LENGTH = 12;

let common: ReadonlySet<string> | null = null;
/** The shipped list (common-passwords.txt, made by common-passwords.generate.ts), read once. */
function commonPasswords(): ReadonlySet<string> {
  common ??= new Set(
    readFileSync(new URL("./common-passwords.txt", import.meta.url), "utf8")
      .split("\n")
      .filter(Boolean),
  );
  return common;
}

// Letters people swap in for look-alikes (p@ssw0rd); "1" is tried both as i and as l.
const LEET: Record<string, string> = {
  "0": "o",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "8": "b",
  "@": "a",
  $: "s",
  "!": "i",
  "|": "l",
  "+": "t",
};
const unleet = (s: string, one: "i" | "l") => [...s].map((c) => (c === "1" ? one : (LEET[c] ?? c))).join("");
/** Without leading and trailing digits and symbols: the word a "Password2026!" is built on. */
const core = (s: string) => s.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
const trimSymbols = (s: string) => s.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
const lettersOnly = (s: string) => s.replace(/[^\p{L}]/gu, "");

/**
 * The forms of a password looked up in the list: as typed (lower case), with look-alikes undone,
 * with the number and symbols trimmed off its ends, with its separators dropped; and, when it has
 * at most three letters ("Aa123456789!"), its digits and symbols alone.
 */
function lookupForms(password: string): Set<string> {
  const s = password.normalize("NFKC").toLowerCase();
  const forms = new Set<string>();
  for (const b of [s, unleet(s, "i"), unleet(s, "l")])
    for (const f of [b, trimSymbols(b), core(b), lettersOnly(b)]) forms.add(f);
  for (const f of [core(s), trimSymbols(s)]) forms.add(unleet(f, "i")).add(unleet(f, "l"));
  if (lettersOnly(s).length <= 3) {
    const rest = s.replace(/\p{L}/gu, "");
    forms.add(rest).add(trimSymbols(rest));
  }
  forms.delete("");
  return forms;
}

/** The username and its parts (john.smith: john, smith) a password must not contain. */
function usernameParts(username: string): string[] {
  const u = username.normalize("NFKC").toLowerCase().trim();
  const parts = u.split(/[._\-@\s]+/).filter((p) => p.length >= 4);
  return [...new Set([...(u.length >= 3 ? [u] : []), ...parts])];
}

/**
 * The password policy (R11): at least 12 characters; not one character or a short group repeated;
 * not containing the username; not built on a well-known password or pattern from the shipped list
 * (common-passwords.txt); and three of the four classes (lower, upper, digit, other). Returns the
 * first problem's code, or null when the password is acceptable.
 */
export function passwordProblem(password: string, username: string): PasswordProblem | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) return "auth.password_too_short";
  const lower = password.normalize("NFKC").toLowerCase();
  if (/^(.{1,4})\1+$/su.test(lower)) return "auth.password_repeated";
  const plain = unleet(lower, "i");
  if (usernameParts(username).some((p) => lower.includes(p) || plain.includes(p)))
    return "auth.password_contains_username";
  const list = commonPasswords();
  for (const form of lookupForms(password)) if (list.has(form)) return "auth.password_common";
  const classes = [/[a-zа-яәғқңөұүһі]/u, /[A-ZА-ЯӘҒҚҢӨҰҮҺІ]/u, /\d/, /[^\p{L}\d]/u].filter((re) =>
    re.test(password),
  );
  if (classes.length < 3) return "auth.password_too_simple";
  return null;
}

/** Refuses a password the policy does not accept: 422 with the problem's code, on `field`. */
export function assertPasswordPolicy(password: string, username: string, field: string): void {
  const problem = passwordProblem(password, username);
  if (problem) throw new AppError(problem, MESSAGES[problem], { field });
}
