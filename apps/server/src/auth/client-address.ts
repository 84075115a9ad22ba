import type { TrustProxy } from "../config.ts";

type ProxyTrust = false | string | ((address: string, hop: number) => boolean);

/**
 * Fastify's `trustProxy` for TRUST_PROXY (R11). The client's address (req.ip) keys the login
 * throttle, the rate limit and the audit rows, so only the named proxies may change it with
 * X-Forwarded-For; with none named, req.ip is the socket's address and a forged header is ignored.
 * A hop count becomes a function: Fastify 5 refuses to trust on a bare number (it cannot check the
 * immediate peer), and here the operator has said the server is reachable only through that many
 * proxies.
 */
export function fastifyTrustProxy(trust: TrustProxy): ProxyTrust {
  if (trust === false) return false;
  if ("hops" in trust) {
    const { hops } = trust;
    return (_address, hop) => hop < hops;
  }
  return trust.join(",");
}
