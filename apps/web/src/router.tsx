import { createRootRoute, createRoute, createRouter } from "@tanstack/react-router";
import { AccountPasswordPage } from "./pages/AccountPasswordPage.tsx";
import { AuditPage } from "./pages/audit/AuditPage.tsx";
import { BodiesPage } from "./pages/bodies/BodiesPage.tsx";
import { HomePage } from "./pages/HomePage.tsx";
import { NotFoundPage } from "./pages/NotFoundPage.tsx";
import { UsersPage } from "./pages/users/UsersPage.tsx";
import { AppLayout } from "./shell/AppLayout.tsx";
import { RequireNav } from "./shell/RequireNav.tsx";

// The routes of the logged-in app. The router renders only with a session (App.tsx decides
// between login, forced password change and this); each screen checks its menu item by role.
const rootRoute = createRootRoute({ component: AppLayout, notFoundComponent: NotFoundPage });

const routeTree = rootRoute.addChildren([
  createRoute({ getParentRoute: () => rootRoute, path: "/", component: HomePage }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: "/users",
    component: () => (
      <RequireNav id="users">
        <UsersPage />
      </RequireNav>
    ),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: "/bodies",
    component: () => (
      <RequireNav id="bodies">
        <BodiesPage />
      </RequireNav>
    ),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: "/audit",
    component: () => (
      <RequireNav id="audit">
        <AuditPage />
      </RequireNav>
    ),
  }),
  createRoute({ getParentRoute: () => rootRoute, path: "/account/password", component: AccountPasswordPage }),
]);

export const router = createRouter({ routeTree });

declare module "@tanstack/react-router" {
  interface Register {
    router: typeof router;
  }
}
