// The commissions on minors' affairs (001 Art. 79): the tree within the user's territory, one
// commission's composition with its gaps, members added and ended, the lower commissions' figures
// and decisions (79(6)(4)).
import { api } from "../../api/client.ts";
import type {
  CommissionMemberCreate,
  CommissionMemberEnd,
  LowerCommissionsView,
  MinorsCommissionDetail,
  MinorsCommissionCreate,
  MinorsCommissionList,
} from "./commissionTypes.ts";

const id = (value: string) => encodeURIComponent(value);
const MC = "/minors-commissions";

export const commissionsApi = {
  list: () => api.get<MinorsCommissionList>(MC),
  create: (body: MinorsCommissionCreate) => api.post<unknown>(MC, body),
  one: (bodyId: string) => api.get<MinorsCommissionDetail>(`${MC}/${id(bodyId)}`),
  addMember: (bodyId: string, body: CommissionMemberCreate) =>
    api.post<unknown>(`${MC}/${id(bodyId)}/members`, body),
  endMember: (bodyId: string, memberId: string, body: CommissionMemberEnd) =>
    api.post<unknown>(`${MC}/${id(bodyId)}/members/${id(memberId)}/end`, body),
  lower: (bodyId: string, q: { from?: string; until?: string }) =>
    api.get<LowerCommissionsView>(`${MC}/${id(bodyId)}/lower`, q),
};

export const commissionKeys = {
  all: ["minors-commissions"] as const,
  list: ["minors-commissions", "list"] as const,
  create: (body: MinorsCommissionCreate) => api.post<unknown>(MC, body),
  one: (bodyId: string) => ["minors-commissions", "one", bodyId] as const,
  lower: (bodyId: string, q: object) => ["minors-commissions", "lower", bodyId, q] as const,
};
