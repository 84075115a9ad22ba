import http from "node:http";

/** A logged-in demo user: session cookie, CSRF token, and the district the user works in. */
export interface Session {
  readonly cookie: string;
  readonly csrf: string;
  readonly districtId: string;
}

export async function login(base: string, username: string, password: string): Promise<Session> {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { csrfToken: string; user: { territory: { id: string } } };
  return {
    cookie: (res.headers.getSetCookie()[0] ?? "").split(";")[0]!,
    csrf: body.csrfToken,
    districtId: body.user.territory.id,
  };
}

/** One write the test sends: a person, marked by its Idempotency-Key in the address text. */
export interface Write {
  readonly key: string;
  readonly marker: string;
  readonly born: string;
}

export function personBody(w: Write, districtId: string): unknown {
  // A foreign citizen without an IIN: no unique IIN would hide a duplicate row behind a 409.
  return {
    noIinReason: "foreign_citizen",
    citizenship: "UZB",
    birthDate: w.born,
    sex: "female",
    lastNameCyr: "Тестова",
    firstNameCyr: "Айгерим",
    actualAddress: { text: w.marker, territoryId: districtId },
  };
}

export type Outcome =
  | { readonly kind: "acknowledged"; readonly status: number; readonly id: string; readonly replay: boolean }
  | { readonly kind: "answered"; readonly status: number; readonly body: string }
  | { readonly kind: "no_answer"; readonly error: string };

/** POST /api/v1/persons with the write's Idempotency-Key over the given agent (one connection each). */
export async function sendWrite(
  base: string,
  agent: http.Agent,
  s: Session,
  w: Write,
  timeoutMs = 15_000,
): Promise<Outcome> {
  const payload = JSON.stringify(personBody(w, s.districtId));
  return await new Promise<Outcome>((resolve) => {
    const req = http.request(
      new URL("/api/v1/persons", base),
      {
        method: "POST",
        agent,
        timeout: timeoutMs,
        headers: {
          cookie: s.cookie,
          "x-csrf-token": s.csrf,
          "idempotency-key": w.key,
          "content-type": "application/json",
          "content-length": Buffer.byteLength(payload),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("error", (e) => resolve({ kind: "no_answer", error: e.message }));
        res.on("end", () => {
          const status = res.statusCode ?? 0;
          const body = Buffer.concat(chunks).toString("utf8");
          if (status >= 200 && status < 300) {
            const id = (JSON.parse(body) as { id: string }).id;
            resolve({
              kind: "acknowledged",
              status,
              id,
              replay: res.headers["idempotent-replay"] === "true",
            });
          } else resolve({ kind: "answered", status, body: body.slice(0, 300) });
        });
      },
    );
    req.on("timeout", () => req.destroy(new Error("timed out")));
    req.on("error", (e) =>
      resolve({ kind: "no_answer", error: (e as NodeJS.ErrnoException).code ?? e.message }),
    );
    req.end(payload);
  });
}
