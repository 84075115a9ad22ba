import { ROLE_IDS } from "@aldyn/contract";
import { describe, expect, it } from "vitest";
import { navFor } from "./nav.ts";

// NPM data is confidential (000 Art. 35; 003 p.29): its menu items belong to the NPM roles only.
const NPM_ROLES = new Set(["npm_participant", "commissioner_representative", "coordinating_council_member"]);

describe("NPM menu items", () => {
  it.each([...ROLE_IDS])("%s sees NPM items only if it is an NPM role", (role) => {
    const npmItems = navFor([role]).filter((item) => item.id.startsWith("npm"));
    if (NPM_ROLES.has(role))
      expect(npmItems.map((i) => i.id)).toEqual([
        "npmCoverage",
        "npmInstitutions",
        "npmPlans",
        "npmVisits",
        "npmParticipants",
        "npmAnnual",
      ]);
    else expect(npmItems).toEqual([]);
  });
});
