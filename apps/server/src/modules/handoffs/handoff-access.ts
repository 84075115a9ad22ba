import type { Action } from "../../access/actions.ts";
import { can } from "../../access/can.ts";
import { AppError, notFound } from "../../errors/app-error.ts";
import type { ActCtx } from "../preventive-measures/measure-deps.ts";

/** The parties of a hand-off as the access rules see them. */
interface Parties {
  readonly sender_body_id: string;
  readonly receiver_body_id: string;
  readonly territory_path: string;
}

/**
 * Reading: only the sender's and the receiver's users see a hand-off (policy.ts PARTY_SCOPED; 001 Art.
 * 39(3)). A body that is neither is answered as for an unknown id — the answer never tells that the
 * hand-off exists. The role must read hand-offs at all (403 `access.role`).
 */
export function authorizeRead(ctx: ActCtx, h: Parties): void {
  if (ctx.actor.bodyId !== h.sender_body_id && ctx.actor.bodyId !== h.receiver_body_id)
    throw notFound("The hand-off");
  check(ctx, "read", h, [h.sender_body_id, h.receiver_body_id]);
}

/**
 * Acting (acknowledge, accept, decline, answer): only the receiving body's users, with a role that
 * works hand-offs. The sender sees it but may not act: 403 `handoff.not_receiver`.
 */
export function authorizeAct(ctx: ActCtx, h: Parties): void {
  authorizeRead(ctx, h);
  if (ctx.actor.bodyId !== h.receiver_body_id)
    throw new AppError(
      "handoff.not_receiver",
      "Only the body the hand-off was sent to acknowledges, accepts, declines or answers it.",
    );
  check(ctx, "update", h, [h.receiver_body_id]);
}

function check(ctx: ActCtx, action: Action, h: Parties, parties: readonly string[]): void {
  const d = can(ctx.actor, action, { type: "handoff", territoryPath: h.territory_path, parties });
  if (!d.allowed) throw new AppError(d.code, d.reason);
}
