import { describe, expect, it } from "vitest";
import en from "./en.json";

// Every catalog key written literally in the app's source (t("users.title"), labelKey:
// "nav.users", a key chosen by a ternary) must exist, so a typo shows up here, not as a raw key on
// screen. Keys built at run time (`role.${id}`) are covered by the catalog test's contract check.
const sources = import.meta.glob<string>(["../**/*.{ts,tsx}", "!../**/*.test.ts"], {
  query: "?raw",
  import: "default",
  eager: true,
});

function has(path: string): boolean {
  let node: unknown = en;
  for (const part of path.split(".")) {
    if (typeof node !== "object" || node === null || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string";
}

describe("catalog keys used in the source", () => {
  it("finds the source files", () => {
    expect(Object.keys(sources).length).toBeGreaterThan(20);
  });

  it("every literal key exists in the catalogs", () => {
    const namespaces = Object.keys(en).join("|");
    const literal = new RegExp(`["'\`]((?:${namespaces})\\.[A-Za-z0-9_.]+)["'\`]`, "g");
    const missing: string[] = [];
    for (const [file, text] of Object.entries(sources)) {
      for (const match of text.matchAll(literal)) {
        const key = match[1]!;
        if (!has(key)) missing.push(`${file}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
