import { z } from "zod";
import { Uuid } from "./common.ts";
import { text } from "./input.ts";

/**
 * Confidential parts of records and the grants that open them (R11.1; 001 Art. 83(2)). A reader who
 * does not clear a part's barrier gets the record without it and a `withheld` marker saying which
 * part, behind which barrier and under which article; a record confidential as a whole is a 403
 * `access.confidential` instead (a victim's own person card, a compulsory medical measure).
 */

/** The barriers a part of a case record may be behind (NPM data are confidential by type). */
export const CONFIDENTIAL_BARRIERS = ["victim", "health"] as const;
export const ConfidentialBarrier = z.enum(CONFIDENTIAL_BARRIERS);
export type ConfidentialBarrier = z.infer<typeof ConfidentialBarrier>;

/**
 * One withheld part: `field` is its path in the response (`input.details.victims`, `personal`), or
 * `items` on a list that left records out, with their `count`; `reason` is for API clients, the web
 * shows the barrier and the article in the user's language.
 */
export const WithheldPart = z
  .object({
    field: z.string(),
    barrier: ConfidentialBarrier,
    article: z.string(),
    reason: z.string(),
    count: z.number().int().optional(),
  })
  .meta({ id: "WithheldPart" });
export type WithheldPart = z.infer<typeof WithheldPart>;
export const Withheld = z.array(WithheldPart);

/** A user as a grant names the one who gave or revoked it. */
const GrantUser = z.object({ id: Uuid, username: z.string(), fullName: z.string() });

/**
 * A grant to a confidential part beyond the user's roles (R11.1), given by an administrator with a
 * reason (001 Art. 59(6): data are used only for the tasks of prevention) and revocable; a revoked
 * grant stays in the history.
 */
export const ConfidentialGrant = z
  .object({
    id: Uuid,
    userId: Uuid,
    barrier: ConfidentialBarrier,
    reason: z.string(),
    givenBy: GrantUser,
    givenAt: z.string(),
    revokedBy: GrantUser.nullable(),
    revokedAt: z.string().nullable(),
    revokeReason: z.string().nullable(),
  })
  .meta({ id: "ConfidentialGrant" });
export type ConfidentialGrant = z.infer<typeof ConfidentialGrant>;

export const ConfidentialGrantList = z
  .object({ items: z.array(ConfidentialGrant) })
  .meta({ id: "ConfidentialGrantList" });
export type ConfidentialGrantList = z.infer<typeof ConfidentialGrantList>;

/**
 * Gives a grant. `npm` is named so that asking for it gets its own refusal (422
 * `confidential_grant.npm_not_grantable`, 000 Art. 35; 003 p.29): NPM data are never granted.
 */
export const ConfidentialGrantCreate = z
  .strictObject({
    barrier: z.enum([...CONFIDENTIAL_BARRIERS, "npm"]),
    reason: text().trim().min(1).max(1000),
  })
  .meta({ id: "ConfidentialGrantCreate" });
export type ConfidentialGrantCreate = z.infer<typeof ConfidentialGrantCreate>;

export const ConfidentialGrantRevoke = z
  .strictObject({ reason: text().trim().max(1000).optional() })
  .meta({ id: "ConfidentialGrantRevoke" });
export type ConfidentialGrantRevoke = z.infer<typeof ConfidentialGrantRevoke>;
