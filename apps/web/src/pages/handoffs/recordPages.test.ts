import { describe, expect, it } from "vitest";
import { recordPageOpens } from "./recordPages.ts";

describe("the page of a hand-off's record", () => {
  it("an incident opens for the DV inspector and the family support centre (001 Arts. 10(2)(4), 72(3)(2))", () => {
    expect(recordPageOpens("dv_incident", ["police_inspector_dv"])).toBe(true);
    expect(recordPageOpens("dv_incident", ["family_centre_specialist"])).toBe(true);
  });

  it("an incident told to the guardianship body shows as text: it has no incidents page (22(3))", () => {
    expect(recordPageOpens("dv_incident", ["guardianship_officer"])).toBe(false);
  });

  it("a plan's step opens the plan for the centre, not for a responsible body without the centre's pages (55(1))", () => {
    expect(recordPageOpens("assistance_plan", ["family_centre_specialist"])).toBe(true);
    expect(recordPageOpens("assistance_plan", ["health_officer"])).toBe(false);
  });

  it("an outreach visit opens for the mobile group (11(2))", () => {
    expect(recordPageOpens("outreach_visit", ["mobile_group_member"])).toBe(true);
    expect(recordPageOpens("outreach_visit", ["guardianship_officer", "family_centre_specialist"])).toBe(
      true,
    );
  });

  it("the other records link as before", () => {
    expect(recordPageOpens("measure", ["guardianship_officer"])).toBe(true);
    expect(recordPageOpens("citizen_report", [])).toBe(true);
  });
});
