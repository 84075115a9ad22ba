import { Button, Center, Loader, MantineProvider, Stack, Text } from "@mantine/core";
import { Notifications } from "@mantine/notifications";
import { QueryClientProvider } from "@tanstack/react-query";
import { RouterProvider } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorText } from "./api/errors.ts";
import { ForcedPasswordChange } from "./auth/ForcedPasswordChange.tsx";
import { LoginPage } from "./auth/LoginPage.tsx";
import { SessionContext, useSessionQuery } from "./auth/session.ts";
import { DatesLocale } from "./components/DatesLocale.tsx";
import { PublicPages, publicPageOf } from "./pages/public/PublicPages.tsx";
import { createQueryClient } from "./queryClient.ts";
import { router } from "./router.tsx";
import { theme } from "./theme.ts";

/** Login, the forced password change, or the shell, depending on the session. */
function Gate() {
  const { t } = useTranslation();
  const session = useSessionQuery();
  if (session.isPending) {
    return (
      <Center mih="100vh">
        <Loader aria-label={t("common.loading")} />
      </Center>
    );
  }
  if (session.isError) {
    // The server is unreachable or failing: say so and offer a retry instead of a login form.
    return (
      <Center mih="100vh">
        <Stack align="center" role="alert">
          <Text>{errorText(t, session.error)}</Text>
          <Button onClick={() => void session.refetch()}>{t("common.retry")}</Button>
        </Stack>
      </Center>
    );
  }
  if (!session.data) return <LoginPage />;
  return (
    <SessionContext.Provider value={session.data}>
      {session.data.user.mustChangePassword ? <ForcedPasswordChange /> : <RouterProvider router={router} />}
    </SessionContext.Provider>
  );
}

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <Notifications position="top-right" />
      <DatesLocale>
        <QueryClientProvider client={queryClient}>
          {/* The public report and tracking pages need no session (001 Arts. 6(4), (5)). */}
          {publicPageOf(window.location.pathname) ? (
            <PublicPages pathname={window.location.pathname} />
          ) : (
            <Gate />
          )}
        </QueryClientProvider>
      </DatesLocale>
    </MantineProvider>
  );
}
