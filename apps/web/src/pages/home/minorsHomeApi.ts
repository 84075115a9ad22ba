// What the home blocks of the minors' work read (001 Arts. 21(10), 78, 79, 82): the juvenile inspector's
// counts, the school council's summary, the commission's cases and meetings. Type-only imports of the
// contract; each block treats an answer it cannot have (not there yet, not the role's) as nothing to show.
import type {
  JuvenileSummary,
  SchoolAnalysis,
  MeetingSummary,
  MinorsCommissionSummary,
  SchoolPreventionSummary,
} from "@aldyn/contract";
import { api, ApiError } from "../../api/client.ts";

export type {
  JuvenileSummary,
  SchoolAnalysis,
  MeetingSummary,
  MinorsCommissionSummary,
  SchoolPreventionSummary,
};

export const minorsHomeKeys = {
  juvenile: ["juvenile", "summary"] as const,
  school: ["school-prevention", "summary"] as const,
  commission: ["minors-commissions", "summary"] as const,
  meetings: ["commission-meetings", "summary"] as const,
  analysis: (year: number, quarter: number) =>
    ["school-prevention", "analysis", "home", year, quarter] as const,
};

/**
 * A summary, or null when the server has none for this user: no such endpoint (404), not the role's
 * (403). Any other failure is an error the block shows.
 */
async function orNone<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (e) {
    if (e instanceof ApiError && (e.status === 404 || e.status === 403)) return null;
    throw e;
  }
}

export const minorsHomeApi = {
  juvenile: () => orNone(() => api.get<JuvenileSummary>("/juvenile/summary")),
  school: () => orNone(() => api.get<SchoolPreventionSummary>("/school-prevention/summary")),
  commission: () => orNone(() => api.get<MinorsCommissionSummary>("/minors-commissions/summary")),
  meetings: () => orNone(() => api.get<MeetingSummary>("/commission-meetings/summary")),
  analysis: (year: number, quarter: number) =>
    orNone(() => api.get<SchoolAnalysis>("/school-prevention/analysis", { year, quarter })),
};

/** The quarter (1-4) and year of a legal date, for the education body's analysis (001 Art. 21(10)). */
export function quarterOfDate(iso: string): { year: number; quarter: number } {
  return { year: Number(iso.slice(0, 4)), quarter: Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1 };
}
