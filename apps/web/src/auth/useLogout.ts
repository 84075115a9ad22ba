import { useMutation, useQueryClient } from "@tanstack/react-query";
import { authApi } from "../api/endpoints.ts";
import { browserStore, forgetExpiry } from "./returnPath.ts";
import { clearSession } from "./session.ts";

/**
 * Log out here or everywhere. The local session is forgotten even when the server call fails (an
 * already-expired session answers 401): the user asked to leave. Then the page reloads at "/", so
 * nothing of this user stays in memory (caches, router state) and the next user starts at home.
 */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (everywhere: boolean) => (everywhere ? authApi.logoutEverywhere() : authApi.logout()),
    onSettled: () => {
      clearSession(queryClient);
      // Leaving on purpose: the next login screen is not about an expired session.
      const store = browserStore();
      if (store) forgetExpiry(store);
      window.location.replace("/");
    },
  });
}
