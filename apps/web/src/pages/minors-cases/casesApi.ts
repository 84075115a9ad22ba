// The commission's minors' cases (001 Art. 79(6)(9)): the list by state, one case, the hand-offs
// addressed to the commission not yet opened, opening a case, materials, ready, close.
import { api } from "../../api/client.ts";
import type {
  MinorsCaseCreate,
  MinorsCaseCreated,
  MinorsCaseDetail,
  MinorsCaseInbox,
  MinorsCaseMaterialCreate,
  MinorsCasePage,
} from "./caseTypes.ts";

const id = (value: string) => encodeURIComponent(value);
const MC = "/minors-cases";

export const casesApi = {
  list: (q: { state?: string; q?: string; page?: number; pageSize?: number; commissionBodyId?: string }) =>
    api.get<MinorsCasePage>(MC, q),
  inbox: () => api.get<MinorsCaseInbox>(`${MC}/inbox`),
  one: (caseId: string) => api.get<MinorsCaseDetail>(`${MC}/${id(caseId)}`),
  open: (body: MinorsCaseCreate) => api.post<MinorsCaseCreated>(MC, body),
  addMaterial: (caseId: string, body: MinorsCaseMaterialCreate) =>
    api.post<unknown>(`${MC}/${id(caseId)}/materials`, body),
  ready: (caseId: string, version: number) => api.post<unknown>(`${MC}/${id(caseId)}/ready`, { version }),
  close: (caseId: string, body: { reason: string; version?: number }) =>
    api.post<unknown>(`${MC}/${id(caseId)}/close`, body),
};

export const caseKeys = {
  all: ["minors-cases"] as const,
  list: (q: object) => ["minors-cases", "list", q] as const,
  inbox: ["minors-cases", "inbox"] as const,
  one: (caseId: string) => ["minors-cases", "one", caseId] as const,
};
