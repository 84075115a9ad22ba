import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { ApiError } from "./api/client.ts";
import { keys } from "./api/endpoints.ts";
import { clearSession, isSessionLost } from "./auth/session.ts";

export function createQueryClient(): QueryClient {
  const onError = (error: unknown) => {
    // A session that expired mid-work sends the user back to the login screen, keeping the URL.
    if (isSessionLost(error)) clearSession(queryClient);
    // The server demands a password change: reload the session so the app shows that screen.
    if (error instanceof ApiError && error.code === "auth.password_change_required") {
      void queryClient.invalidateQueries({ queryKey: keys.session });
    }
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        // A 4xx will not change on retry; only network failures and 5xx are retried, once.
        retry: (count, error) =>
          count < 1 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
        refetchOnWindowFocus: false,
      },
    },
  });
  return queryClient;
}
