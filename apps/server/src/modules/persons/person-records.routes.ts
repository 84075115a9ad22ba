import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  ErrorBody,
  Person,
  PersonDuplicates,
  PersonLink,
  PersonLinkCreate,
  PersonLinkEnd,
  PersonLinkList,
  PersonMergeRequest,
} from "@aldyn/contract";
import type { Db } from "../../db/pool.ts";
import { personCtx } from "./person-access.ts";
import { personAfterWrite } from "./read-person.ts";
import { findDuplicates } from "./find-duplicates.ts";
import { mergePersons } from "./merge-persons.ts";
import { createLink, listLinks } from "./person-links.ts";
import { endLink } from "./end-person-link.ts";

const errors = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  409: ErrorBody,
  422: ErrorBody,
};
const IdParams = z.object({ id: z.uuid() });
const LinkParams = z.object({ id: z.uuid(), linkId: z.uuid() });

/** One person, one record: duplicates and merges (R1.1); families (R1.2). */
export function personRecordRoutes(app: FastifyInstance, deps: { db: Db }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;

  r.get(
    "/api/v1/persons/:id/duplicates",
    {
      schema: {
        tags: ["persons"],
        summary: "Likely duplicates: same birth date and the same or a nearly the same name, any script",
        params: IdParams,
        response: { 200: PersonDuplicates, ...errors },
      },
    },
    async (req) => findDuplicates(db, personCtx(req), req.params.id),
  );

  r.post(
    "/api/v1/persons/:id/merge",
    {
      schema: {
        tags: ["persons"],
        summary: "Merge another record into this person (both records and histories are kept)",
        params: IdParams,
        body: PersonMergeRequest,
        response: { 200: Person, ...errors },
      },
    },
    async (req) => {
      const ctx = personCtx(req);
      await mergePersons(db, ctx, req.params.id, req.body);
      return personAfterWrite(db, ctx, req.params.id);
    },
  );

  r.get(
    "/api/v1/persons/:id/links",
    {
      schema: {
        tags: ["persons"],
        summary: "Family links of a person: minors and their parents or legal representatives",
        params: IdParams,
        response: { 200: PersonLinkList, ...errors },
      },
    },
    async (req) => ({ items: await listLinks(db, personCtx(req), req.params.id) }),
  );

  r.post(
    "/api/v1/persons/:id/links",
    {
      schema: {
        tags: ["persons"],
        summary: "Link this minor to a parent or legal representative (001 Arts. 1(7), 59(2)(7))",
        params: IdParams,
        body: PersonLinkCreate,
        response: { 201: PersonLink, ...errors },
      },
    },
    async (req, reply) => {
      const ctx = personCtx(req);
      const linkId = await createLink(db, ctx, req.params.id, req.body);
      const link = (await listLinks(db, ctx, req.params.id)).find((l) => l.id === linkId)!;
      return reply.code(201).send(link);
    },
  );

  r.post(
    "/api/v1/persons/:id/links/:linkId/end",
    {
      schema: {
        tags: ["persons"],
        summary: "End a family link on a day (a guardianship ended); the link stays in the history",
        params: LinkParams,
        body: PersonLinkEnd,
        response: { 200: PersonLink, ...errors },
      },
    },
    async (req) => {
      const ctx = personCtx(req);
      await endLink(db, ctx, req.params.id, req.params.linkId, req.body);
      return (await listLinks(db, ctx, req.params.id)).find((l) => l.id === req.params.linkId)!;
    },
  );
}
