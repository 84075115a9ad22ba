import i18next from "i18next";
import { describe, expect, it } from "vitest";
import en from "../i18n/en.json";
import ru from "../i18n/ru.json";
import { ApiError } from "./client.ts";
import { errorText, notForRole } from "./errors.ts";

// A card's part that the user's role may not read is left out; a confidential record, a territory
// refusal or any other failure is still told.
describe("parts a role may not read", () => {
  it("leaves out a part refused for the role only", () => {
    expect(notForRole(new ApiError(403, { code: "access.role" }))).toBe(true);
    expect(notForRole(new ApiError(403, { code: "access.confidential" }))).toBe(false);
    expect(notForRole(new ApiError(403, { code: "access.territory" }))).toBe(false);
    expect(notForRole(new ApiError(500, { code: "internal" }))).toBe(false);
    expect(notForRole(new Error("network"))).toBe(false);
    expect(notForRole(null)).toBe(false);
  });
});

// A refusal the catalog has no text for is told in the server's words, but its citations never show
// the law's file codes (R11).
describe("a server's own message", () => {
  it("cites the law in words, in the user's language", async () => {
    // The app's own instance: the catalog lookup (hasText) reads it.
    await i18next.init({ lng: "ru", resources: { ru: { translation: ru }, en: { translation: en } } });
    const error = new ApiError(422, { code: "npm_visit.some_new_refusal", message: "Refused (003 p.22)." });
    const text = errorText(i18next.t, error);
    expect(text).not.toMatch(/\b00[013]\b/);
    expect(text).toContain("Правил");
  });
});
