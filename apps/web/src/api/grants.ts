// Grants to confidential data (R11.1): listed, given and revoked by administrators on a user.
import type { ConfidentialGrant, ConfidentialGrantList } from "@aldyn/contract";
import { api } from "./client.ts";

export type GrantBarrier = ConfidentialGrant["barrier"];

const id = (value: string) => encodeURIComponent(value);

export const grantsApi = {
  list: (userId: string) => api.get<ConfidentialGrantList>(`/users/${id(userId)}/grants`),
  give: (userId: string, barrier: GrantBarrier, reason: string) =>
    api.post<ConfidentialGrant>(`/users/${id(userId)}/grants`, { barrier, reason }),
  revoke: (userId: string, grantId: string) =>
    api.post<ConfidentialGrant>(`/users/${id(userId)}/grants/${id(grantId)}/revoke`, {}),
};

export const grantKeys = {
  ofUser: (userId: string) => ["users", "grants", userId] as const,
};
