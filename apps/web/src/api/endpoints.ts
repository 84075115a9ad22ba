// One typed function per endpoint of the platform API (issue 2). Screens call these through
// TanStack Query; nothing else in the app builds URLs.
import { api } from "./client.ts";
import type {
  AuditPage,
  AuditQuery,
  AuditVerifyResult,
  Body,
  BodyCreate,
  BodyPage,
  BodyUpdate,
  ChangePasswordRequest,
  LoginRequest,
  ServiceTokenCreated,
  Session,
  Territory,
  User,
  UserCreate,
  UserPage,
  UserUpdate,
} from "./types.ts";
import type { UserChoice } from "@aldyn/contract";

export interface PageParams {
  q?: string;
  page?: number;
  pageSize?: number;
}

const id = (value: string) => encodeURIComponent(value);

export const authApi = {
  login: (body: LoginRequest) => api.post<Session>("/auth/login", body),
  me: () => api.get<Session>("/auth/me"),
  logout: () => api.post<void>("/auth/logout"),
  logoutEverywhere: () => api.post<void>("/auth/logout-everywhere"),
  changePassword: (body: ChangePasswordRequest) => api.post<void>("/auth/change-password", body),
};

export const territoriesApi = {
  list: (parentId?: string) => api.get<{ items: Territory[] }>("/territories", { parentId }),
};

export const bodiesApi = {
  list: (params: PageParams & { territoryId?: string }) => api.get<BodyPage>("/bodies", { ...params }),
  create: (body: BodyCreate) => api.post<Body>("/bodies", body),
  update: (bodyId: string, body: BodyUpdate) => api.patch<Body>(`/bodies/${id(bodyId)}`, body),
};

export const usersApi = {
  list: (params: PageParams & { bodyId?: string }) => api.get<UserPage>("/users", { ...params }),
  create: (body: UserCreate) => api.post<User>("/users", body),
  update: (userId: string, body: UserUpdate) => api.patch<User>(`/users/${id(userId)}`, body),
  resetPassword: (userId: string, password: string) =>
    api.post<void>(`/users/${id(userId)}/reset-password`, { password }),
  issueServiceToken: (userId: string) => api.post<ServiceTokenCreated>(`/users/${id(userId)}/service-token`),
};

export const auditApi = {
  list: (query: AuditQuery) => api.get<AuditPage>("/audit", { ...query }),
  /** Users to filter the log by, found by name or login. */
  actors: (q: string | undefined) => api.get<{ items: UserChoice[] }>("/audit/actors", { q }),
  verify: () => api.post<AuditVerifyResult>("/audit/verify"),
};

/** Query keys, one place, so mutations invalidate exactly what they change. */
export const keys = {
  session: ["session"] as const,
  territories: (parentId: string | undefined) => ["territories", parentId ?? "root"] as const,
  bodies: ["bodies"] as const,
  users: ["users"] as const,
  audit: ["audit"] as const,
};
