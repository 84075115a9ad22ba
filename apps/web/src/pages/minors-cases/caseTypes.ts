// The shapes of the minors' cases API (001 Art. 79(6)(9)) are the contract's
// (packages/contract/src/minors-commissions.ts); type-only imports keep zod out of the bundle.
import type { MinorsCaseDetail, MinorsCaseInbox } from "@aldyn/contract";

export type {
  MinorsCaseCreate,
  MinorsCaseCreated,
  MinorsCaseDetail,
  MinorsCaseInbox,
  MinorsCaseMaterialCreate,
  MinorsCasePage,
  MinorsCaseRow,
} from "@aldyn/contract";

export type MinorsCaseInboxItem = MinorsCaseInbox["items"][number];
export type CaseMaterial = MinorsCaseDetail["materialsList"][number];
