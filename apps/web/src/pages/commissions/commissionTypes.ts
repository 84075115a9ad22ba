// The shapes of the commissions' API (001 Art. 79) are the contract's
// (packages/contract/src/minors-commissions.ts); type-only imports keep zod out of the bundle.
export type {
  CommissionBodyRef,
  CommissionMember,
  CommissionMemberCreate,
  CommissionMemberEnd,
  LowerCommissionsView,
  MinorsCommissionCreate,
  MinorsCommissionDetail,
  MinorsCommissionList,
  MinorsCommissionRow,
  MinorsCommissionSummary,
} from "@aldyn/contract";
