import type { TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import { publicPageOf } from "./PublicFrame.tsx";
import { reportFormData, type PublicReportInput } from "./publicApi.ts";
import {
  addFiles,
  fileKind,
  fileProblem,
  MAX_REPORT_FILE_BYTES,
  normalizeTrackingCode,
  reportChecks,
  type ReportFormValues,
} from "./reportForm.ts";

// A translation that returns its key and values, so a test reads which message was chosen.
const t = ((key: string, values?: Record<string, unknown>) =>
  values ? `${key} ${JSON.stringify(values)}` : key) as unknown as TFunction;

const file = (name: string, type: string, size = 1000) => ({ name, type, size });

describe("the public report's files (001 Art. 6(5))", () => {
  it("takes JPEG, PNG, PDF and MP4 by type, or by name when the browser gives no type", () => {
    expect(fileKind(file("a.jpg", "image/jpeg"))).toBe("jpeg");
    expect(fileKind(file("scan.PDF", ""))).toBe("pdf");
    expect(fileKind(file("clip.mp4", "application/octet-stream"))).toBe("mp4");
    expect(fileKind(file("a.heic", "image/heic"))).toBeNull();
    expect(fileKind(file("a.exe", ""))).toBeNull();
    // A declared type that is not allowed is not overruled by a name that is.
    expect(fileKind(file("a.jpg", "text/html"))).toBeNull();
  });

  it("names the problem of a file: its type, its size over 10 MB, or that it is empty", () => {
    expect(fileProblem(file("a.gif", "image/gif"))).toBe("type");
    expect(fileProblem(file("a.png", "image/png", MAX_REPORT_FILE_BYTES + 1))).toBe("size");
    expect(fileProblem(file("a.png", "image/png", MAX_REPORT_FILE_BYTES))).toBeNull();
    expect(fileProblem(file("a.png", "image/png", 0))).toBe("empty");
  });

  it("keeps the files that fit, up to five, and names each refused one with the reason", () => {
    const kept = [1, 2, 3, 4].map((i) => file(`${i}.jpg`, "image/jpeg"));
    const r = addFiles(kept, [
      file("5.jpg", "image/jpeg"),
      file("x.gif", "image/gif"),
      file("6.jpg", "image/jpeg"),
    ]);
    expect(r.files.map((f) => f.name)).toEqual(["1.jpg", "2.jpg", "3.jpg", "4.jpg", "5.jpg"]);
    expect(r.refused).toEqual([
      { name: "x.gif", problem: "type" },
      { name: "6.jpg", problem: "count" },
    ]);
  });
});

describe("the public report's own checks", () => {
  const ok: ReportFormValues = {
    description: "Neighbours' children are left alone at night.",
    occurredAt: "",
    regionId: "r1",
    districtId: "",
    lat: null,
    lon: null,
    anonymous: false,
    reporterPhone: "",
    reporterEmail: "",
  };
  const wrong = (v: Partial<ReportFormValues>) =>
    Object.entries(reportChecks(t, { ...ok, ...v }))
      .filter(([, m]) => m)
      .map(([k]) => k);

  it("passes a plain report with a region and no contacts", () => {
    expect(wrong({})).toEqual([]);
  });

  it("asks for a description of at least 10 characters and for the place (a region or a point)", () => {
    expect(wrong({ description: "  help  " })).toEqual(["description"]);
    expect(wrong({ regionId: "" })).toEqual(["regionId"]);
    expect(wrong({ regionId: "", lat: 43.2, lon: 76.9 })).toEqual([]);
  });

  it("refuses a time in the future and a malformed telephone or e-mail, unless anonymous", () => {
    const now = new Date("2026-12-06T10:00:00Z");
    const future = reportChecks(t, { ...ok, occurredAt: "2026-12-07T10:00:00Z" }, now);
    expect(future.occurredAt).toBe("publicReport.errors.future");
    expect(wrong({ reporterPhone: "12345" })).toEqual(["reporterPhone"]);
    expect(wrong({ reporterPhone: "+7 (701) 123-45-67" })).toEqual([]);
    expect(wrong({ reporterEmail: "name@" })).toEqual(["reporterEmail"]);
    expect(wrong({ anonymous: true, reporterPhone: "12345", reporterEmail: "x" })).toEqual([]);
  });

  it("reads a tracking code with spaces and in any case", () => {
    expect(normalizeTrackingCode(" abcde-12345 \n")).toBe("ABCDE-12345");
    expect(normalizeTrackingCode("   ")).toBe("");
  });
});

describe("the public report's multipart body", () => {
  const input: PublicReportInput = {
    description: "What happened",
    occurredAt: "",
    regionId: "r1",
    districtId: "",
    lat: 43.25,
    lon: 76.95,
    locationText: " School No. 5 ",
    anonymous: true,
    reporterName: "Typed before ticking anonymous",
    reporterPhone: "+7 701 000 00 00",
    reporterEmail: "",
    files: [],
  };

  it("sends an anonymous report without the name and contacts typed before, and no empty fields", () => {
    const form = reportFormData(input);
    expect([...form.keys()]).toEqual(["description", "regionId", "lat", "lon", "locationText", "anonymous"]);
    expect(form.get("locationText")).toBe("School No. 5");
    expect(form.get("anonymous")).toBe("true");
  });

  it("sends when it happened as its own field, the instant the reporter gave", () => {
    const form = reportFormData({ ...input, occurredAt: "2026-12-06T09:30:00.000Z" });
    expect(form.get("occurredAt")).toBe("2026-12-06T09:30:00.000Z");
    expect(form.get("description")).toBe("What happened");
  });

  it("sends the contacts of a named reporter and every file under 'files', after the fields", () => {
    const f = new File(["x"], "photo.jpg", { type: "image/jpeg" });
    const form = reportFormData({ ...input, anonymous: false, lat: null, lon: null, files: [f, f] });
    expect([...form.keys()]).toEqual([
      "description",
      "regionId",
      "locationText",
      "anonymous",
      "reporterName",
      "reporterPhone",
      "files",
      "files",
    ]);
  });
});

describe("the public pages' addresses", () => {
  it("opens /report and /track without a session, with or without a trailing slash", () => {
    expect(publicPageOf("/report")).toBe("report");
    expect(publicPageOf("/track/")).toBe("track");
    expect(publicPageOf("/reports")).toBeNull();
    expect(publicPageOf("/reports/123")).toBeNull();
    expect(publicPageOf("/")).toBeNull();
  });
});
