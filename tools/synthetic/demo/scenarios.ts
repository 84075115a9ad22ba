import { BODY_SCENARIOS } from "./scenarios-bodies.ts";
import { HANDOFF_SCENARIOS } from "./scenarios-handoffs.ts";
import { POLICE_SCENARIOS } from "./scenarios-police.ts";
import type { Scenario } from "./scenario-kit.ts";

export type { At, On, Scenario } from "./scenario-kit.ts";

/** Every designated case of the demo, in the inspector's district (police_d1's) and inspector2's. */
export const SCENARIOS: readonly Scenario[] = [...POLICE_SCENARIOS, ...BODY_SCENARIOS, ...HANDOFF_SCENARIOS];
