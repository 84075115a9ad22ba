import { describe, expect, it } from "vitest";
import { loadConfig, parseServerProcesses, workerPoolSize } from "./config.ts";

describe("configuration from the environment", () => {
  it("the per-address rate limit defaults to 1200 a minute and can be raised", () => {
    expect(loadConfig({}).rateLimitPerMinute).toBe(1200);
    expect(loadConfig({ RATE_LIMIT_PER_MINUTE: "60000" }).rateLimitPerMinute).toBe(60000);
  });

  it("refuses a limit that is not a positive whole number, at start rather than silently", () => {
    for (const bad of ["0", "-5", "1.5", "many"])
      expect(() => loadConfig({ RATE_LIMIT_PER_MINUTE: bad })).toThrow(/RATE_LIMIT_PER_MINUTE/);
  });

  it("reports from citizens: 5 an hour per address; the bot's secret is long enough or refused at start (R6)", () => {
    expect(loadConfig({}).citizenReports).toEqual({
      publicReportsPerHour: 5,
      telegramWebhookSecret: undefined,
      telegramRegion: undefined,
    });
    const set = loadConfig({
      PUBLIC_REPORTS_PER_HOUR: "20",
      TELEGRAM_WEBHOOK_SECRET: "abcDEF_0123456789-xyz",
      TELEGRAM_REGION: "ABA",
    }).citizenReports;
    expect(set).toEqual({
      publicReportsPerHour: 20,
      telegramWebhookSecret: "abcDEF_0123456789-xyz",
      telegramRegion: "ABA",
    });
    for (const bad of ["short", "has spaces in it 0123456", "x".repeat(257)])
      expect(() => loadConfig({ TELEGRAM_WEBHOOK_SECRET: bad })).toThrow(/TELEGRAM_WEBHOOK_SECRET/);
    expect(() => loadConfig({ TELEGRAM_REGION: "Abai" })).toThrow(/TELEGRAM_REGION/);
    expect(() => loadConfig({ PUBLIC_REPORTS_PER_HOUR: "0" })).toThrow(/PUBLIC_REPORTS_PER_HOUR/);
  });

  it("a malformed commencement date of Law 001 is refused (001 Art. 85)", () => {
    expect(() => loadConfig({ LAW_001_COMMENCEMENT: "2026-13-01" })).toThrow(/LAW_001_COMMENCEMENT/);
  });

  it("one server process unless production or SERVER_PROCESSES says otherwise; auto is one per core", () => {
    expect(loadConfig({}).serverProcesses).toBe(1);
    expect(loadConfig({ SERVER_PROCESSES: "3" }).serverProcesses).toBe(3);
    expect(parseServerProcesses(undefined, true, () => 8)).toBe(8);
    expect(parseServerProcesses("auto", false, () => 2)).toBe(2);
    expect(parseServerProcesses("1", true, () => 8)).toBe(1);
    expect(parseServerProcesses("", true, () => 8)).toBe(8);
    for (const bad of ["0", "-1", "1.5", "all", "2x"])
      expect(() => parseServerProcesses(bad, false)).toThrow(/SERVER_PROCESSES/);
  });

  it("the HTTP processes split the pool's connections, at least 4 each", () => {
    expect(loadConfig({}).databasePoolSize).toBe(20);
    expect(workerPoolSize(20, 1)).toBe(20);
    expect(workerPoolSize(20, 2)).toBe(10);
    expect(workerPoolSize(20, 3)).toBe(7);
    expect(workerPoolSize(20, 16)).toBe(4);
    expect(workerPoolSize(64, 16)).toBe(4);
    expect(() => loadConfig({ DATABASE_POOL_SIZE: "0" })).toThrow(/DATABASE_POOL_SIZE/);
  });
});
