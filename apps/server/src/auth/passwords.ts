import { hash, verify } from "@node-rs/argon2";

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

const COMMON = new Set([
  "password",
  "qwerty",
  "123456",
  "admin",
  "letmein",
  "welcome",
  "aldyn",
  "kazakhstan",
]);

/**
 * Password policy: at least 12 characters and three of the four classes (lower, upper, digit, other);
 * not the username and not built on a well-known password. Returns the reason or null.
 */
export function passwordPolicyProblem(password: string, username: string): string | null {
  if (password.length < 12) return "The password must be at least 12 characters long.";
  const classes = [/[a-zа-яәғқңөұүһі]/u, /[A-ZА-ЯӘҒҚҢӨҰҮҺІ]/u, /\d/, /[^\p{L}\d]/u].filter((re) =>
    re.test(password),
  );
  if (classes.length < 3)
    return "Use at least three of: lowercase letters, uppercase letters, digits, symbols.";
  const lower = password.toLowerCase();
  if (username && lower.includes(username.toLowerCase()))
    return "The password must not contain the username.";
  for (const c of COMMON)
    if (lower.startsWith(c) && lower.length - c.length < 6) return "This password is too common.";
  return null;
}
