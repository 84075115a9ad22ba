// The public side of citizens' reports (001 Arts. 6(4), (5)): filing a report without an account and
// reading its status by the tracking code. No session, so no CSRF token is sent; the server limits
// each address on its own (429).
import type { PublicReportFiled, PublicReportStatus, PublicTerritories } from "@aldyn/contract";
import { api, apiUpload } from "../../api/client.ts";

/** What the form sends (multipart: the fields first, then up to REPORT_LIMITS.maxFiles files). */
export interface PublicReportInput {
  description: string;
  /** When it happened (an instant), or "" when the reporter did not say. */
  occurredAt: string;
  regionId: string;
  districtId: string;
  lat: number | null;
  lon: number | null;
  locationText: string;
  anonymous: boolean;
  reporterName: string;
  reporterPhone: string;
  reporterEmail: string;
  files: readonly File[];
}

/** The multipart body in the order the server reads it: every field, then the files. */
export function reportFormData(input: PublicReportInput): FormData {
  const form = new FormData();
  const put = (name: string, value: string) => {
    if (value !== "") form.append(name, value);
  };
  put("description", input.description.trim());
  put("occurredAt", input.occurredAt);
  put("regionId", input.regionId);
  put("districtId", input.districtId);
  if (input.lat !== null && input.lon !== null) {
    put("lat", String(input.lat));
    put("lon", String(input.lon));
  }
  put("locationText", input.locationText.trim());
  form.append("anonymous", String(input.anonymous));
  // An anonymous report carries no name or contacts, whatever was typed before the box was ticked.
  if (!input.anonymous) {
    put("reporterName", input.reporterName.trim());
    put("reporterPhone", input.reporterPhone.trim());
    put("reporterEmail", input.reporterEmail.trim());
  }
  for (const file of input.files) form.append("files", file, file.name);
  return form;
}

export const publicReportsApi = {
  file: (input: PublicReportInput) => apiUpload<PublicReportFiled>("/public/reports", reportFormData(input)),
  track: (code: string) => api.get<PublicReportStatus>(`/public/reports/${encodeURIComponent(code)}`),
  territories: () => api.get<PublicTerritories>("/public/territories"),
};
