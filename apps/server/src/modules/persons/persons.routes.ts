import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type pg from "pg";
import { z } from "zod";
import {
  ErrorBody,
  Person,
  PersonCreate,
  PersonListOfficials,
  PersonListPage,
  PersonListQuery,
  PersonSearchPage,
  PersonSearchQuery,
  PersonUpdate,
} from "@aldyn/contract";
import type { Db } from "../../db/pool.ts";
import { personCtx } from "./person-access.ts";
import { createPerson } from "./create-person.ts";
import { personAfterWrite, readPerson } from "./read-person.ts";
import { updatePerson } from "./update-person.ts";
import { searchPersons } from "./search-persons.ts";
import { listPersons } from "./list-persons.ts";
import { listOfficials } from "./list-officials.ts";
import { personRecordRoutes } from "./person-records.routes.ts";

const personErrors = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  409: ErrorBody,
  422: ErrorBody,
};
const IdParams = z.object({ id: z.uuid() });

/** Persons (R1.1, R1.2): create, read, edit, search, the list; duplicates, merges and families. */
export function personRoutes(app: FastifyInstance, deps: { db: Db; pool: pg.Pool; now?: () => Date }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, pool } = deps;
  const now = deps.now ?? (() => new Date());

  r.post(
    "/api/v1/persons",
    {
      schema: {
        tags: ["persons"],
        summary: "Create a person (IIN validated; 409 naming the holder of a taken IIN)",
        body: PersonCreate,
        response: { 201: Person, ...personErrors },
      },
    },
    async (req, reply) => {
      const ctx = personCtx(req);
      const id = await createPerson(db, ctx, req.body);
      return reply.code(201).send(await personAfterWrite(db, ctx, id));
    },
  );

  r.get(
    "/api/v1/persons",
    {
      schema: {
        tags: ["persons"],
        summary: "Search persons in the user's territory by IIN, name (fuzzy, any script) or birth date",
        querystring: PersonSearchQuery,
        response: { 200: PersonSearchPage, ...personErrors },
      },
    },
    async (req) => searchPersons(db, pool, personCtx(req), req.query),
  );

  r.get(
    "/api/v1/persons/list",
    {
      schema: {
        tags: ["persons"],
        summary:
          "The persons of the user's territory with register status, district, responsible official and last measure; filtered, sorted, paged (every person shown is an audited read)",
        querystring: PersonListQuery,
        response: { 200: PersonListPage, ...personErrors },
      },
    },
    async (req) => listPersons(db, pool, personCtx(req), req.query, now()),
  );

  r.get(
    "/api/v1/persons/list/officials",
    {
      schema: {
        tags: ["persons"],
        summary:
          "The officials the persons list may be narrowed to (responsible for persons in the territory)",
        response: { 200: PersonListOfficials, ...personErrors },
      },
    },
    async (req) => listOfficials(db, personCtx(req)),
  );

  r.get(
    "/api/v1/persons/:id",
    {
      schema: {
        tags: ["persons"],
        summary: "A person (the read is audited)",
        params: IdParams,
        response: { 200: Person, ...personErrors },
      },
    },
    async (req) => readPerson(db, pool, personCtx(req), req.params.id),
  );

  r.patch(
    "/api/v1/persons/:id",
    {
      schema: {
        tags: ["persons"],
        summary: "Edit a person (optimistic concurrency: a stale version is a 409)",
        params: IdParams,
        body: PersonUpdate,
        response: { 200: Person, ...personErrors },
      },
    },
    async (req) => {
      const ctx = personCtx(req);
      await updatePerson(db, ctx, req.params.id, req.body);
      return personAfterWrite(db, ctx, req.params.id);
    },
  );

  personRecordRoutes(app, deps);
}
