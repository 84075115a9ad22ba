import { afterEach, describe, expect, it, vi } from "vitest";
import { RateTally, sharedRateStore, type RateChannel, type RateMessage } from "./shared-rate-limit.ts";

/** Two workers wired to one primary in this process, as node:cluster wires them across processes. */
function twoWorkers() {
  const tally = new RateTally();
  const listeners = new Map<number, (m: unknown) => void>();
  const channel = (id: number): RateChannel => ({
    send: (m: RateMessage) => {
      for (const [to, answer] of tally.receive(id, m, [...listeners.keys()])) listeners.get(to)?.(answer);
    },
    onMessage: (l) => void listeners.set(id, l),
  });
  const store = (id: number) => {
    const Store = sharedRateStore(channel(id));
    const s = new Store({});
    return (key: string) =>
      new Promise<number>((resolve) =>
        // The plugin passes the window third; its type declaration leaves it out.
        (s.incr as (k: string, cb: (e: Error | null, r?: { current: number }) => void, w: number) => void)(
          key,
          (_e, r) => resolve(r!.current),
          60_000,
        ),
      );
  };
  return { a: store(1), b: store(2) };
}

afterEach(() => void vi.useRealTimers());

describe("the rate limit shared by the HTTP processes", () => {
  it("a worker counts the others' requests of the same address once they have reported", async () => {
    vi.useFakeTimers({ now: new Date("2026-05-04T10:00:05Z") });
    const { a, b } = twoWorkers();
    expect(await a("10.0.0.1")).toBe(1);
    expect(await a("10.0.0.1")).toBe(2);
    // Not reported yet: worker b decides on its own count.
    expect(await b("10.0.0.1")).toBe(1);
    vi.advanceTimersByTime(150);
    expect(await b("10.0.0.1")).toBe(4);
    vi.advanceTimersByTime(150);
    expect(await a("10.0.0.1")).toBe(5);
    // Another address is counted apart.
    expect(await b("10.0.0.2")).toBe(1);
  });

  it("a new minute starts every address from zero in every worker", async () => {
    vi.useFakeTimers({ now: new Date("2026-05-04T10:00:58Z") });
    const { a, b } = twoWorkers();
    for (let i = 0; i < 3; i++) await a("10.0.0.1");
    vi.advanceTimersByTime(150);
    expect(await b("10.0.0.1")).toBe(4);
    vi.advanceTimersByTime(2_000);
    expect(await b("10.0.0.1")).toBe(1);
    vi.advanceTimersByTime(150);
    expect(await a("10.0.0.1")).toBe(2);
  });

  it("the primary ignores a late report of a minute already over", () => {
    const tally = new RateTally();
    const msg = (window: string, n: number): RateMessage => ({
      type: "aldyn:rate-limit",
      window,
      counts: [["k", n]],
    });
    tally.receive(1, msg("60000/10", 3), [1, 2]);
    expect(tally.receive(2, msg("60000/9", 50), [1, 2]).size).toBe(0);
    const answer = tally.receive(2, msg("60000/10", 1), [1, 2]);
    expect(answer.get(2)?.counts).toEqual([["k", 3]]);
    expect(answer.get(1)?.counts).toEqual([["k", 1]]);
  });
});
