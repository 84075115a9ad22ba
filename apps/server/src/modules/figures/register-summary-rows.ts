/** The summary's counts per territory path, as both the reference query and the kept counts give them. */
export interface SummaryRows {
  entries: {
    territory_path: string;
    ground: string;
    active: number;
    opened: number;
    closed: number;
    overdue: number;
  }[];
  measures: { territory_path: string; kind: string; running: number; overdue: number }[];
  minors: { territory_path: string; minors: number }[];
}
