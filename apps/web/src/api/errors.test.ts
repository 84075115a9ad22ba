import { describe, expect, it } from "vitest";
import { ApiError } from "./client.ts";
import { notForRole } from "./errors.ts";

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
