import { z } from "zod";
import { Uuid } from "./common.ts";
import { line, text } from "./input.ts";

/*
 * The few kind details the boundary checks for shape before the law reads them (the law checks their
 * content and answers with the article). The rest of `details` stays open: measure-details.ts of the
 * law package names every kind's fields.
 */

/**
 * A person a protective order protects: the victim (001 Art. 60(1)) named on the order, with whom the
 * restrictions are established (60(4)). `fullName` as written on the order (the law refuses a blank
 * one with 60(4)); `personId` the victim's record in the persons register, when there is one;
 * `address` where the victim receives the copy (60(1) second part), when known.
 */
export const ProtectedPerson = z
  .strictObject({
    personId: Uuid.optional(),
    fullName: line().max(300),
    address: text().max(500).optional(),
  })
  .meta({ id: "ProtectedPerson" });
export type ProtectedPerson = z.infer<typeof ProtectedPerson>;

/**
 * `details.victims` of a protective order (001 Art. 60(4)). Only the shape is checked here: that a new
 * order names at least one victim is the law's rule (`protective_order.victim_missing`, 60(1), (4)),
 * answered with its article as a 422, and whether a `personId` exists is the server's.
 */
export const ProtectedPersons = z.array(ProtectedPerson).max(20);

/**
 * Checks the shape of the kind details the boundary knows (today: a protective order's victims) and
 * reports each problem at its path inside the body (`details.victims.0.personId`).
 */
export function checkKindDetails(
  kind: string,
  details: Record<string, unknown> | undefined,
  ctx: z.RefinementCtx,
): void {
  if (kind !== "protective_order" || details?.victims === undefined) return;
  const r = ProtectedPersons.safeParse(details.victims);
  if (r.success) return;
  for (const issue of r.error.issues) {
    ctx.addIssue({ code: "custom", message: issue.message, path: ["details", "victims", ...issue.path] });
  }
}
