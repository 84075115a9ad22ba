import type { Transaction } from "kysely";
import { legalDateOf } from "@aldyn/law";
import type { Database } from "../db/schema.ts";
import { demoClock } from "./demo-families-kit.ts";
import { populateCases } from "./demo-minors-cases.ts";
import { populateCommissions } from "./demo-minors-commissions.ts";
import { populateRegisteredMinor } from "./demo-minors-juvenile.ts";
import { actingAs, districtMinors, minorsBodies } from "./demo-minors-kit.ts";
import { populateSchool } from "./demo-minors-school.ts";

/**
 * The demo's work with minors (R4.1, R4.2, R2.10, R3.5; 001 Arts. 21(10), 23, 78, 79, 82), written
 * through the modules' use cases as the demo's officials on the days the scenario names, so every
 * state, hand-off and audit row is the app's own:
 * - the commissions: the region's over the two districts', full composition in the first district
 *   with the demo users as its secretary, a member and the chair (demo-minors-commissions.ts);
 * - the first district's school: attendance, pupils meeting 78(2)(4), attention records, two
 *   pedagogical supports with plans (a step overdue) and a refusal passed to the commission
 *   (demo-minors-school.ts);
 * - the commission's cases in every state, a held meeting with its protocol signed and the duties
 *   sent, the next meeting planned with invitations (demo-minors-cases.ts);
 * - a minor on the register with a judge's restrictions and rehabilitation activities
 *   (demo-minors-juvenile.ts).
 * Once: a database with commissions registered already gets nothing.
 */
export interface DemoMinors {
  commissions: number;
  members: number;
  pupils: number;
  supports: number;
  cases: number;
  meetings: number;
  registeredMinor: boolean;
}

export async function populateMinorsDemo(trx: Transaction<Database>, now: Date): Promise<DemoMinors> {
  const none = {
    commissions: 0,
    members: 0,
    pupils: 0,
    supports: 0,
    cases: 0,
    meetings: 0,
    registeredMinor: false,
  };
  const there = await trx.selectFrom("minors_commission").select("body_id").limit(1).executeTakeFirst();
  if (there) return none;
  const c = demoClock(legalDateOf(now));
  const b = await minorsBodies(trx);
  const as = actingAs(trx, c);
  const { members } = await populateCommissions(trx, c, b, as);
  // A population too small for the scenario (a test's few hundred persons) gets the commissions only.
  const minors = await districtMinors(trx, b.d1Territory, c.today, 13);
  if (minors.length < 13) return { ...none, commissions: 3, members };
  const school = await populateSchool(c, as, minors.slice(0, 5));
  const cases = await populateCases(trx, c, b, as, minors.slice(5, 12));
  await populateRegisteredMinor(c, as, minors[12]!);
  return {
    commissions: 3,
    members,
    pupils: 5,
    supports: school.supports.length,
    cases: cases.cases,
    meetings: cases.meetings,
    registeredMinor: true,
  };
}
