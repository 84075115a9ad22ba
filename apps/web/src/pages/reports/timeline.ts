// A report fact's data as a line a person reads (pure, tested without a browser): the codes named in
// the user's language, long texts kept whole, identifiers left out (the page links to the records).
import type { TFunction } from "i18next";
import { withLawCitations } from "../../format.ts";
import { reportLabel } from "./reportLabels.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function factDetail(t: TFunction, data: Readonly<Record<string, unknown>>): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (value === null || value === undefined || value === "") continue;
    if (typeof value === "string" && UUID.test(value)) continue;
    // The category and the one a re-route changed it from (fromCategory) by their names.
    if (/^(category|fromCategory)$/.test(key) && typeof value === "string")
      parts.push(
        key === "fromCategory"
          ? t("report.fromCategory", { category: reportLabel(t, "category", value) })
          : reportLabel(t, "category", value),
      );
    else if (key === "urgency" && typeof value === "string") parts.push(reportLabel(t, "urgency", value));
    else if (key === "flags" && Array.isArray(value))
      parts.push(value.map((f) => reportLabel(t, "flag", String(f))).join(", "));
    else if (key === "channel" && typeof value === "string") parts.push(reportLabel(t, "channel", value));
    // A citation the server stored ("001 Art. 39(3)") reads in words, never as a file code (R11).
    else if (typeof value === "string") parts.push(withLawCitations(t, value));
    else if (typeof value === "number") parts.push(String(value));
  }
  return parts.join(" · ");
}

/** Who recorded a fact: the name the server gives; an identifier is no name and is not shown. */
export function recordedByText(t: TFunction, recordedBy: string | null): string {
  if (recordedBy === null) return t("report.factByPublic");
  return UUID.test(recordedBy) ? t("report.factByOfficial") : recordedBy;
}
