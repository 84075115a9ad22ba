import { describe, expect, it } from "vitest";
import { loadConfig } from "./config.ts";

describe("configuration from the environment", () => {
  it("the per-address rate limit defaults to 1200 a minute and can be raised", () => {
    expect(loadConfig({}).rateLimitPerMinute).toBe(1200);
    expect(loadConfig({ RATE_LIMIT_PER_MINUTE: "60000" }).rateLimitPerMinute).toBe(60000);
  });

  it("refuses a limit that is not a positive whole number, at start rather than silently", () => {
    for (const bad of ["0", "-5", "1.5", "many"])
      expect(() => loadConfig({ RATE_LIMIT_PER_MINUTE: bad })).toThrow(/RATE_LIMIT_PER_MINUTE/);
  });

  it("a malformed commencement date of Law 001 is refused (001 Art. 85)", () => {
    expect(() => loadConfig({ LAW_001_COMMENCEMENT: "2026-13-01" })).toThrow(/LAW_001_COMMENCEMENT/);
  });
});
