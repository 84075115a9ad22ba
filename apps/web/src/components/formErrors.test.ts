import i18next from "i18next";
import { describe, expect, it } from "vitest";
import { ApiError } from "../api/client.ts";
import en from "../i18n/en.json";
import kk from "../i18n/kk.json";
import ru from "../i18n/ru.json";
import {
  detailArticle,
  fieldDomId,
  forGenericCodes,
  formMessages,
  isBlank,
  ownerField,
  valueAt,
} from "./formErrors.ts";
import { isFreshSave, SAVED_MARK_MS } from "./savedRow.ts";

// The catalogs as the app loads them (api/errors.ts asks the app's i18next which codes have a text).
await i18next.init({
  lng: "en",
  interpolation: { escapeValue: false },
  resources: { kk: { translation: kk }, ru: { translation: ru }, en: { translation: en } },
});
const tFor = (lng: "kk" | "ru" | "en") => i18next.getFixedT(lng);
const t = tFor("en");

const FIELDS = [
  "lastNameCyr",
  "iin",
  "actualAddress.text",
  "justification.basis",
  "justification.text",
  "details.victims",
];

/** A 422 of the boundary's schema, as the server answers it. */
const tooShort = (field: string) =>
  new ApiError(400, {
    code: "validation.failed",
    message: "Invalid request.",
    details: [{ field: `body.${field}`, code: "too_small", message: "Too small" }],
    requestId: "req-1",
  });

describe("the form's messages", () => {
  it("its own checks show from the first attempt to save, and an input's message goes when it is corrected", () => {
    const checks = { lastNameCyr: "Enter the last name in Cyrillic.", iin: "Enter the IIN: 12 digits." };
    const before = formMessages({ t, checks, submitted: false, fields: FIELDS, error: null });
    expect(before.problems).toEqual([]);
    const after = formMessages({ t, checks, submitted: true, fields: FIELDS, error: null });
    expect(after.byField).toEqual(checks);
    // The list at the top is in the order of the form, each with its input for the link.
    expect(after.problems.map((p) => p.field)).toEqual(["lastNameCyr", "iin"]);
    const corrected = formMessages({
      t,
      checks: { iin: checks.iin },
      submitted: true,
      fields: FIELDS,
      error: null,
    });
    expect(corrected.byField).toEqual({ iin: "Enter the IIN: 12 digits." });
  });

  it("a server 4xx with a field lands on that input and in the list, said the form's way, until the input is changed", () => {
    const error = tooShort("lastNameCyr");
    const sent = { lastNameCyr: "" };
    const messages = forGenericCodes({ lastNameCyr: "Enter the last name in Cyrillic." });
    const m = formMessages({
      t,
      checks: {},
      submitted: true,
      fields: FIELDS,
      messages,
      error,
      sent,
      current: sent,
    });
    expect(m.byField).toEqual({ lastNameCyr: "Enter the last name in Cyrillic." });
    expect(m.problems).toEqual([{ field: "lastNameCyr", message: "Enter the last name in Cyrillic." }]);
    expect(m.general).toBeNull();
    const typed = formMessages({
      t,
      checks: {},
      submitted: true,
      fields: FIELDS,
      messages,
      error,
      sent,
      current: { lastNameCyr: "А" },
    });
    expect(typed.byField).toEqual({});
    // Without an own message the catalog's generic text is used.
    expect(formMessages({ t, checks: {}, submitted: true, fields: FIELDS, error }).byField.lastNameCyr).toBe(
      en.errors.field.too_small,
    );
  });

  it("a law refusal names the article in the user's words under the input, never the file code", () => {
    const error = new ApiError(422, {
      code: "protective_order.victim_person_not_found",
      message: "x",
      field: "details.victims.1.personId",
      article: "001 Art. 60(4)",
      details: [
        {
          field: "details.victims.1.personId",
          code: "protective_order.victim_person_not_found",
          message: "001 Art. 60(4): the victim's register record was not found. (001 Art. 60(4))",
        },
      ],
      requestId: "r",
    });
    for (const lang of ["en", "ru", "kk"] as const) {
      const m = formMessages({ t: tFor(lang), checks: {}, submitted: true, fields: FIELDS, error });
      const text = m.byField["details.victims"]!;
      expect(text).toContain(({ en, ru, kk } as const)[lang].errors.protective_order.victim_person_not_found);
      expect(text).not.toMatch(/\b001 Art\./);
      expect(text.length).toBeGreaterThan(40);
    }
  });

  it("the answer's own field is an input's message too; a detail that is data (an id) is not a message", () => {
    const taken = new ApiError(409, {
      code: "person.iin_registered",
      message: "registered",
      field: "iin",
      details: [{ field: "existingPersonId", code: "person.iin_registered", message: "0000-id" }],
      requestId: "r",
    });
    const m = formMessages({
      t,
      checks: {},
      submitted: true,
      fields: FIELDS,
      error: taken,
      ignore: ["existingPersonId"],
    });
    expect(m.byField).toEqual({ iin: en.errors.person.iin_registered });
    expect(m.problems.map((p) => p.message).join()).not.toContain("0000-id");
  });

  it("a refusal of the whole form (a conflict, no access, the network) is said above the list", () => {
    const conflict = new ApiError(409, { code: "conflict.stale_version", message: "stale", requestId: "r" });
    const m = formMessages({ t, checks: {}, submitted: true, fields: FIELDS, error: conflict });
    expect(m.general).toBe(en.errors.conflict.stale_version);
    expect(
      formMessages({ t, checks: {}, submitted: true, fields: FIELDS, error: new Error("x") }).general,
    ).toBe(en.errors.generic);
    // A field the form does not show is listed as text, with the answer as a whole.
    const other = formMessages({
      t,
      checks: {},
      submitted: true,
      fields: FIELDS,
      error: tooShort("otherId"),
    });
    expect(other.problems).toEqual([{ field: null, message: en.errors.field.too_small }]);
    expect(other.general).not.toBeNull();
  });

  it("a server path finds its input: itself, the input it lies under, the first input of a part, an alias", () => {
    expect(ownerField("body.iin", FIELDS)).toBe("iin");
    expect(ownerField("details.victims.0.fullName", FIELDS)).toBe("details.victims");
    expect(ownerField("justification", FIELDS)).toBe("justification.basis");
    expect(ownerField("organisation", FIELDS)).toBeNull();
    const aliased = formMessages({
      t,
      checks: {},
      submitted: true,
      fields: FIELDS,
      aliases: { subject: "lastNameCyr" },
      error: tooShort("subject"),
    });
    expect(Object.keys(aliased.byField)).toEqual(["lastNameCyr"]);
  });

  it("helpers: values by path, blank answers, the article a detail quotes, element ids", () => {
    expect(valueAt({ a: { b: [{ c: 1 }] } }, "a.b.0.c")).toBe(1);
    expect(valueAt({ a: null }, "a.b")).toBeUndefined();
    expect([isBlank(" "), isBlank([]), isBlank(undefined), isBlank(0), isBlank(false), isBlank("x")]).toEqual(
      [true, true, true, false, false, false],
    );
    expect(detailArticle("The order must name the victim. (001 Art. 60(1), (4))")).toBe(
      "001 Art. 60(1), (4)",
    );
    expect(detailArticle("A visit is announced (003 pp.22-23)")).toBe("003 pp.22-23");
    expect(detailArticle("No article here.")).toBeUndefined();
    expect(fieldDomId("measure", "details.victims.0")).toBe("measure-details-victims-0");
  });
});

describe("the row just saved is marked in the list it returns to", () => {
  it("the last saved record only, and only for a while", () => {
    const mark = { id: "m1", at: 1_000 };
    expect(isFreshSave(mark, "m1", 1_500)).toBe(true);
    expect(isFreshSave(mark, "m2", 1_500)).toBe(false);
    expect(isFreshSave(mark, "m1", 1_000 + SAVED_MARK_MS)).toBe(false);
    expect(isFreshSave(null, "m1", 1_500)).toBe(false);
  });
});
