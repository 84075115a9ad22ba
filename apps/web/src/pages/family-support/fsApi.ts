// The family support centre's endpoints (001 Arts. 10(2), 54, 55, 72(2)): the worklist, the victims'
// record, registrations, assistance plans, shelters and stays, services, and the families the
// pickers choose from.
import { api } from "../../api/client.ts";
import type {
  AssistancePlan,
  Family,
  FamilyPage,
  FamilyService,
  FamilyServiceCreate,
  FamilyServicePage,
  FamilySupportWorklist,
  MeasureCreated,
  PlanClose,
  PlanCreate,
  PlanStepFactCreate,
  PlanStepInput,
  RegistrationCreate,
  Shelter,
  ShelterCreate,
  ShelterList,
  ShelterStay,
  StayCreate,
  StayExtensionResult,
  StayPage,
  VictimRecord,
  VictimRecordCreate,
  VictimRecordPage,
} from "./fsTypes.ts";

const id = (value: string) => encodeURIComponent(value);
const FS = "/family-support";

export const fsApi = {
  worklist: () => api.get<FamilySupportWorklist>(`${FS}/worklist`),
  victims: (q: { q?: string; open?: boolean; page?: number; pageSize?: number }) =>
    api.get<VictimRecordPage>(`${FS}/victims`, {
      ...q,
      open: q.open === undefined ? undefined : String(q.open),
    }),
  openVictim: (body: VictimRecordCreate) => api.post<VictimRecord>(`${FS}/victims`, body),
  closeVictim: (recordId: string, body: { closedOn: string; reason: string }) =>
    api.post<VictimRecord>(`${FS}/victims/${id(recordId)}/close`, body),
  register: (body: RegistrationCreate) => api.post<MeasureCreated>(`${FS}/registrations`, body),
  createPlan: (body: PlanCreate) => api.post<AssistancePlan>(`${FS}/plans`, body),
  plan: (measureId: string) => api.get<AssistancePlan>(`${FS}/plans/${id(measureId)}`),
  /** Adds one step; the API takes a list (`steps.0.…` in its refusals). */
  addStep: (measureId: string, body: PlanStepInput) =>
    api.post<AssistancePlan>(`${FS}/plans/${id(measureId)}/steps`, { steps: [body] }),
  stepFact: (measureId: string, stepId: string, body: PlanStepFactCreate) =>
    api.post<AssistancePlan>(`${FS}/plans/${id(measureId)}/steps/${id(stepId)}/facts`, body),
  closePlan: (measureId: string, body: PlanClose) =>
    api.post<AssistancePlan>(`${FS}/plans/${id(measureId)}/close`, body),
  planPdfUrl: (measureId: string, lang: "kk" | "ru") =>
    `/api/v1${FS}/plans/${id(measureId)}/pdf?lang=${lang}`,
  shelters: () => api.get<ShelterList>(`${FS}/shelters`),
  createShelter: (body: ShelterCreate) => api.post<Shelter>(`${FS}/shelters`, body),
  stays: (q: { state?: string; page?: number; pageSize?: number }) => api.get<StayPage>(`${FS}/stays`, q),
  admit: (body: StayCreate) => api.post<ShelterStay>(`${FS}/stays`, body),
  extend: (stayId: string, body: { requestedUntil: string }) =>
    api.post<StayExtensionResult>(`${FS}/stays/${id(stayId)}/extension`, body),
  depart: (stayId: string, body: { departedOn: string }) =>
    api.post<ShelterStay>(`${FS}/stays/${id(stayId)}/depart`, body),
  referralPdfUrl: (stayId: string, lang: "kk" | "ru") =>
    `/api/v1${FS}/stays/${id(stayId)}/referral.pdf?lang=${lang}`,
  services: (q: { familyId?: string; personId?: string; page?: number; pageSize?: number }) =>
    api.get<FamilyServicePage>(`${FS}/services`, q),
  addService: (body: FamilyServiceCreate) => api.post<FamilyService>(`${FS}/services`, body),
  families: (q: { q?: string; pageSize?: number }) => api.get<FamilyPage>("/families", q),
  family: (familyId: string) => api.get<Family>(`/families/${id(familyId)}`),
};

export const fsKeys = {
  all: ["family-support"] as const,
  worklist: ["family-support", "worklist"] as const,
  victims: (q: object) => ["family-support", "victims", q] as const,
  plan: (measureId: string) => ["family-support", "plan", measureId] as const,
  shelters: ["family-support", "shelters"] as const,
  stays: (q: object) => ["family-support", "stays", q] as const,
  services: (q: object) => ["family-support", "services", q] as const,
  families: (q: string) => ["families", "pick", q] as const,
  family: (familyId: string) => ["families", "one", familyId] as const,
};
