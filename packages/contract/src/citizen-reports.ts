import { z } from "zod";
import { REPORT_CHANNELS } from "@aldyn/law";
import { I18nName, Uuid } from "./common.ts";
import { instant, line, text } from "./input.ts";

/**
 * Intake of reports from citizens and organisations (R6): the citizen's right to report infractions
 * and persons prone to them (001 Art. 6(4)) with photo and video (6(5)), on the public page (no login),
 * by the hotline (71(8)), through the messenger bot, or in person at a body. Every channel files the
 * same record with a registration number and a tracking code; the code is shown once and reads the
 * report's status and answers — nothing else. Triage and routing are in citizen-report-triage.ts.
 */

export const ReportChannel = z.enum(REPORT_CHANNELS);
export type ReportChannel = z.infer<typeof ReportChannel>;

/** The limits of a report's text and files, for the forms and the server alike. */
export const REPORT_LIMITS = {
  descriptionMin: 10,
  descriptionMax: 5000,
  locationTextMax: 500,
  nameMax: 200,
  emailMax: 254,
  /** Files with one report on the public page (001 Art. 6(5)). */
  maxFiles: 5,
  /** Each file, as every attachment (R11.5). */
  maxFileBytes: 10 * 1024 * 1024,
  /** Checked from the file's first bytes, not its name or declared type. */
  mediaTypes: ["image/jpeg", "image/png", "application/pdf", "video/mp4"],
} as const;

/**
 * The tracking code: 26 characters of Crockford's base32 (128 random bits and 2 more), shown in
 * groups `XXXXX-XXXXX-XXXXX-XXXXX-XXXXXX`. Read case-insensitively, dashes and spaces ignored; I and L
 * read as 1, O as 0 (a code read out on the telephone survives).
 */
export const TRACKING_CODE_PATTERN =
  /^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){3}-[0-9A-HJKMNP-TV-Z]{6}$/;

const Description = text().trim().min(REPORT_LIMITS.descriptionMin).max(REPORT_LIMITS.descriptionMax);
const LocationText = line().trim().min(1).max(REPORT_LIMITS.locationTextMax);
const ReporterName = line().trim().min(1).max(REPORT_LIMITS.nameMax);
/** A telephone number as people write it: digits, an optional +, spaces, dashes and brackets. */
const Phone = line()
  .trim()
  .regex(/^\+?[0-9][0-9 ()-]{4,24}$/, "a telephone number: digits, + ( ) - and spaces");
const Email = z.email().max(REPORT_LIMITS.emailMax);
const Lat = z.number().min(-90).max(90);
const Lon = z.number().min(-180).max(180);

interface PlaceAndContacts {
  regionId?: string | undefined;
  districtId?: string | undefined;
  lat?: number | undefined;
  lon?: number | undefined;
  anonymous?: boolean | undefined;
  reporterName?: string | undefined;
  reporterPhone?: string | undefined;
  reporterEmail?: string | undefined;
}

/**
 * The rules across fields of every channel: where it happened (a district, a region, or a point —
 * whole), and an anonymous reporter gives no name and no contacts.
 */
function placeAndContacts(v: PlaceAndContacts, ctx: z.RefinementCtx): void {
  if ((v.lat === undefined) !== (v.lon === undefined))
    ctx.addIssue({
      code: "custom",
      path: [v.lat === undefined ? "lat" : "lon"],
      message: "give both lat and lon",
    });
  if (!v.districtId && !v.regionId && v.lat === undefined)
    ctx.addIssue({
      code: "custom",
      path: ["districtId"],
      message: "say where it happened: a district, a region or a point on the map",
      params: { code: "location_required" },
    });
  if (v.anonymous)
    for (const field of ["reporterName", "reporterPhone", "reporterEmail"] as const)
      if (v[field] !== undefined)
        ctx.addIssue({
          code: "custom",
          path: [field],
          message: "an anonymous report carries no name or contacts",
          params: { code: "anonymous_with_contacts" },
        });
}

const flag = z.enum(["true", "false"]).transform((v) => v === "true");
const decimal = z
  .string()
  .trim()
  .regex(/^-?\d{1,3}(\.\d{1,10})?$/, "a decimal number")
  .transform(Number);

/**
 * The text fields of the public page's form (multipart/form-data; the files are parts named `files`).
 * Empty fields count as not given.
 */
export const PublicReportForm = z
  .object({
    description: Description,
    /** When it happened, if the reporter says. */
    occurredAt: instant().optional(),
    regionId: Uuid.optional(),
    districtId: Uuid.optional(),
    lat: decimal.pipe(Lat).optional(),
    lon: decimal.pipe(Lon).optional(),
    locationText: LocationText.optional(),
    anonymous: flag.default(false),
    reporterName: ReporterName.optional(),
    reporterPhone: Phone.optional(),
    reporterEmail: Email.optional(),
  })
  .strict()
  .superRefine(placeAndContacts);
export type PublicReportForm = z.infer<typeof PublicReportForm>;

/** What the public page shows once: the tracking code (never stored, only its hash) and the number. */
export const PublicReportFiled = z
  .object({ trackingCode: z.string(), registrationNumber: z.string(), receivedAt: z.string() })
  .meta({ id: "PublicReportFiled" });
export type PublicReportFiled = z.infer<typeof PublicReportFiled>;

/** A report's own statuses (the table's projection; citizen-report-triage.ts REPORT_STATUS_IDS). */
export const PublicReportStatusId = z.enum(["received", "triaged", "routed", "answered", "closed"]);

/** All the tracking code reads: the number, when it came, its status and the answers published. */
export const PublicReportStatus = z
  .object({
    registrationNumber: z.string(),
    receivedAt: z.string(),
    status: PublicReportStatusId,
    answers: z.array(z.object({ at: z.string(), text: z.string() })),
  })
  .strict()
  .meta({ id: "PublicReportStatus" });
export type PublicReportStatus = z.infer<typeof PublicReportStatus>;

/** A code as typed: any wrong one is a 404 alike; only characters no one types (NUL, controls) are a 400 (R11). */
export const TrackingCodeParams = z.object({ trackingCode: line().max(64) });

/** Regions and their districts for the public form: names only. */
export const PublicTerritories = z
  .object({
    regions: z.array(
      z.object({
        id: Uuid,
        code: z.string(),
        name: I18nName,
        districts: z.array(z.object({ id: Uuid, code: z.string(), name: I18nName })),
      }),
    ),
  })
  .meta({ id: "PublicTerritories" });
export type PublicTerritories = z.infer<typeof PublicTerritories>;

const OfficialReportFields = {
  description: Description,
  /** When it happened, if the reporter says. */
  occurredAt: instant().optional(),
  regionId: Uuid.optional(),
  districtId: Uuid.optional(),
  lat: Lat.optional(),
  lon: Lon.optional(),
  locationText: LocationText.optional(),
  anonymous: z.boolean().default(false),
  reporterName: ReporterName.optional(),
  reporterPhone: Phone.optional(),
  reporterEmail: Email.optional(),
  /** When the report was received, if not now (a report written down first on paper). */
  receivedAt: instant().optional(),
};

/**
 * A report an official enters: a hotline call (001 Art. 71(8); the call's time and the caller's
 * consent to be called back, which needs a telephone) or one made in person at the official's body.
 */
export const ReportCreate = z
  .discriminatedUnion("channel", [
    z
      .object({
        channel: z.literal("hotline"),
        callAt: instant(),
        callbackConsent: z.boolean(),
        ...OfficialReportFields,
      })
      .strict(),
    z.object({ channel: z.literal("in_person"), ...OfficialReportFields }).strict(),
  ])
  .superRefine((v, ctx) => {
    placeAndContacts(v, ctx);
    if (v.channel === "hotline" && v.callbackConsent && !v.reporterPhone)
      ctx.addIssue({
        code: "custom",
        path: ["reporterPhone"],
        message: "a call back needs the caller's telephone",
        params: { code: "callback_without_phone" },
      });
  })
  .meta({ id: "ReportCreate" });
export type ReportCreate = z.infer<typeof ReportCreate>;

/** A report just filed by an official: the tracking code is shown this once, to tell the reporter. */
export const ReportFiled = z
  .object({
    id: Uuid,
    registrationNumber: z.string(),
    trackingCode: z.string(),
    channel: ReportChannel,
    receivedAt: z.string(),
    answerDueAt: z.string(),
    status: PublicReportStatusId,
    territoryPath: z.string(),
    districtId: Uuid.nullable(),
  })
  .meta({ id: "ReportFiled" });
export type ReportFiled = z.infer<typeof ReportFiled>;

/*
 * Telegram Bot API updates (https://core.telegram.org/bots/api#update): only what the bot reads is
 * described; other fields Telegram adds are let through. A message carries text, a photo (sizes of
 * one picture, with an optional caption), a document, or a location.
 */
const TelegramChat = z.looseObject({ id: z.number().int(), type: line().max(32) });
const TelegramPhotoSize = z.looseObject({
  file_id: line().min(1).max(256),
  file_unique_id: line().min(1).max(128),
  width: z.number().int(),
  height: z.number().int(),
  file_size: z.number().int().optional(),
});
export const TelegramMessage = z.looseObject({
  message_id: z.number().int(),
  date: z.number().int().min(0),
  chat: TelegramChat,
  text: text().max(4096).optional(),
  caption: text().max(1024).optional(),
  photo: z.array(TelegramPhotoSize).min(1).max(10).optional(),
  document: z
    .looseObject({ file_id: line().min(1).max(256), file_unique_id: line().min(1).max(128) })
    .optional(),
  location: z.looseObject({ latitude: Lat, longitude: Lon }).optional(),
});
export type TelegramMessage = z.infer<typeof TelegramMessage>;
export const TelegramUpdate = z.looseObject({
  update_id: z.number().int().min(0),
  message: TelegramMessage.optional(),
});
export type TelegramUpdate = z.infer<typeof TelegramUpdate>;
