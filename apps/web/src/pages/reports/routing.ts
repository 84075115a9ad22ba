// The routing dialog's choices (pure, tested without a browser): one row per body the law says must
// be told (001 Art. 39(3)), checked when a body covers the report's place; on a re-route, the body
// already told on the same ground is preselected so its hand-off is kept.
import type { ReportHandoff, ReportRouting } from "@aldyn/contract";

export type Proposal = ReportRouting["items"][number];

export interface Choice {
  proposal: Proposal;
  send: boolean;
  bodyId: string;
  /** A hand-off on this ground to this body is open already (a re-route keeps it). */
  alreadySent: boolean;
}

const OPEN = (h: ReportHandoff) => h.state !== "declined" && h.state !== "answered";

export function initialChoices(items: readonly Proposal[], handoffs: readonly ReportHandoff[]): Choice[] {
  return items.map((proposal) => {
    const bodies = [...(proposal.body ? [proposal.body] : []), ...proposal.alternatives];
    const told = handoffs.find(
      (h) => OPEN(h) && h.ground === proposal.ground && bodies.some((b) => b.id === h.receiverBody.id),
    );
    const bodyId = told?.receiverBody.id ?? bodies[0]?.id ?? "";
    return { proposal, send: bodyId !== "", bodyId, alreadySent: told !== undefined };
  });
}

/** The receivers to send: the checked rows with a body, each body and ground once. */
export function chosenReceivers(choices: readonly Choice[]): { bodyId: string; ground: string }[] {
  const seen = new Set<string>();
  const out: { bodyId: string; ground: string }[] = [];
  for (const c of choices) {
    if (!c.send || c.bodyId === "") continue;
    const key = `${c.bodyId}|${c.proposal.ground}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ bodyId: c.bodyId, ground: c.proposal.ground });
  }
  return out;
}
