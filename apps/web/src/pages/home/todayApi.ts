// The home page's reads: today's counts (GET /today), the territory's register summary, the
// per-official workload and the national figures. Type-only imports: no zod in the bundle.
import { api } from "../../api/client.ts";
import type { NationalFigures, RegisterSummary, Today, Workload } from "@aldyn/contract";

export type { NationalFigures, RegisterSummary, Today, Workload };
export type WorkCounts = NonNullable<Today["checks"]>["mine"];

export const todayApi = {
  today: () => api.get<Today>("/today"),
  summary: () => api.get<RegisterSummary>("/register/summary"),
  workload: (limit: number) => api.get<Workload>("/figures/workload", { limit }),
  national: (year: number) => api.get<NationalFigures>("/figures/national", { year }),
};

/** Query keys of the home page; the worklists and the bell keep their own. */
export const todayKeys = {
  today: ["today"] as const,
  summary: ["home", "summary"] as const,
  workload: (limit: number) => ["home", "workload", limit] as const,
  national: (year: number) => ["home", "national", year] as const,
};

/** Today's counts change as the day's work is recorded: refetched every few minutes while open. */
export const TODAY_REFRESH_MS = 5 * 60_000;
