// Where a user whose session expired was working, so that the login screen says why it is shown and
// the next login returns there (R11 "forms that help"). Kept in sessionStorage: one tab, gone with it.

/** The part of Storage used here (sessionStorage in the browser, a map in tests). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const KEY = "aldyn.sessionExpired";

/**
 * A path of this app to return to: same origin only ("/persons?q=1"), never another site ("//x",
 * "https://x", "/\\x") — the stored value is only ever one the app wrote, but a return path is checked
 * where it is used.
 */
export function safeReturnPath(path: unknown): string | null {
  if (typeof path !== "string" || !path.startsWith("/") || path.startsWith("//")) return null;
  if (path.includes("\\") || [...path].some((c) => c.charCodeAt(0) < 0x20)) return null;
  return path;
}

/** Remembers that the session expired on the page at `path` (path and search of the address). */
export function rememberExpiry(store: KeyValueStore, path: string): void {
  const safe = safeReturnPath(path);
  try {
    store.setItem(KEY, safe ?? "/");
  } catch {
    // storage disabled: the login screen then shows without the notice
  }
}

/** Whether the login screen is shown because the session expired (not a first visit or a logout). */
export function sessionExpired(store: KeyValueStore): boolean {
  try {
    return store.getItem(KEY) !== null;
  } catch {
    return false;
  }
}

/** The page to return to after logging in again, forgotten once read; null when none. */
export function takeReturnPath(store: KeyValueStore): string | null {
  try {
    const path = safeReturnPath(store.getItem(KEY));
    store.removeItem(KEY);
    return path;
  } catch {
    return null;
  }
}

/** Forgets the expiry (the user logged out on purpose). */
export function forgetExpiry(store: KeyValueStore): void {
  try {
    store.removeItem(KEY);
  } catch {
    // nothing stored
  }
}

/** The browser's sessionStorage, or none (storage disabled, or tests in node). */
export function browserStore(): KeyValueStore | null {
  try {
    return typeof sessionStorage === "undefined" ? null : sessionStorage;
  } catch {
    return null;
  }
}
