import fc from "fast-check";

// Valid-shaped request bodies made from the OpenAPI document's JSON Schemas, the places in them where
// the bad-input property test puts bad input, and the bad bodies (bad-input.property.test.ts). Only
// what the contract's schemas produce is handled (OpenAPI 3.0: $ref, anyOf, enum, formats, bounds).

export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: boolean | number;
  minItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  default?: unknown;
  nullable?: boolean;
};

export type Path = (string | number)[];

/** A place in a sample body: what the schema allows there, and whether it is free-form content. */
export interface Position {
  readonly path: Path;
  readonly types: ReadonlySet<string>;
  /** Inside a free-form object (`additionalProperties: {}`): any JSON is allowed there. */
  readonly free: boolean;
  /** The free-form object itself. */
  readonly record: boolean;
}

export class Schemas {
  constructor(
    private readonly components: Record<string, JsonSchema>,
    /** A real id for a uuid field of this name (personId → a person), else null. */
    private readonly idFor: (field: string) => string | null,
  ) {}

  resolve(s: JsonSchema): JsonSchema {
    let out = s;
    for (let i = 0; out.$ref && i < 20; i++) out = this.components[out.$ref.split("/").pop()!] ?? {};
    return out;
  }

  /** The JSON types a schema admits (a union of its branches). */
  types(s: JsonSchema): Set<string> {
    const r = this.resolve(s);
    const branches = r.anyOf ?? r.oneOf;
    if (branches) return new Set(branches.flatMap((b) => [...this.types(b)]));
    const t = r.type ?? (r.properties ? "object" : r.items ? "array" : r.enum ? typeof r.enum[0] : "any");
    const list = Array.isArray(t) ? t : [t];
    const out = new Set(list.map((x) => (x === "integer" ? "number" : x)));
    if (r.nullable) out.add("null");
    return out;
  }

  /** A value of the schema's shape, with every optional property present (more strings to spoil). */
  sample(s: JsonSchema, field = ""): unknown {
    const r = this.resolve(s);
    const branches = r.anyOf ?? r.oneOf;
    if (branches) {
      const notNull = branches.find((b) => !this.types(b).has("null") || this.types(b).size > 1);
      return this.sample(notNull ?? branches[0]!, field);
    }
    if (r.enum) return r.enum[0];
    if (r.const !== undefined) return r.const;
    const type = Array.isArray(r.type) ? r.type.find((t) => t !== "null") : r.type;
    switch (type ?? (r.properties ? "object" : r.items ? "array" : "string")) {
      case "string":
        return this.sampleString(r, field);
      case "integer":
      case "number":
        return sampleNumber(r);
      case "boolean":
        return true;
      case "null":
        return null;
      case "array":
        return Array.from({ length: Math.max(1, r.minItems ?? 0) }, () =>
          this.sample(r.items ?? {}, singular(field)),
        );
      default: {
        if (!r.properties) return { note: "Тест" }; // a free-form object
        const out: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(r.properties)) out[k] = this.sample(v, k);
        return out;
      }
    }
  }

  private sampleString(r: JsonSchema, field: string): string {
    if (r.format === "uuid") return this.idFor(field) ?? crypto.randomUUID();
    if (r.format === "date") return "2026-03-10";
    if (r.format === "date-time") return "2026-03-10T10:00:00+05:00";
    const candidates = ["Тест", "Test", "2026-03-10", "KAZ", "ABA", "123456789012", "test.user", "x"];
    let s = "Тест мәтін";
    if (r.pattern) {
      const re = new RegExp(r.pattern, "u");
      s = candidates.find((c) => re.test(c)) ?? "x";
    }
    while (s.length < (r.minLength ?? 0)) s += "x";
    return s.slice(0, r.maxLength ?? s.length);
  }

  /** Every position of a sample: itself, its properties and elements, down to the leaves. */
  positions(s: JsonSchema, value: unknown, path: Path = [], free = false): Position[] {
    const r = this.resolve(s);
    const record = !free && isObject(value) && !r.properties && !(r.anyOf ?? r.oneOf);
    const here: Position = { path, types: free ? new Set(["any"]) : this.types(r), free, record };
    const out: Position[] = [here];
    const branch = (r.anyOf ?? r.oneOf)?.find((b) => this.types(b).has(jsonType(value)));
    if (branch) return [here, ...this.positions(branch, value, path, free).slice(1)];
    if (Array.isArray(value)) {
      value.forEach((v, i) => out.push(...this.positions(r.items ?? {}, v, [...path, i], free)));
    } else if (isObject(value)) {
      for (const [k, v] of Object.entries(value)) {
        out.push(...this.positions(r.properties?.[k] ?? {}, v, [...path, k], free || record));
      }
    }
    return out;
  }
}

function sampleNumber(r: JsonSchema): number {
  const min = r.minimum ?? 0;
  const low =
    r.exclusiveMinimum === true
      ? min + 1
      : typeof r.exclusiveMinimum === "number"
        ? r.exclusiveMinimum + 1
        : min;
  const v = Math.max(low, 1);
  return r.maximum !== undefined ? Math.min(v, r.maximum) : v;
}

const singular = (field: string) => field.replace(/Ids$/, "Id");

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

export function jsonType(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  return typeof v;
}

/** A copy of `root` with the value at `path` replaced (the root itself when the path is empty). */
export function setAt(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
  return copy;
}

/** Where a validation error about `path` of the body is reported. */
export const fieldOf = (path: Path) => ["body", ...path].join(".");

/** A JSON text with raw JSON text (too deep or too large to build as a value) at `path`. */
export function withRawAt(root: unknown, path: Path, raw: string): string {
  const MARK = "__bad_input_mark__";
  return JSON.stringify(setAt(root, path, MARK)).replace(JSON.stringify(MARK), () => raw);
}

// ---- bad bodies ----

/** A bad body: what was spoiled, the JSON text, and the field a 400 must name (when it must). */
export type Bad = { kind: string; payload: string; field?: string };

const BAD_CHARS = ["\uDFFF", "\uDBFF", "\u0001", "\u0008", "\u001B", "\u007F", "\u0085", "\u009F"];
const DEEP = 10_000;
export const deepObject = '{"a":'.repeat(DEEP) + "1" + "}".repeat(DEEP);
export const deepArray = "[".repeat(DEEP) + "]".repeat(DEEP);
const WRONG: Record<string, unknown> = {
  string: "text",
  number: 42,
  boolean: true,
  array: [],
  object: {},
  null: null,
};
const EXTREME_NUMBERS = [9007199254740991, -9007199254740991, 1e308, -1e308];
const IMPOSSIBLE_DATES = [
  "0000-01-01",
  "2026-02-30",
  "2026-13-01",
  "9999-12-31",
  "0000-01-01T00:00:00+05:00",
  "9999-12-31T23:59:59+05:00",
];

/**
 * NUL and a lone surrogate in every string of a valid-shaped body, one at a time, and in a value and
 * a key of every free-form object: each must be a 400 naming that field.
 */
export function everyString(schemas: Schemas, schema: JsonSchema): Bad[] {
  const sample = schemas.sample(schema);
  const out: Bad[] = [];
  for (const p of schemas.positions(schema, sample)) {
    const s = valueAt(sample, p);
    for (const c of ["\u0000", "\uD800"]) {
      const kind = `${JSON.stringify(c)} in ${fieldOf(p.path)}`;
      if (typeof s === "string") {
        const payload = JSON.stringify(setAt(sample, p.path, `${s.slice(0, 1)}${c}${s.slice(1)}`));
        out.push({ kind, payload, field: fieldOf(p.path) });
      }
      if (p.record) {
        const value = JSON.stringify(setAt(sample, p.path, { note: `a${c}` }));
        const key = JSON.stringify(setAt(sample, p.path, { [`k${c}`]: 1 }));
        out.push({ kind: `${kind} value`, payload: value, field: fieldOf(p.path) });
        out.push({ kind: `${kind} key`, payload: key, field: fieldOf(p.path) });
      }
    }
  }
  return out;
}

/** Any other way a body can be bad, drawn at random. */
export function badBodies(schemas: Schemas, schema: JsonSchema): fc.Arbitrary<Bad> {
  const sample = schemas.sample(schema);
  const all = schemas.positions(schema, sample);
  const strings = all.filter((p) => typeof valueAt(sample, p) === "string");
  const records = all.filter((p) => p.record);
  const typed = all.filter((p) => !p.free && !p.types.has("any"));
  const numbers = typed.filter((p) => typeof valueAt(sample, p) === "number");
  const dates = typed.filter((p) => /^\d{4}-\d\d-\d\d/.test(String(valueAt(sample, p))));
  const arrays = typed.filter((p) => Array.isArray(valueAt(sample, p)));
  const required = new Set(schemas.resolve(schema).required ?? []);
  const json = (v: unknown) => JSON.stringify(v);

  const arbs: fc.Arbitrary<Bad>[] = [];
  if (strings.length) {
    arbs.push(
      fc.tuple(fc.constantFrom(...strings), fc.constantFrom(...BAD_CHARS), fc.nat(3)).map(([p, c, at]) => {
        const s = String(valueAt(sample, p));
        const spoiled = s.slice(0, at) + c + s.slice(at);
        // Inside a free-form object the check names the object or the value's own path.
        return {
          kind: `char ${json(c)}`,
          payload: json(setAt(sample, p.path, spoiled)),
          field: fieldOf(p.path),
        };
      }),
    );
  }
  for (const r of records) {
    arbs.push(
      fc.constantFrom(...BAD_CHARS).chain((c) =>
        fc.constantFrom<Bad>(
          {
            kind: "record value",
            payload: json(setAt(sample, r.path, { note: `a${c}` })),
            field: fieldOf(r.path),
          },
          {
            kind: "record key",
            payload: json(setAt(sample, r.path, { [`k${c}`]: 1 })),
            field: fieldOf(r.path),
          },
        ),
      ),
    );
  }
  const objects = [...records, ...typed.filter((p) => p.types.has("object") || p.path.length === 0)];
  arbs.push(
    fc.tuple(fc.constantFrom(...objects, ...typed), fc.boolean()).map(([p, arrays]) => ({
      kind: "deep",
      payload: withRawAt(sample, p.path, arrays ? deepArray : deepObject),
    })),
  );
  // An unknown property nested 10,000 deep: a strict object refuses it; the others drop it unread, so
  // there the body also lacks a required property to be a bad one.
  const root = schemas.resolve(schema);
  const unknownKeyBad = root.additionalProperties === false ? sample : omit(sample, [...required][0]);
  if (isObject(unknownKeyBad) && (root.additionalProperties === false || required.size > 0)) {
    const rest = json(unknownKeyBad).replace(/}$/, "");
    const payload = `${rest}${rest === "{" ? "" : ","}"zz":${deepObject}}`;
    arbs.push(fc.constant({ kind: "deep unknown key", payload }));
  }
  if (arrays.length) {
    arbs.push(
      fc.tuple(fc.constantFrom(...arrays), fc.integer({ min: 5_000, max: 20_000 })).map(([p, n]) => {
        const first = (valueAt(sample, p) as unknown[])[0] ?? 0;
        const items = Array(n).fill(json(first)).join(",");
        return { kind: "huge array", payload: withRawAt(sample, p.path, `[${items}]`) };
      }),
    );
  }
  const wrongTyped = typed.flatMap((p) =>
    Object.entries(WRONG)
      .filter(([type]) => !p.types.has(type) && !(type === "number" && p.types.has("integer")))
      .map(([, v]) => ({ p, v })),
  );
  if (wrongTyped.length) {
    arbs.push(
      fc.constantFrom(...wrongTyped).map(({ p, v }) => ({
        kind: `wrong type ${jsonType(v)}`,
        payload: json(setAt(sample, p.path, v)),
        field: fieldOf(p.path),
      })),
    );
  }
  if (numbers.length) {
    arbs.push(
      fc.tuple(fc.constantFrom(...numbers), fc.constantFrom(...EXTREME_NUMBERS)).map(([p, n]) => ({
        kind: `number ${n}`,
        payload: json(setAt(sample, p.path, n)),
      })),
    );
  }
  if (dates.length) {
    arbs.push(
      fc.tuple(fc.constantFrom(...dates), fc.constantFrom(...IMPOSSIBLE_DATES)).map(([p, d]) => ({
        kind: `date ${d}`,
        payload: json(setAt(sample, p.path, d)),
      })),
    );
  }
  // Random JSON that cannot be a valid body: not an object, or an object missing a required property.
  arbs.push(
    fc
      .jsonValue({ maxDepth: 4 })
      .filter((v) => !isObject(v) || [...required].some((k) => !(k in v)))
      .map((v) => ({ kind: "random json", payload: json(v) })),
  );
  return fc.oneof(...arbs);
}

function omit(value: unknown, key: string | undefined): unknown {
  if (!isObject(value) || key === undefined) return value;
  const { [key]: _, ...rest } = value;
  return rest;
}

function valueAt(root: unknown, p: Position): unknown {
  let v = root;
  for (const k of p.path) v = (v as Record<string | number, unknown>)[k];
  return v;
}
