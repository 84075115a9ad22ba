import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { HANDOFF_BODY_TYPES } from "../handoffs/body-types.ts";
import {
  checkMobileGroupMember,
  isMobileGroupBodyType,
  MOBILE_GROUP_BODY_TYPES,
  MOBILE_GROUP_PARTICIPANTS,
  mobileGroupComposition,
} from "./mobile-group.ts";

// 001 Art. 10(2)(8): "organize the work of mobile groups … with the participation of education,
// healthcare, and internal affairs bodies within their competence".
describe("the composition of a mobile group (001 Art. 10(2)(8))", () => {
  it.each<[string[], boolean, string[]]>([
    [["family_support_centre", "school", "healthcare_org", "police_unit"], true, []],
    [
      [
        "family_support_centre",
        "education_department",
        "healthcare_department",
        "police_department",
        "akimat",
      ],
      true,
      [],
    ],
    [["family_support_centre", "school", "police_unit"], false, ["healthcare"]],
    [["school", "healthcare_org"], false, ["centre", "internal_affairs"]],
    [[], false, ["centre", "education", "healthcare", "internal_affairs"]],
    // the guardianship body takes part (22(5)) but stands for none of the four
    [["guardianship_body", "akimat"], false, ["centre", "education", "healthcare", "internal_affairs"]],
  ])("members %j → complete %s, missing %j", (types, complete, missing) => {
    expect(mobileGroupComposition(types)).toEqual({ complete, missing });
  });

  it("the participants are the centre and the three bodies the text names", () => {
    expect(Object.keys(MOBILE_GROUP_PARTICIPANTS)).toEqual([
      "centre",
      "education",
      "healthcare",
      "internal_affairs",
    ]);
    for (const types of Object.values(MOBILE_GROUP_PARTICIPANTS))
      for (const t of types) expect(MOBILE_GROUP_BODY_TYPES as readonly string[]).toContain(t);
  });

  it("complete exactly when nothing is missing; adding a member never adds a missing participant", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...HANDOFF_BODY_TYPES), { maxLength: 8 }),
        fc.constantFrom(...HANDOFF_BODY_TYPES),
        (types, more) => {
          const c = mobileGroupComposition(types);
          expect(c.complete).toBe(c.missing.length === 0);
          const after = mobileGroupComposition([...types, more]);
          for (const m of after.missing) expect(c.missing).toContain(m);
        },
      ),
    );
  });
});

describe("who may be a member", () => {
  it.each([
    "family_support_centre",
    "education_department",
    "school",
    "healthcare_department",
    "healthcare_org",
    "police_department",
    "police_unit",
    "akimat", // "local executive bodies shall establish mobile groups" (72(2))
    "guardianship_body", // "participate in the work of mobile groups within its competence" (22(5))
  ])("%s may take part", (type) => {
    expect(isMobileGroupBodyType(type)).toBe(true);
    expect(checkMobileGroupMember(type)).toEqual({ ok: true, value: { bodyType: type } });
  });

  it.each(["prosecutor_office", "contact_centre", "special_education_org", "ministry", ""])(
    "%s may not",
    (type) => {
      expect(checkMobileGroupMember(type)).toMatchObject({
        ok: false,
        code: "mobile_group.member_body_type",
        article: "001 Art. 10(2)(8)",
        field: "bodyId",
        params: { bodyType: type },
      });
    },
  );
});
