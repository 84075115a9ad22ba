import { publicPageOf } from "./PublicFrame.tsx";
import { ReportFormPage } from "./ReportFormPage.tsx";
import { TrackPage } from "./TrackPage.tsx";

export { publicPageOf };

/**
 * The pages anyone opens without an account (001 Arts. 6(4), (5)): `/report` and `/track`. They are
 * outside the logged-in router, so no session is asked for and an official's session is not used.
 */
export function PublicPages({ pathname }: { pathname: string }) {
  return publicPageOf(pathname) === "track" ? <TrackPage /> : <ReportFormPage />;
}
