import type { FastifyRequest } from "fastify";
import type { Compilable } from "kysely";
import type pg from "pg";
import { can } from "../access/can.ts";
import type { ResourceType } from "../access/resources.ts";
import type { Actor } from "../access/roles.ts";
import { inReach } from "../access/territory.ts";
import type { Db } from "../db/pool.ts";
import { currentRequestTransaction, queryOnRequest, type Queryable } from "../db/request-transaction.ts";

/**
 * Which records a request names and where they lie, read from its route and input alone — so the
 * refusal of any route is audited and answered the same way (refusals.ts) without each route saying
 * it (R11.1, R11.2).
 */

/** Kinds of record that lie in a territory: one outside the actor's is answered as if it did not exist. */
type PlacedKind = "person" | "measure" | "register_entry" | "citizen_report" | "attachment" | "user" | "body";

interface Collection {
  /** The route prefix of the collection: `/api/v1/persons` holds `/api/v1/persons/:id…`. */
  readonly path: string;
  /** The audit's name of the domain and of a record of it (`person.read`, record_type `person`). */
  readonly kind: string;
  /** What a request for an unknown id of a placed kind is told (the route's own `notFound`). */
  readonly placed?: { readonly kind: PlacedKind; readonly noun: string };
}

const COLLECTIONS: readonly Collection[] = [
  { path: "/api/v1/persons", kind: "person", placed: { kind: "person", noun: "The person" } },
  { path: "/api/v1/measures", kind: "measure", placed: { kind: "measure", noun: "The measure" } },
  {
    path: "/api/v1/register",
    kind: "register_entry",
    placed: { kind: "register_entry", noun: "The register entry" },
  },
  {
    path: "/api/v1/attachments",
    kind: "attachment",
    placed: { kind: "attachment", noun: "The attachment" },
  },
  { path: "/api/v1/users", kind: "user", placed: { kind: "user", noun: "The user" } },
  { path: "/api/v1/bodies", kind: "body", placed: { kind: "body", noun: "The body" } },
  // NPM records are national (npm-deps.ts npmResource): named for the audit, never out of reach.
  { path: "/api/v1/npm/participants", kind: "npm_participant" },
  { path: "/api/v1/npm/institutions", kind: "npm_institution" },
  { path: "/api/v1/npm/plans", kind: "npm_plan" },
  { path: "/api/v1/npm/visits", kind: "npm_visit" },
  { path: "/api/v1/npm/complaints", kind: "npm_complaint" },
  { path: "/api/v1/npm/interviews", kind: "npm_interview" },
  { path: "/api/v1/npm/recommendations", kind: "npm_recommendation" },
  { path: "/api/v1/npm/annual-reports", kind: "npm_annual_report" },
  { path: "/api/v1/worklists", kind: "worklist" },
  { path: "/api/v1/figures", kind: "aggregate_report" },
  { path: "/api/v1/audit", kind: "audit_log" },
  { path: "/api/v1/notifications", kind: "notification" },
];

/**
 * Persons a write names in its body besides the record of its path: the other side of a link or a
 * merge, the subject of a measure or a placement. An unknown one is "The person was not found." there.
 */
const PERSON_IN_BODY: Readonly<Record<string, string>> = {
  "POST /api/v1/persons/:id/links": "representativeId",
  "POST /api/v1/persons/:id/merge": "otherId",
  "POST /api/v1/measures": "personId",
  "POST /api/v1/register": "personId",
};

/**
 * Routes that look up a record below the one of their path first, so an unknown id of either is
 * reported as that record (end-person-link.ts: "The link was not found.").
 */
const NOUN_OF_ROUTE: Readonly<Record<string, string>> = {
  "/api/v1/persons/:id/links/:linkId/end": "The link",
};

const PERSON: Collection["placed"] = { kind: "person", noun: "The person" };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A record a request names: its kind and id, and — when it lies in a territory — what an unknown one is told. */
export interface NamedRecord {
  readonly kind: string;
  readonly id: string;
  readonly placed: Collection["placed"] | undefined;
}

function collectionOf(url: string): Collection | undefined {
  return COLLECTIONS.find((c) => url === c.path || url.startsWith(`${c.path}/`));
}

/** The domain a route belongs to, for the audit's action (`person`, `npm_visit`, `worklist`…). */
export function domainOf(req: FastifyRequest): string {
  return collectionOf(req.routeOptions.url ?? "")?.kind ?? "access";
}

function field(source: unknown, name: string): string | undefined {
  if (typeof source !== "object" || source === null) return undefined;
  const v = (source as Record<string, unknown>)[name];
  return typeof v === "string" && UUID.test(v) ? v : undefined;
}

/**
 * The records the request names, the record of its path first: `/api/v1/<collection>/:id…`, the
 * record an attachment list asks about (`?recordType=&recordId=`) or an upload is for, the person a write
 * names in its body.
 */
export function namedRecords(req: FastifyRequest): NamedRecord[] {
  const url = req.routeOptions.url ?? "";
  const out: NamedRecord[] = [];
  const c = collectionOf(url);
  const id = field(req.params, "id");
  if (c && id && (url === `${c.path}/:id` || url.startsWith(`${c.path}/:id/`))) {
    const noun = NOUN_OF_ROUTE[url];
    out.push({ kind: c.kind, id, placed: c.placed && noun ? { ...c.placed, noun } : c.placed });
  }
  if (url === "/api/v1/attachments") {
    // The list names its record in the query; an upload in its form fields (upload-attachment.ts).
    const from = req.method === "POST" ? req.body : req.query;
    const q = from as { recordType?: unknown } | undefined;
    const recordId = field(from, "recordId");
    const owner = COLLECTIONS.find(
      (x) => x.placed && x.placed.kind !== "attachment" && x.placed.kind === q?.recordType,
    );
    if (owner?.placed && recordId) out.push({ kind: owner.kind, id: recordId, placed: owner.placed });
  }
  const inBody = PERSON_IN_BODY[`${req.method} ${url}`];
  const personId = inBody === undefined ? undefined : field(req.body, inBody);
  if (personId) out.push({ kind: "person", id: personId, placed: PERSON });
  return out;
}

/** Where a record lies, as `can` sees it; an attachment lies where the record it belongs to lies. */
export interface Placement {
  readonly type: ResourceType;
  readonly id: string;
  readonly territoryPath: string;
  readonly bodyId?: string;
}

/**
 * Where a refusal's reads and audit row run: the request's own connection when the request is one
 * transaction (an idempotent POST, db/request-transaction.ts) — a refusal keeps no key but its audit
 * row commits there — else the pool. Taking a second connection while the request holds one would
 * starve the pool under a burst of refused requests.
 */
export function onOwnConnection(pool: pg.Pool): Queryable {
  const trx = currentRequestTransaction();
  return trx && !trx.finished ? { query: (config) => queryOnRequest(trx, config) } : pool;
}

async function first<R>(pool: pg.Pool, query: Compilable<R>): Promise<R | undefined> {
  const c = query.compile();
  const r = await onOwnConnection(pool).query({ text: c.sql, values: [...c.parameters] });
  return r.rows[0] as R | undefined;
}

/** Where the named record lies, or null when there is no such record. */
export async function placementOf(
  deps: { db: Db; pool: pg.Pool },
  kind: PlacedKind,
  id: string,
): Promise<Placement | null> {
  const { db, pool } = deps;
  const byTerritoryId = (type: ResourceType, row: { path: string } | undefined): Placement | null =>
    row ? { type, id, territoryPath: row.path } : null;
  switch (kind) {
    case "person":
      return byTerritoryId(
        "person",
        await first(
          pool,
          db
            .selectFrom("person as p")
            .innerJoin("territory as t", "t.id", "p.territory_id")
            .select("t.path")
            .where("p.id", "=", id),
        ),
      );
    case "measure": {
      const m = await first(
        pool,
        db.selectFrom("measure").select(["territory_path", "issuer_body_id"]).where("id", "=", id),
      );
      return m ? { type: "measure", id, territoryPath: m.territory_path, bodyId: m.issuer_body_id } : null;
    }
    case "register_entry": {
      const e = await first(
        pool,
        db.selectFrom("register_entry").select("territory_path").where("id", "=", id),
      );
      return e ? { type: "register_entry", id, territoryPath: e.territory_path } : null;
    }
    case "citizen_report": {
      // A report from a citizen lies where its facts happened (migration 0029); its files follow it.
      const r = await first(
        pool,
        db.selectFrom("citizen_report").select("territory_path").where("id", "=", id),
      );
      return r ? { type: "citizen_report", id, territoryPath: r.territory_path } : null;
    }
    case "attachment": {
      const a = await first(
        pool,
        db.selectFrom("attachment").select(["record_type", "record_id"]).where("id", "=", id),
      );
      return a ? placementOf(deps, a.record_type, a.record_id) : null;
    }
    case "user":
      return byTerritoryId(
        "user",
        await first(
          pool,
          db
            .selectFrom("app_user as u")
            .innerJoin("body as b", "b.id", "u.body_id")
            .innerJoin("territory as t", "t.id", "b.territory_id")
            .select("t.path")
            .where("u.id", "=", id),
        ),
      );
    case "body":
      return byTerritoryId(
        "body",
        await first(
          pool,
          db
            .selectFrom("body as b")
            .innerJoin("territory as t", "t.id", "b.territory_id")
            .select("t.path")
            .where("b.id", "=", id),
        ),
      );
  }
}

/**
 * Whether a record is out of the actor's reach: none exists, it lies outside the actor's territory,
 * or `can` keeps it from the actor by territory or owning body (a school council and another body's
 * measure, policy.ts BODY_SCOPED). Such a record is answered exactly as one that does not exist, so
 * a refusal never tells that an id exists elsewhere (R11.1). A refusal by role, confidentiality or
 * personal fields of a record the actor reaches keeps its 403: it tells nothing about the one id.
 */
export function outOfReach(actor: Actor, place: Placement | null): boolean {
  if (place === null) return true;
  if (!inReach(actor, place.territoryPath, false)) return true;
  const d = can(actor, "read", {
    type: place.type,
    territoryPath: place.territoryPath,
    bodyId: place.bodyId,
  });
  return !d.allowed && d.code === "access.territory";
}
