import { afterEach, describe, expect, it, vi } from "vitest";
import { apiRequest } from "./client.ts";

// A POST whose answer is lost is sent again with the same Idempotency-Key, so the server replays the
// first result instead of making a second record (the server side is proved in idempotency.test.ts).
afterEach(() => vi.unstubAllGlobals());

function keysOf(fetchMock: ReturnType<typeof vi.fn>): unknown[] {
  return fetchMock.mock.calls.map(
    (c) => (c[1] as { headers: Record<string, string> }).headers["Idempotency-Key"],
  );
}

describe("apiRequest retries a POST with its key", () => {
  it("after a network failure, with the same key", async () => {
    const fetchMock = vi
      .fn()
      .mockRejectedValueOnce(new TypeError("network"))
      .mockResolvedValueOnce(new Response(JSON.stringify({ id: "p1" }), { status: 201 }));
    vi.stubGlobal("fetch", fetchMock);
    await expect(apiRequest("POST", "/persons", { a: 1 })).resolves.toEqual({ id: "p1" });
    const keys = keysOf(fetchMock);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^web-[0-9a-f]{32}$/);
    expect(keys[1]).toBe(keys[0]);
  });

  it("while the first attempt is still running (409 with Retry-After)", async () => {
    const busy = new Response(JSON.stringify({ error: { code: "conflict.idempotency_in_progress" } }), {
      status: 409,
      headers: { "Retry-After": "0" },
    });
    const fetchMock = vi
      .fn()
      .mockResolvedValueOnce(busy)
      .mockResolvedValueOnce(new Response(JSON.stringify({ id: "p2" }), { status: 201 }));
    vi.stubGlobal("fetch", fetchMock);
    await expect(apiRequest("POST", "/persons", {})).resolves.toEqual({ id: "p2" });
    expect(new Set(keysOf(fetchMock)).size).toBe(1);
  });

  it("a refusal is not retried, and each new POST gets a new key", async () => {
    const refusal = () =>
      new Response(JSON.stringify({ error: { code: "conflict.duplicate", message: "taken" } }), {
        status: 409,
      });
    const fetchMock = vi.fn().mockImplementation(() => Promise.resolve(refusal()));
    vi.stubGlobal("fetch", fetchMock);
    await expect(apiRequest("POST", "/persons", {})).rejects.toMatchObject({ code: "conflict.duplicate" });
    await expect(apiRequest("POST", "/persons", {})).rejects.toMatchObject({ code: "conflict.duplicate" });
    const keys = keysOf(fetchMock);
    expect(keys).toHaveLength(2);
    expect(keys[0]).not.toBe(keys[1]);
  });

  it("a GET carries no key and is sent once", async () => {
    const fetchMock = vi.fn().mockRejectedValue(new TypeError("network"));
    vi.stubGlobal("fetch", fetchMock);
    await expect(apiRequest("GET", "/persons")).rejects.toMatchObject({ code: "network" });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(keysOf(fetchMock)).toEqual([undefined]);
  });
});
