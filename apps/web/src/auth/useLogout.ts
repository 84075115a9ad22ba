import { useMutation, useQueryClient } from "@tanstack/react-query";
import { authApi } from "../api/endpoints.ts";
import { clearSession } from "./session.ts";

/**
 * Log out here or everywhere. The local session is forgotten even when the server call fails (an
 * already-expired session answers 401): the user asked to leave. `afterLogout` resets the URL so
 * the next user starts on the home page.
 */
export function useLogout(afterLogout: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (everywhere: boolean) => (everywhere ? authApi.logoutEverywhere() : authApi.logout()),
    onSettled: () => {
      afterLogout();
      clearSession(queryClient);
    },
  });
}
