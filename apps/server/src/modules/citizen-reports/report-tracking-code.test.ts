import { describe, expect, it } from "vitest";
import { TRACKING_CODE_PATTERN } from "@aldyn/contract";
import { newTrackingCode, normalizeTrackingCode, trackingCodeHash } from "./report-tracking-code.ts";

describe("the tracking code of a report (R6: unguessable, stored only as a hash)", () => {
  it("is 26 characters of Crockford's base32 in groups, 128 random bits", () => {
    const { code, hash } = newTrackingCode();
    expect(code).toMatch(TRACKING_CODE_PATTERN);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(code.replace(/-/g, "").toLowerCase());
    // 2,000 codes, no two alike, and every character of the alphabet used in every position but the last.
    const codes = Array.from({ length: 2000 }, () => newTrackingCode().code.replace(/-/g, ""));
    expect(new Set(codes).size).toBe(2000);
    for (let i = 0; i < 25; i++) expect(new Set(codes.map((c) => c[i])).size).toBe(32);
  });

  it("is read back whatever the case, dashes or spaces, and I, L, O as 1, 1, 0", () => {
    const { code, hash } = newTrackingCode();
    const plain = code.replace(/-/g, "");
    expect(trackingCodeHash(code)).toBe(hash);
    expect(trackingCodeHash(plain.toLowerCase())).toBe(hash);
    expect(trackingCodeHash(` ${code.replace(/-/g, " ")} `)).toBe(hash);
    const typed = plain.replace(/1/g, "l").replace(/0/g, "O");
    expect(normalizeTrackingCode(typed)).toBe(plain);
  });

  it("refuses what cannot be a code (its length, a U, a symbol)", () => {
    expect(normalizeTrackingCode("ABC")).toBeNull();
    expect(normalizeTrackingCode("U".repeat(26))).toBeNull();
    expect(normalizeTrackingCode("A".repeat(25) + "!")).toBeNull();
    expect(normalizeTrackingCode("A".repeat(26))).toBe("A".repeat(26));
  });
});
