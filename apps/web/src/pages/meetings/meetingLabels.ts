// The closed lists of the meeting screens and their colours. Invitations go to the minor and the
// legal representatives (001 Art. 79(6)(9), procedure of 79(7) as the system reads it).
export const INVITATION_ROLES = ["minor", "legal_representative", "other"] as const;
export const INVITATION_CHANNELS = ["hand", "post", "sms", "phone", "email"] as const;
export const ITEM_KINDS = ["case", "report_heard", "other"] as const;

/** The colour of a protocol's state (or a meeting's): what still needs a signature in warm colours. */
export function meetingStateColor(state: string): string {
  return (
    {
      unsigned: "gray",
      partly_signed: "orange",
      signed: "green",
      planned: "blue",
      held: "green",
      cancelled: "gray",
    }[state] ?? "gray"
  );
}

/** A meeting is changed until its protocol is signed by both the chair and the secretary. */
export function isLocked(m: { protocol: string; state: string }): boolean {
  return m.protocol === "signed" || m.state === "cancelled";
}
