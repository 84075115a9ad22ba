import type { Issuer } from "../emit.ts";

/** The demo logins whose work the demo data is (apps/server/src/demo/seed-demo.ts DEMO_USERS). */
export const DEMO_ACTORS = [
  "inspector",
  "inspector2",
  "juvenile",
  "dv.inspector",
  "police.head",
  "school",
  "commission.secretary",
  "family.centre",
  "commissioner",
  "council",
  "npm.participant",
  // Reports from citizens and the bodies they are routed to (reports.ts).
  "prosecutor",
  "hotline.operator",
  "guardianship.officer",
  "health.officer",
  "education.officer",
] as const;
export type DemoActor = (typeof DEMO_ACTORS)[number];

/** A district of the demo region with demo bodies: where its persons live and who works there. */
export interface DemoDistrict {
  id: string;
  path: string;
  /** Share of the demo's persons living there. */
  weight: number;
  /** The settlement as an address names it ("г. Семей"). */
  town: string;
  /** The district's police unit and its local inspector (участковый), who handles its adults. */
  police: Issuer;
}

/**
 * What the demo data is built against, read from the database after the demo bodies and users are
 * seeded: plain data, so the build is a pure function of it (same seed and day, same rows).
 */
export interface DemoWorld {
  seed: number;
  /** The reference instant: the start of the day the server first starts (Asia/Almaty). */
  now: string;
  region: { code: string; path: string };
  /** The first district (the inspector's, police_d1's) and the second (inspector2's). */
  districts: [DemoDistrict, DemoDistrict];
  /** Each demo actor's body and user. */
  actors: Record<DemoActor, Issuer>;
  /**
   * The body a hand-off of each body type goes to from each district (first, second): the same
   * choice as the server's (handoff_competent_body, migration 0028: nearest covering body first).
   */
  competent: Readonly<Record<string, readonly [string, string]>>;
}
