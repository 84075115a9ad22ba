import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testApp, type LoggedIn, type TestApp } from "../test/app.ts";
import {
  badBodies,
  deepArray,
  deepObject,
  everyString,
  Schemas,
  type Bad,
  type JsonSchema,
} from "./bad-input.fixture.ts";
import { changesSince, makeWorld, snapshot, type World } from "./bad-input.world.ts";

/*
 * R11: bad input gets a clear 4xx and changes nothing. Every write route of the OpenAPI document —
 * found there, so a new route is covered without touching this file — gets bodies spoiled in each
 * way a client or an attacker can: NUL, other control characters and lone surrogates in every string
 * of a valid-shaped body, a value nested 10,000 deep, huge arrays, wrong types, numbers past any
 * column, impossible dates, random JSON. Path parameters are real records where the route's noun
 * names a table (so a body that slipped through would reach the database), else random ids. Every
 * GET route gets the same characters in its query and path parameters.
 *
 * "Changes nothing" is a checksum of every table the application can read, before and after each
 * route's runs, except what a refused request may write by design: the session's last-seen time
 * (user_session), log-in bookkeeping (login_attempt) and audit rows of refusals (audit_log rows whose
 * action names a refusal; any other new audit row fails the test). Routes that take no body (log-out,
 * mark read) ignore one and do their work, so there only "never a 5xx" is asserted.
 */

const NUM_RUNS = Number(process.env.BAD_INPUT_RUNS ?? 10);
const QUERY_RUNS = Number(process.env.BAD_INPUT_QUERY_RUNS ?? 4);
/** Each sweep covers every route of the API in one test; the time grows with the routes, not per run. */
const ROUTE_SWEEP_TIMEOUT_MS = 300_000;

interface Operation {
  readonly method: string;
  readonly path: string;
  readonly body?: JsonSchema;
  readonly params: { name: string; in: string; schema: JsonSchema }[];
}

let t: TestApp;
let w: World;
let ops: Operation[];
let schemas: Schemas;

/** Values for the path's parameters: a real record of the noun before it, or a random id. */
function pathArb(op: Operation): fc.Arbitrary<string> {
  const segments = op.path.split("/");
  const parts = segments.map((seg, i) => {
    const name = /^\{(\w+)\}$/.exec(seg)?.[1];
    if (!name) return fc.constant(seg);
    const param = op.params.find((p) => p.in === "path" && p.name === name);
    if (schemas.types(param?.schema ?? {}).has("number")) {
      return fc.oneof(fc.constantFrom(...w.years), fc.integer({ min: 2000, max: 2200 })).map(String);
    }
    const real = w.ids.get(w.tableOf(segments[i - 1] ?? "") ?? "") ?? [];
    return real.length ? fc.oneof(fc.constantFrom(...real), fc.uuid()) : fc.uuid();
  });
  return fc.tuple(...parts).map((p) => p.join("/"));
}

// ---- the tests ----

beforeAll(async () => {
  t = await testApp({ RATE_LIMIT_PER_MINUTE: "1000000" });
  w = await makeWorld(t);
  const doc = (await t.app.inject({ method: "GET", url: "/api/docs/json" })).json() as {
    paths: Record<
      string,
      Record<
        string,
        {
          requestBody?: { content?: Record<string, { schema: JsonSchema }> };
          parameters?: Operation["params"];
        }
      >
    >;
    components: { schemas: Record<string, JsonSchema> };
  };
  schemas = new Schemas(doc.components.schemas, (field) => w.ids.get(w.tableOf(field) ?? "")?.[0] ?? null);
  ops = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, o]) => ({
      method: method.toUpperCase(),
      path,
      body: o.requestBody?.content?.["application/json"]?.schema,
      params: o.parameters ?? [],
    })),
  );
}, 120_000);
afterAll(async () => t?.close());

/** What is wrong with the answer to a bad body, or null: a 4xx; a 400 naming the field spoiled. */
function refusalProblem(r: Awaited<ReturnType<typeof send>>, bad: Bad): string | null {
  const answer = `${r.statusCode} ${r.body.slice(0, 300)}`;
  if (r.statusCode < 400 || r.statusCode >= 500) return answer;
  if (!bad.field) return null;
  const e = (r.json() as { error: { code: string; details?: { field: string }[] } }).error;
  const f = bad.field;
  // The field itself, a part of it, or the union or free-form object it is in.
  const named = (e.details ?? []).some(
    (d) => d.field === f || f.startsWith(`${d.field}.`) || d.field.startsWith(`${f}.`),
  );
  return e.code === "validation.failed" && named ? null : answer;
}

/** Runs one route's property, keeping its failure (the first lines) so that every route is tried. */
async function check(failures: string[], op: Operation, run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (e) {
    const lines = String((e as Error).message).split("\n");
    const cause = String(((e as Error).cause as Error | undefined)?.message ?? "").split("\n")[0];
    failures.push(
      `${op.method} ${op.path}: ${lines.find((l) => l.startsWith("Counterexample"))?.slice(0, 400)} — ${cause}`,
    );
  }
}

async function send(op: Operation, url: string, who: LoggedIn, payload: string, key: boolean) {
  return t.app.inject({
    method: op.method as "POST",
    url,
    headers: {
      ...who.headers,
      "content-type": "application/json",
      ...(key ? { "idempotency-key": `bad-input-${crypto.randomUUID()}` } : {}),
    },
    payload,
  });
}

describe("bad input on every write route: a 4xx naming the field, nothing written (R11)", () => {
  it("the world was made and the OpenAPI document lists the write routes", () => {
    expect(w.seedFailures).toEqual([]);
    const writes = ops.filter((o) => ["POST", "PUT", "PATCH"].includes(o.method));
    expect(writes.length).toBeGreaterThan(40);
    expect(writes.filter((o) => o.body).length).toBeGreaterThan(35);
  });

  it(
    "every write route with a JSON body",
    async () => {
      const failures: string[] = [];
      for (const op of ops.filter((o) => ["POST", "PUT", "PATCH"].includes(o.method) && o.body)) {
        const before = await snapshot(t.db);
        const urls = fc.sample(pathArb(op), 4);
        const who = w.sessionsFor(op.path);
        for (const [i, bad] of everyString(schemas, op.body!).entries()) {
          const r = await send(op, urls[i % urls.length]!, who[i % who.length]!, bad.payload, i % 2 === 0);
          const problem = refusalProblem(r, bad);
          if (problem) failures.push(`${op.method} ${op.path} ${bad.kind}: ${problem}`);
        }
        await check(failures, op, () =>
          fc.assert(
            fc.asyncProperty(
              pathArb(op),
              badBodies(schemas, op.body!),
              fc.constantFrom(...w.sessionsFor(op.path)),
              fc.boolean(),
              async (url, bad, who, key) => {
                const problem = refusalProblem(await send(op, url, who, bad.payload, key), bad);
                if (problem) throw new Error(`${op.method} ${op.path} ${bad.kind}: ${problem}`);
              },
            ),
            { numRuns: NUM_RUNS },
          ),
        );
        const changed = await changesSince(t.db, before);
        if (changed.length) failures.push(`${op.method} ${op.path} wrote ${changed.join(", ")}`);
      }
      expect(failures).toEqual([]);
    },
    ROUTE_SWEEP_TIMEOUT_MS,
  );

  it(
    "write routes without a body ignore one, and never answer 5xx",
    async () => {
      const failures: string[] = [];
      for (const op of ops.filter((o) => ["POST", "PUT", "PATCH"].includes(o.method) && !o.body)) {
        await check(failures, op, () =>
          fc.assert(
            fc.asyncProperty(
              fc.constantFrom(deepObject, deepArray, '"\\u0000"', '{"a":"\\ud800"}'),
              async (payload) => {
                // Random ids and a session of its own: logout and the like must not end the others'.
                const url = op.path.replace(/\{\w+\}/g, () => crypto.randomUUID());
                const r = await send(op, url, w.sessions.spare, payload, false);
                expect(r.statusCode, `${op.method} ${op.path}: ${r.body.slice(0, 300)}`).toBeLessThan(500);
              },
            ),
            { numRuns: 4 },
          ),
        );
      }
      expect(failures).toEqual([]);
    },
    ROUTE_SWEEP_TIMEOUT_MS,
  );
});

const BAD_QUERY = [
  "%00",
  "a%00b",
  "%ED%A0%80",
  "%C0%80",
  "%01",
  "%1B",
  "%7F",
  "%C2%85",
  "9007199254740991",
  "1e308",
  "-1",
];

/** The route's URL with `raw` (already percent-encoded) as one parameter, the others plausible. */
function urlWith(op: Operation, param: Operation["params"][number], raw: string): string {
  const path = op.path.replace(/\{(\w+)\}/g, (_, n: string) =>
    n === param.name && param.in === "path" ? raw : n === "year" ? "2026" : crypto.randomUUID(),
  );
  return param.in === "query" ? `${path}?${param.name}=${raw}` : path;
}

describe("bad characters in query strings and path parameters (R11)", () => {
  it(
    "every GET route: NUL in each parameter is a 400, any other bad value never a 5xx",
    async () => {
      const failures: string[] = [];
      for (const op of ops.filter((o) => o.method === "GET" && o.params.some((p) => p.in !== "header"))) {
        const params = op.params.filter((p) => p.in === "query" || p.in === "path");
        const who = w.sessionsFor(op.path)[0]!;
        for (const param of params) {
          const r = await t.app.inject({
            method: "GET",
            url: urlWith(op, param, "a%00b"),
            headers: who.headers,
          });
          if (r.statusCode !== 400)
            failures.push(`GET ${op.path} ${param.name}=a%00b: ${r.statusCode} ${r.body}`);
        }
        await check(failures, op, () =>
          fc.assert(
            fc.asyncProperty(
              fc.constantFrom(...params),
              fc.constantFrom(...BAD_QUERY),
              fc.constantFrom(...w.sessionsFor(op.path)),
              async (param, bad, who) => {
                const url = urlWith(op, param, bad);
                const r = await t.app.inject({ method: "GET", url, headers: who.headers });
                expect(r.statusCode, `GET ${url}: ${r.statusCode} ${r.body.slice(0, 300)}`).toBeLessThan(500);
              },
            ),
            { numRuns: QUERY_RUNS },
          ),
        );
      }
      expect(failures).toEqual([]);
    },
    ROUTE_SWEEP_TIMEOUT_MS,
  );
});
