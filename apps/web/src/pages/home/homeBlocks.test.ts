import { ROLE_IDS } from "@aldyn/contract";
import { describe, expect, it } from "vitest";
import { navFor } from "../../shell/nav.ts";
import { homeBlocks } from "./homeBlocks.ts";
import type { Today } from "./todayApi.ts";

const zero = { overdue: 0, due: 0, upcoming: 0 };
const work = { mine: zero, body: zero, territory: zero };
/** What GET /today answers a role that reads nothing but its own reminders. */
const bare: Today = {
  asOf: "2026-12-06",
  upcomingDays: 7,
  checks: null,
  duties: null,
  inbox: { unread: 0 },
  npm: null,
  accounts: null,
  audit: null,
};

describe("home page blocks", () => {
  it.each([...ROLE_IDS])("%s has a home page with its reminders and what it can do", (role) => {
    expect(navFor([role]).map((i) => i.id)).toContain("home");
    const blocks = homeBlocks([role], bare, "district");
    expect(blocks).toContain("inbox");
    expect(blocks.at(-1)).toBe("role");
  });

  it("draws the parts the server counted for the role, and only those", () => {
    expect(
      homeBlocks(["police_inspector_local"], { ...bare, checks: work, duties: work }, "district"),
    ).toEqual(["checks", "duties", "handoffs", "inbox", "summary", "role"]);
    expect(homeBlocks(["family_centre_specialist"], { ...bare, duties: work }, "district")).toEqual([
      "duties",
      "centreWork",
      "handoffs",
      "inbox",
      "summary",
      "role",
    ]);
  });

  it("heads, prosecutors and analysts get the workload; national readers the national figures", () => {
    for (const role of ["police_head", "prosecutor", "analyst"] as const)
      expect(homeBlocks([role], bare, "region")).toEqual(expect.arrayContaining(["summary", "workload"]));
    expect(homeBlocks(["analyst"], bare, "region")).not.toContain("national");
    expect(homeBlocks(["analyst"], bare, "country")).toContain("national");
    expect(homeBlocks(["police_inspector_local"], bare, "district")).not.toContain("workload");
  });

  it("NPM, administration and audit roles see no figures of the register (000 Art. 35; R11.1)", () => {
    for (const role of ["npm_participant", "system_admin", "auditor"] as const) {
      const blocks = homeBlocks([role], bare, "country");
      expect(blocks).not.toContain("summary");
      expect(blocks).not.toContain("national");
    }
  });

  it("every body that receives hand-offs sees its incoming and overdue ones; the operator its queue too", () => {
    for (const role of [
      "police_inspector_local",
      "police_head",
      "prosecutor",
      "school_council_member",
      "minors_commission_secretary",
      "guardianship_officer",
      "health_officer",
      "education_officer",
      "body_head",
      "hotline_operator",
    ] as const)
      expect(homeBlocks([role], bare, "district")).toContain("handoffs");
    expect(homeBlocks(["hotline_operator"], bare, "region").slice(0, 2)).toEqual(["triage", "handoffs"]);
    for (const role of [
      "analyst",
      "npm_participant",
      "system_admin",
      "auditor",
      "minors_commission_member",
    ] as const) {
      expect(homeBlocks([role], bare, "district")).not.toContain("handoffs");
      expect(homeBlocks([role], bare, "district")).not.toContain("triage");
    }
  });

  it("each role of domestic violence and family support has its own work first (001 Arts. 10, 11, 72)", () => {
    // The DV inspector's notifications of 72(3)(2); the centre's plans, stays and notices (10(2), 55).
    expect(homeBlocks(["police_inspector_dv"], bare, "district")).toContain("dvIncidents");
    expect(homeBlocks(["police_inspector_local"], bare, "district")).not.toContain("dvIncidents");
    expect(homeBlocks(["family_centre_specialist"], bare, "district")).toContain("centreWork");
    // A mobile group member's group and visits (11(1)), before the hand-offs it sends.
    const member = homeBlocks(["mobile_group_member"], bare, "district");
    expect(member.indexOf("mobileGroup")).toBeGreaterThanOrEqual(0);
    expect(member.indexOf("mobileGroup")).toBeLessThan(member.indexOf("handoffs"));
    // The six-monthly pack is the region's akimat's (72(4)): not a district akimat's, not the police's.
    expect(homeBlocks(["akimat_officer"], bare, "region")).toContain("dvAssessment");
    expect(homeBlocks(["akimat_officer"], bare, "district")).not.toContain("dvAssessment");
    expect(homeBlocks(["police_head"], bare, "region")).not.toContain("dvAssessment");
    for (const role of ["analyst", "school_council_member", "guardianship_officer"] as const)
      for (const block of ["dvIncidents", "centreWork", "mobileGroup"] as const)
        expect(homeBlocks([role], bare, "region")).not.toContain(block);
  });
});

describe("home blocks of the minors' work (001 Arts. 21(10), 78, 79, 82)", () => {
  it("each role of the minors' work gets its own block, and no other role gets it", () => {
    const own = {
      police_inspector_juvenile: "juvenile",
      school_council_member: "schoolCouncil",
      minors_commission_secretary: "commission",
      minors_commission_member: "commission",
      education_officer: "schoolAnalysis",
    } as const;
    for (const role of ROLE_IDS) {
      const blocks = homeBlocks([role], bare, "district");
      const mine = (own as Record<string, string>)[role];
      for (const b of ["juvenile", "schoolCouncil", "commission", "schoolAnalysis"] as const)
        expect(blocks.includes(b), `${role} ${b}`).toBe(b === mine);
    }
  });

  it("the juvenile inspector's menu holds its worklist of registered minors", () => {
    expect(navFor(["police_inspector_juvenile"]).map((i) => i.id)).toContain("juvenile");
    expect(navFor(["police_inspector_local"]).map((i) => i.id)).not.toContain("juvenile");
  });
});
