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

/** One API call; a status other than the expected one stops the run (a benchmark of errors is no benchmark). */
export async function call(
  base: string,
  s: Session,
  method: "GET" | "POST",
  path: string,
  body?: unknown,
  expect = method === "POST" ? 201 : 200,
): Promise<unknown> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: {
      cookie: s.cookie,
      ...(method === "POST" ? { "content-type": "application/json", "x-csrf-token": s.csrf } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  if (res.status !== expect) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 300)}`);
  return text ? (JSON.parse(text) as unknown) : null;
}
