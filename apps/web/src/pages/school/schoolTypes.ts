// The shapes of the school prevention council's API (001 Arts. 21(10), 78). Written against the shared
// design while the server's contract lands; a person is named by `fullName`, null where a barrier
// withholds it from the reader (R11.1).

export type PupilFilter = "criterion_met" | "attention" | "support" | "all";
export const PUPIL_FILTERS: readonly PupilFilter[] = ["criterion_met", "attention", "support", "all"];

export interface AbsenceWindow {
  from: string;
  until: string;
}

/** A pupil of the school with the 78(2)(4) evaluation, the attention record and the support. */
export interface SchoolPupil {
  personId: string;
  fullName: string | null;
  iin: string | null;
  birthDate: string | null;
  /** Days missed without a valid reason in the most filled one-month window (001 Art. 78(2)(4)). */
  unexcusedDays: number;
  criterionMet: boolean;
  window: AbsenceWindow | null;
  attention: { id: string; criteria: string[]; since: string } | null;
  support: { measureId: string; stepsDone: number; stepsTotal: number; stepsOverdue: number } | null;
}

export interface SchoolPupilPage {
  items: SchoolPupil[];
  total: number;
  page: number;
  pageSize: number;
}

/** One refused row of an attendance file: its line, the column at fault and why. */
export interface AttendanceRowError {
  line: number;
  field: string;
  code: string;
  message: string;
}

export interface AttendanceResult {
  imported: number;
  pupilsMeetingCriterion: {
    personId: string;
    fullName: string | null;
    iin: string | null;
    days: number;
    window: AbsenceWindow | null;
    attentionId: string | null;
  }[];
}

export interface AttentionCreate {
  personId: string;
  criteria: string[];
  since: string;
  note?: string;
}

export type CouncilOutcome = "support_assigned" | "representatives_refused" | "not_needed";
export const COUNCIL_OUTCOMES: readonly CouncilOutcome[] = [
  "support_assigned",
  "representatives_refused",
  "not_needed",
];

export interface Representative {
  personId?: string;
  fullName: string;
  relation: string;
}

export interface SupportStepInput {
  activity: string;
  responsible: string;
  dueOn: string;
}

export interface CouncilMeetingCreate {
  personId: string;
  heldOn: string;
  minorPresent: boolean;
  representatives: Representative[];
  members: string;
  criteria: string[];
  outcome: CouncilOutcome;
  note?: string;
  support?: { steps: SupportStepInput[] };
}

export interface CouncilMeetingSaved {
  id: string;
  measureId: string | null;
  handoffs?: { id: string; toBodyName?: string | null }[];
}

export interface SupportStep {
  id: string;
  seq: number;
  activity: string;
  responsible: string;
  dueOn: string;
  doneOn: string | null;
  result: string | null;
  overdue?: boolean;
}

export interface SupportPlan {
  measureId: string;
  person: { id: string; fullName: string | null };
  status?: string;
  criteria: string[];
  steps: SupportStep[];
  progress: { done: number; total: number };
}

/** One school's figures of a quarter (001 Art. 21(10)), by the figure's code. */
export interface SchoolAnalysisRow {
  schoolBodyId: string;
  schoolName: string | { kk: string; ru: string; en?: string };
  figures: Record<string, number | null>;
}

export interface SchoolAnalysis {
  year: number;
  quarter: 1 | 2 | 3 | 4;
  from: string;
  until: string;
  figures: { code: string; article: string }[];
  schools: SchoolAnalysisRow[];
}
