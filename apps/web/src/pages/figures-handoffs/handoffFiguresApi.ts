// The figures of hand-offs and of reports from citizens (GET /figures/handoffs, /figures/reports) and
// their files. Type-only imports: no zod in the bundle.
import { api, withQuery } from "../../api/client.ts";
import type { FigureCell, HandoffFigures, ReportFigures } from "@aldyn/contract";

export type { FigureCell, HandoffFigures, ReportFigures };

/** What the page asks for: a territory code (the user's own when absent) and a period. */
export interface FiguresFilter {
  territory?: string | undefined;
  from: string;
  to: string;
}

const params = (f: FiguresFilter) => ({ territory: f.territory, from: f.from, to: f.to });

export const handoffFiguresApi = {
  handoffs: (f: FiguresFilter) => api.get<HandoffFigures>("/figures/handoffs", params(f)),
  reports: (f: FiguresFilter) => api.get<ReportFigures>("/figures/reports", params(f)),
  fileUrl: (what: "handoffs" | "reports", format: "csv" | "xlsx", f: FiguresFilter, lang: string) =>
    withQuery(`/api/v1/figures/${what}.${format}`, { ...params(f), lang }),
};

export const handoffFiguresKeys = {
  handoffs: (f: FiguresFilter) => ["figures", "handoffs", f.territory ?? "", f.from, f.to] as const,
  reports: (f: FiguresFilter) => ["figures", "reports", f.territory ?? "", f.from, f.to] as const,
};
