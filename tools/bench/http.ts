import http from "node:http";

/** A logged-in demo user: the session cookie and the CSRF token the API wants on writes. */
export interface Session {
  username: string;
  cookie: string;
  csrf: string;
  userId: string;
}

export async function login(base: string, username: string, password: string): Promise<Session> {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { csrfToken: string; user: { id: string } };
  const cookie = (res.headers.getSetCookie()[0] ?? "").split(";")[0]!;
  return { username, cookie, csrf: body.csrfToken, userId: body.user.id };
}

// The client's own cost is part of every figure, so it is kept small: node:http over a kept-alive
// socket costs ~0.2 ms a call here, where the global fetch cost 1.5 ms at p50 and 5 ms at p95 for a
// 404 (measured 2 December against the server's own 0.2 ms under autocannon).
const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });

/** One API call; a status other than the expected one stops the run (a benchmark of errors is no benchmark). */
export async function call(
  base: string,
  s: Session,
  method: "GET" | "POST",
  path: string,
  body?: unknown,
  expect = method === "POST" ? 201 : 200,
): Promise<unknown> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  const { status, text } = await new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = http.request(
      new URL(path, base),
      {
        method,
        agent,
        headers: {
          cookie: s.cookie,
          ...(payload === undefined
            ? {}
            : { "content-type": "application/json", "content-length": Buffer.byteLength(payload) }),
          ...(method === "POST" ? { "x-csrf-token": s.csrf } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(payload);
  });
  if (status !== expect) throw new Error(`${method} ${path}: ${status} ${text.slice(0, 300)}`);
  return text ? (JSON.parse(text) as unknown) : null;
}
