import { afterEach, describe, expect, it, vi } from "vitest";
import { personsApi } from "./persons.ts";

// The "who has viewed" panel asked for /api/v1/api/v1/persons/…/views (the client adds /api/v1 itself)
// and always failed: the persons endpoints name paths below /api/v1 only.
afterEach(() => vi.unstubAllGlobals());

describe("the persons endpoints' addresses", () => {
  it("asks for a person's readers once under /api/v1, with the page size", async () => {
    const fetchMock = vi.fn().mockResolvedValue(new Response(JSON.stringify({ items: [], total: 0 })));
    vi.stubGlobal("fetch", fetchMock);
    await expect(personsApi.views("0b9d6f5e-3c1a-4f7e-9a2b-5c6d7e8f9a0b")).resolves.toEqual({
      items: [],
      total: 0,
    });
    expect(fetchMock.mock.calls[0]![0]).toBe(
      "/api/v1/persons/0b9d6f5e-3c1a-4f7e-9a2b-5c6d7e8f9a0b/views?pageSize=50",
    );
  });
});
