import { ROLES, type Actor } from "../../../../server/src/access/roles.ts";
import { issuableKinds } from "../../../../server/src/modules/preventive-measures/measure-access.ts";
import { describe, expect, it } from "vitest";
import en from "../../i18n/en.json";
import kk from "../../i18n/kk.json";
import ru from "../../i18n/ru.json";
import { offeredKinds } from "./offeredKinds.ts";
import { defaultIssuer } from "./TermFields.tsx";

// The issue form offers, role by role, exactly the kinds of the server's rule (the same function
// fills `/auth/me`; issuable-kinds.test.ts on the server proves the issue route accepts just those).
const actor = (role: (typeof ROLES)[number]): Actor => ({
  userId: "u",
  roles: [role],
  bodyId: "b",
  territoryPath: "KZ.ABA.ABA01",
  territoryLevel: "district",
});

describe("the measure kinds the issue form offers (R11.1)", () => {
  it.each(ROLES)("%s: the server's kinds and issuers, nothing else", (role) => {
    const server = issuableKinds(actor(role)).map((k) => ({ kind: k.kind, issuers: [...k.issuers] }));
    const offered = offeredKinds(server);
    expect(offered).toEqual(server);
    for (const k of offered) {
      // The form starts each kind with an issuer the server accepts from this role.
      expect(k.issuers).toContain(defaultIssuer(k.issuers));
    }
  });

  it("a family support centre is offered its registration and plan (001 Arts. 54, 55); an analyst none, told so in kk, ru and en", () => {
    const centre = offeredKinds(issuableKinds(actor("family_centre_specialist")));
    for (const kind of ["difficult_life_situation_registration", "social_adaptation_plan"])
      expect(centre).toContainEqual({ kind, issuers: ["own"] });
    expect(centre.map((k) => k.kind)).not.toContain("protective_order");
    expect(offeredKinds(issuableKinds(actor("analyst")))).toEqual([]);
    expect(offeredKinds(issuableKinds(actor("mobile_group_member")))).toEqual([]);
    for (const c of [en, kk, ru]) expect(c.forms.measure.noKinds.length).toBeGreaterThan(40);
  });

  it("keeps the law's order and drops a kind this bundle does not know", () => {
    const offered = offeredKinds([
      { kind: "parole", issuers: ["court"] },
      { kind: "official_warning", issuers: ["own"] },
      { kind: "future_kind" as "parole", issuers: ["own"] },
    ]);
    expect(offered.map((k) => k.kind)).toEqual(["official_warning", "parole"]);
  });
});
