// Families (001 Art. 54(1): persons (families) in difficult life situations): the search, one
// family with its members, incidents and measures, and its members' changes. The shapes are the
// contract's (packages/contract/src/families.ts); type-only imports keep zod out of the bundle.
import { api } from "../../api/client.ts";
import type {
  Family,
  FamilyCreate,
  FamilyCreated,
  FamilyMemberEnd,
  FamilyMemberInput,
  FamilyPage,
  FamilyRelation,
} from "@aldyn/contract";

export type { Family, FamilyMemberInput, FamilyPage, FamilyRelation };

/** How a person belongs to a family (the contract's FAMILY_RELATIONS; familyTimeline.test.ts keeps them equal). */
export const FAMILY_RELATIONS: readonly FamilyRelation[] = [
  "victim",
  "offender",
  "child",
  "parent",
  "spouse",
  "other",
];

export interface FamilyQuery {
  q?: string | undefined;
  page?: number;
  pageSize?: number;
}

const id = (value: string) => encodeURIComponent(value);

export const familiesApi = {
  list: (q: FamilyQuery) => api.get<FamilyPage>("/families", { ...q }),
  get: (familyId: string) => api.get<Family>(`/families/${id(familyId)}`),
  create: (body: FamilyCreate) => api.post<FamilyCreated>("/families", body),
  addMember: (familyId: string, body: FamilyMemberInput) =>
    api.post<Family>(`/families/${id(familyId)}/members`, body),
  endMember: (familyId: string, personId: string, body: FamilyMemberEnd) =>
    api.post<Family>(`/families/${id(familyId)}/members/${id(personId)}/end`, body),
};

/** Query keys: everything of families starts with "families" (the centre's dialogs invalidate it). */
export const familyKeys = {
  all: ["families"] as const,
  list: (q: FamilyQuery) => ["families", "list", q] as const,
  one: (familyId: string) => ["families", "one", familyId] as const,
};
