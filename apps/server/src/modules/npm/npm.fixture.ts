import type { LightMyRequestResponse } from "fastify";
import { login, makeBody, makeUser, testApp, type LoggedIn, type TestApp } from "../../test/app.ts";
import type { Role } from "../../access/roles.ts";

/** Roles outside the NPM: every one of them must be refused every NPM endpoint (000 Art. 35; 003 p.29). */
export const NON_NPM_ROLES: readonly Role[] = [
  "police_inspector_local",
  "police_inspector_juvenile",
  "police_inspector_dv",
  "police_head",
  "school_council_member",
  "minors_commission_secretary",
  "minors_commission_member",
  "family_centre_specialist",
  "akimat_officer",
  "prosecutor",
  "analyst",
  "system_admin",
  "auditor",
];

export interface NpmWorld {
  readonly t: TestApp;
  readonly rep: LoggedIn;
  readonly council: LoggedIn;
  /** Participant users p1..p4 and their participant record ids. */
  readonly p: LoggedIn[];
  readonly pid: string[];
  readonly outsiders: Map<Role, LoggedIn>;
  close(): Promise<void>;
}

export const CLEAN_CANDIDATE = { citizenOfKazakhstan: true };

export async function npmWorld(): Promise<NpmWorld> {
  const t = await testApp();
  const office = await makeBody(t.db, "KZ", "commissioner_office", "Commissioner's office");
  const other = await makeBody(t.db, "KZ", "police_unit", "Ministry");
  await makeUser(t.db, { username: "rep", roles: ["commissioner_representative"], bodyId: office });
  await makeUser(t.db, { username: "council", roles: ["coordinating_council_member"], bodyId: office });
  const rep = await login(t.app, "rep");
  const council = await login(t.app, "council");
  const p: LoggedIn[] = [];
  const pid: string[] = [];
  for (let i = 1; i <= 4; i++) {
    const userId = await makeUser(t.db, {
      username: `npm-p${i}`,
      roles: ["npm_participant"],
      bodyId: office,
    });
    const res = await post(t, rep, "/api/v1/npm/participants", {
      fullName: `Participant ${i}`,
      userId,
      categories: [i === 2 ? "doctor" : "lawyer"],
      specialisations: [i === 2 ? "doctor" : "lawyer"],
      regionCode: "ABA",
      selectedOn: "2026-01-15",
      candidate: CLEAN_CANDIDATE,
      certificate: { number: `NPM-C-${i}`, issuedOn: "2026-01-20" },
    });
    if (res.statusCode !== 201) throw new Error(`participant ${i}: ${res.body}`);
    pid.push((res.json() as { id: string }).id);
    p.push(await login(t.app, `npm-p${i}`));
  }
  const outsiders = new Map<Role, LoggedIn>();
  for (const role of NON_NPM_ROLES) {
    await makeUser(t.db, { username: `x_${role}`, roles: [role], bodyId: other });
    outsiders.set(role, await login(t.app, `x_${role}`));
  }
  return { t, rep, council, p, pid, outsiders, close: () => t.close() };
}

export function post(
  t: TestApp,
  who: LoggedIn,
  url: string,
  payload: unknown,
): Promise<LightMyRequestResponse> {
  return t.app.inject({ method: "POST", url, headers: who.headers, payload: payload as object });
}

export function get(t: TestApp, who: LoggedIn, url: string): Promise<LightMyRequestResponse> {
  return t.app.inject({ method: "GET", url, headers: who.headers });
}

export async function institution(
  w: NpmWorld,
  name: string,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const res = await post(w.t, w.rep, "/api/v1/npm/institutions", {
    name,
    kind: "penal_institution",
    regionCode: "ABA",
    address: "1 Main street",
    capacity: 300,
    department: "Penal Execution Committee",
    ...extra,
  });
  if (res.statusCode !== 201) throw new Error(`institution: ${res.body}`);
  return (res.json() as { id: string }).id;
}

/**
 * A special visit decided by the Commissioner's office (003 p.10) on a complaint registered by the
 * first member, with the group `members` (indexes into `w.pid`). Returns the visit and the complaint.
 */
export async function specialVisit(
  w: NpmWorld,
  on: string,
  members: readonly number[] = [0, 1],
  extra: Record<string, unknown> = {},
): Promise<{ id: string; version: number; complaintId: string; institutionId: string }> {
  const inst = await institution(w, `Isolator ${on} ${members.join("")}`, {
    kind: "temporary_isolation_facility",
  });
  const c = await post(w.t, w.p[members[0]!]!, "/api/v1/npm/complaints", {
    receivedAt: `${on}T09:00:00+05:00`,
    institutionId: inst,
    complainantName: "B.",
    summary: "Torture.",
  });
  if (c.statusCode !== 201) throw new Error(`complaint: ${c.body}`);
  const complaintId = (c.json() as { id: string }).id;
  const res = await post(w.t, w.rep, "/api/v1/npm/visits", {
    kind: "special",
    form: "one_time",
    institutionIds: [inst],
    members: members.map((i) => ({ participantId: w.pid[i] })),
    startsOn: on,
    endsOn: on,
    commissionerDecision: "Decision No. 7",
    tortureComplaintIds: [complaintId],
    ...extra,
  });
  if (res.statusCode !== 201) throw new Error(`visit: ${res.body}`);
  const v = res.json() as { id: string; version: number };
  return { id: v.id, version: v.version, complaintId, institutionId: inst };
}
