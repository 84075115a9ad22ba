import { afterEach, describe, expect, it, vi } from "vitest";
import { apiRequest } from "../api/client.ts";
import {
  forgetExpiry,
  rememberExpiry,
  safeReturnPath,
  sessionExpired,
  takeReturnPath,
  type KeyValueStore,
} from "./returnPath.ts";

function memoryStore(): KeyValueStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

afterEach(() => vi.unstubAllGlobals());

describe("an expired session returns to the same page after login", () => {
  it("remembers the path with its search, says the session expired, and forgets it once taken", () => {
    const store = memoryStore();
    expect(sessionExpired(store)).toBe(false);
    rememberExpiry(store, "/persons?q=%D0%90%D0%B1%D0%B0%D0%B9&page=2");
    expect(sessionExpired(store)).toBe(true);
    expect(takeReturnPath(store)).toBe("/persons?q=%D0%90%D0%B1%D0%B0%D0%B9&page=2");
    expect(sessionExpired(store)).toBe(false);
    expect(takeReturnPath(store)).toBeNull();
  });

  it("a logout on purpose is not an expired session", () => {
    const store = memoryStore();
    rememberExpiry(store, "/worklists");
    forgetExpiry(store);
    expect(sessionExpired(store)).toBe(false);
  });

  it("returns only to a page of this app", () => {
    expect(safeReturnPath("/measures/1?tab=facts")).toBe("/measures/1?tab=facts");
    for (const bad of [
      "//evil.example/x",
      "https://evil.example/",
      "/\\evil.example",
      "persons",
      "/a\nb",
      5,
    ]) {
      expect(safeReturnPath(bad)).toBeNull();
    }
    const store = memoryStore();
    store.setItem("aldyn.sessionExpired", "//evil.example/");
    expect(takeReturnPath(store)).toBeNull();
  });

  it("the API client notes the page when the server answers auth.session_expired, not other 401s", async () => {
    const store = memoryStore();
    vi.stubGlobal("sessionStorage", store);
    vi.stubGlobal("location", { pathname: "/persons/p1/measures/new", search: "?from=worklist" });
    const answer = (code: string) =>
      new Response(JSON.stringify({ error: { code, message: code, requestId: "r" } }), { status: 401 });
    vi.stubGlobal("fetch", vi.fn().mockResolvedValueOnce(answer("auth.invalid_credentials")));
    await expect(apiRequest("GET", "/auth/me")).rejects.toMatchObject({ code: "auth.invalid_credentials" });
    expect(sessionExpired(store)).toBe(false);
    vi.stubGlobal("fetch", vi.fn().mockResolvedValueOnce(answer("auth.session_expired")));
    await expect(apiRequest("GET", "/persons")).rejects.toMatchObject({ code: "auth.session_expired" });
    expect(takeReturnPath(store)).toBe("/persons/p1/measures/new?from=worklist");
  });
});
