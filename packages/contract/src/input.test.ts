import { describe, expect, it } from "vitest";
import { z } from "zod";
import * as contract from "./index.ts";
import { FREE_FORM_LIMITS, freeFormProblem, invalidCharacter, jsonObject, line, text } from "./input.ts";

const issueCode = (r: { success: boolean; error?: z.ZodError }) =>
  r.error?.issues.map((i) => (i.code === "custom" ? (i.params as { code: string }).code : i.code));

describe("text() and line() (R11)", () => {
  it("refuse NUL, other control characters and unpaired surrogates with invalid_characters", () => {
    for (const bad of [
      "a\u0000b",
      "\u0001",
      "x\u001B[31m",
      "\u007F",
      "\u0085",
      "a\uD800",
      "\uDC00b",
      "\uDFFF\uD800",
    ]) {
      expect(issueCode(text().safeParse(bad)), JSON.stringify(bad)).toEqual(["invalid_characters"]);
      expect(issueCode(line().safeParse(bad)), JSON.stringify(bad)).toEqual(["invalid_characters"]);
    }
  });

  it("let free text keep tab, CR and LF; a single line refuses them", () => {
    expect(text().safeParse("one\ttwo\r\nthree").success).toBe(true);
    for (const ws of ["\t", "\n", "\r"]) expect(line().safeParse(`a${ws}b`).success).toBe(false);
  });

  it("accept Kazakh, Russian, emoji (a surrogate pair) and other printable Unicode", () => {
    for (const ok of [
      "Сейтқали Әйгерім",
      "Ұлттық № 5 «Құлагер»",
      "😀 ok",
      "naïve — “quoted”",
      "\u00A0nbsp",
    ]) {
      expect(text().safeParse(ok).success).toBe(true);
      expect(line().safeParse(ok).success).toBe(true);
    }
  });

  it("name the code point and the position, never the text", () => {
    expect(invalidCharacter("secret\u0000", false)).toBe(
      "contains a control character (U+0000) at position 6",
    );
    expect(invalidCharacter("ab\uD83D", true)).toBe("contains an unpaired surrogate (U+D83D) at position 2");
    expect(invalidCharacter("ok", true)).toBeNull();
  });

  it("keep the field's own rules after them", () => {
    const s = text().trim().min(1).max(5);
    expect(s.parse("  abc ")).toBe("abc");
    expect(issueCode(s.safeParse("abcdef"))).toEqual(["too_big"]);
  });
});

function nested(depth: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
}

describe("jsonObject(): a free-form object with caps", () => {
  const details = z.object({ details: jsonObject() });

  it("accepts what the law's kind details look like", () => {
    const ok = {
      victims: [{ fullName: "Сейтқали Әйгерім", address: "Астана\nул. Абая, 1" }],
      notes: null,
      n: 3,
    };
    expect(details.safeParse({ details: ok }).success).toBe(true);
    expect(details.safeParse({ details: nested(FREE_FORM_LIMITS.depth - 1) as object }).success).toBe(true);
  });

  it("refuses an object nested 10,000 deep at once, without recursion, naming the path", () => {
    const deep = JSON.parse('{"a":'.repeat(10_000) + "1" + "}".repeat(10_000)) as object;
    const r = details.safeParse({ details: deep });
    expect(issueCode(r)).toEqual(["too_deep"]);
    expect(r.error!.issues[0]!.path.join(".")).toBe("details.a.a.a.a.a.a.a.a");
    const arrays = JSON.parse('{"x":' + "[".repeat(10_000) + "]".repeat(10_000) + "}") as object;
    expect(issueCode(details.safeParse({ details: arrays }))).toEqual(["too_deep"]);
  });

  it("refuses too many values, too long a string, a bad character in a value or a key", () => {
    const many = Object.fromEntries(
      Array.from({ length: FREE_FORM_LIMITS.entries + 1 }, (_, i) => [`k${i}`, i]),
    );
    expect(issueCode(details.safeParse({ details: many }))).toEqual(["too_big"]);
    expect(
      issueCode(details.safeParse({ details: { list: Array(FREE_FORM_LIMITS.entries + 1).fill(0) } })),
    ).toEqual(["too_big"]);
    expect(
      issueCode(details.safeParse({ details: { s: "x".repeat(FREE_FORM_LIMITS.stringLength + 1) } })),
    ).toEqual(["too_big"]);
    const nul = details.safeParse({ details: { victims: [{ fullName: "a\u0000" }] } });
    expect(issueCode(nul)).toEqual(["invalid_characters"]);
    expect(nul.error!.issues[0]!.path.join(".")).toBe("details.victims.0.fullName");
    expect(issueCode(details.safeParse({ details: { "k\u0000": 1 } }))).toEqual(["invalid_characters"]);
    expect(issueCode(details.safeParse({ details: { ["k".repeat(101)]: 1 } }))).toEqual(["too_big"]);
    expect(issueCode(details.safeParse({ details: { s: "\uD800" } }))).toEqual(["invalid_characters"]);
  });

  it("walks a wide tree in one pass", () => {
    expect(freeFormProblem({ a: [1, 2, { b: "c" }], d: { e: { f: "g" } } })).toBeNull();
  });
});

// ---- every request schema of the contract refuses what the database cannot store ----

type Leaf = { path: string; schema: z.ZodType; kind: "string" | "record" };

/** The string and free-form leaves of a schema, by walking zod's definitions. */
function leaves(schema: z.ZodType, path: string, out: Leaf[] = [], seen = new Set<unknown>()): Leaf[] {
  if (seen.has(schema)) return out;
  seen.add(schema);
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
  const sub = (s: unknown, p: string) => leaves(s as z.ZodType, p, out, seen);
  switch (def.type) {
    case "string":
      out.push({ path, schema, kind: "string" });
      break;
    case "record":
      out.push({ path, schema, kind: "record" });
      break;
    case "object":
      for (const [k, v] of Object.entries(def.shape as Record<string, unknown>)) sub(v, `${path}.${k}`);
      break;
    case "array":
      sub(def.element, `${path}[]`);
      break;
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "readonly":
    case "catch":
    case "nonoptional":
      sub(def.innerType, path);
      break;
    case "pipe":
      sub(def.in, path);
      break;
    case "union":
      (def.options as unknown[]).forEach((o, i) => sub(o, `${path}|${i}`));
      break;
    case "intersection":
      sub(def.left, path);
      sub(def.right, path);
      break;
    case "lazy":
      sub((def.getter as () => unknown)(), path);
      break;
  }
  return out;
}

/** The request schemas: bodies, query strings and path parameters, by the contract's naming. */
const REQUEST =
  /(Create|Update|Query|QueryInput|Request|Reset|Decision|Issue|Approve|Submit|Answer|Add|Transfer|Publication|End|Revoke|Params|Input)$/;
const requestSchemas = Object.entries(contract).filter(
  ([name, v]) => REQUEST.test(name) && v instanceof z.ZodType,
) as [string, z.ZodType][];

describe("every request schema (R11)", () => {
  it("are found by name", () => {
    const names = requestSchemas.map(([n]) => n);
    expect(names).toEqual(
      expect.arrayContaining(["PersonCreate", "MeasureCreate", "NpmVisitCreate", "LoginRequest"]),
    );
    expect(names).toEqual(expect.arrayContaining(["PersonSearchQuery", "AuditQuery", "NpmInstitutionQuery"]));
  });

  it.each(requestSchemas)(
    "%s: every string refuses NUL and unpaired surrogates, every free-form object is capped",
    (_, s) => {
      const weak: string[] = [];
      for (const leaf of leaves(s, "")) {
        if (leaf.kind === "string") {
          for (const bad of ["a\u0000b", "a\uD800b", "\u001Fx"]) {
            if (leaf.schema.safeParse(bad).success) weak.push(`${leaf.path} takes ${JSON.stringify(bad)}`);
          }
        } else if (
          leaf.schema.safeParse(nested(10_000)).success ||
          leaf.schema.safeParse({ k: "\u0000" }).success
        ) {
          weak.push(`${leaf.path} is an uncapped free-form object`);
        }
      }
      // A string of a request is a text() or a line() of input.ts (or a uuid, a date, an enum…); a
      // free-form object is a jsonObject().
      expect(weak, "use text(), line() or jsonObject() of input.ts").toEqual([]);
    },
  );
});
