import { z } from "zod";
import { I18nName } from "./common.ts";

/**
 * The workload of each responsible official in a territory (R3; 001 Arts. 59(10), 51(6)): counts of
 * the register entries they placed and the measures they issued that still run, and of the control
 * checks of those that are overdue or due. Counts only; the officials are named (the users' list names
 * them too), no person under prevention is.
 */
export const WorkloadQuery = z.strictObject({
  /** How many officials to list, the most overdue first. */
  limit: z.coerce.number().int().min(1).max(200).default(20),
});
export type WorkloadQuery = z.infer<typeof WorkloadQuery>;

export const OfficialWorkload = z.object({
  userId: z.uuid(),
  fullName: z.string(),
  body: I18nName,
  /** Register entries placed by the official that are on the register today (001 Art. 59(2)). */
  activeEntries: z.number().int(),
  /** Measures issued by the official that run today (001 Art. 48). */
  runningMeasures: z.number().int(),
  /** Checks of preventive control past their due date, of those entries and measures. */
  overdueChecks: z.number().int(),
  /** Checks due today or in the coming week (TODAY_UPCOMING_DAYS). */
  dueChecks: z.number().int(),
});
export type OfficialWorkload = z.infer<typeof OfficialWorkload>;

export const Workload = z
  .object({
    asOf: z.iso.date(),
    territoryPath: z.string(),
    /** Officials with any open work in the territory; `items` holds the first `limit` of them. */
    officials: z.number().int(),
    items: z.array(OfficialWorkload),
  })
  .meta({ id: "Workload" });
export type Workload = z.infer<typeof Workload>;
