import type { QueryClient } from "@tanstack/react-query";
import { useQuery } from "@tanstack/react-query";
import { createContext, useContext } from "react";
import { ApiError, setCsrfToken } from "../api/client.ts";
import { authApi, keys } from "../api/endpoints.ts";
import type { Session } from "../api/types.ts";

/** The current session, or null when nobody is logged in (401 from /auth/me). */
async function fetchSession(): Promise<Session | null> {
  try {
    const session = await authApi.me();
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function useSessionQuery() {
  return useQuery({ queryKey: keys.session, queryFn: fetchSession, staleTime: Infinity, retry: 1 });
}

/** Remember a session the server just opened (login). */
export function startSession(queryClient: QueryClient, session: Session): void {
  setCsrfToken(session.csrfToken);
  queryClient.setQueryData(keys.session, session);
}

/** Forget everything of the user who left: the token, every cached answer, the session. */
export function clearSession(queryClient: QueryClient): void {
  setCsrfToken(null);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== keys.session[0] });
  queryClient.setQueryData(keys.session, null);
}

/** Codes that mean the session is gone: show the login screen again. */
export function isSessionLost(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    (error.code === "auth.unauthenticated" || error.code === "auth.session_expired")
  );
}

export const SessionContext = createContext<Session | null>(null);

/** The logged-in session; only valid inside the shell, which renders only with a session. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession outside a logged-in shell");
  return session;
}
