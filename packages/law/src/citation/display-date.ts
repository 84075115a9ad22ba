import { LEGAL_TIME_ZONE } from "../calendar/legal-date.ts";

/*
 * Dates and times as people read them (ARCHITECTURE "Citations and dates shown to people"; R11.4):
 * always Asia/Almaty, whatever the zone of the browser or the server, and one written form in Kazakh,
 * Russian and English alike — dd.MM.yyyy and dd.MM.yyyy HH:mm, the form of documents in Kazakhstan.
 * (The browsers' Kazakh locale data is thin: Intl printed "2026 M12 6".)
 */

const LEGAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const almaty = new Intl.DateTimeFormat("en-GB", {
  timeZone: LEGAL_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** Day, month, year, hour and minute of an instant on the clock of Almaty (the zone rules of the time). */
function almatyParts(instant: Date): { d: string; m: string; y: string; hh: string; mm: string } {
  const p: Record<string, string> = {};
  for (const part of almaty.formatToParts(instant)) p[part.type] = part.value;
  return { d: p.day!, m: p.month!, y: p.year!.padStart(4, "0"), hh: p.hour!, mm: p.minute! };
}

function instantOf(value: string | Date): Date | null {
  const d = value instanceof Date ? value : new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

/**
 * A date for reading: a legal date `YYYY-MM-DD` as `dd.MM.yyyy` (no zone shift: it is already a day
 * of Almaty); an instant (`2026-03-31T19:30:00Z`, a `Date`) as the Almaty day it fell on
 * (`01.04.2026`); nothing as "—"; a text that is neither, unchanged.
 */
export function formatDisplayDate(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "string") {
    const m = LEGAL_DATE.exec(value);
    if (m) return `${m[3]}.${m[2]}.${m[1]}`;
  }
  const instant = instantOf(value);
  if (!instant) return String(value);
  const p = almatyParts(instant);
  return `${p.d}.${p.m}.${p.y}`;
}

/**
 * An instant for reading on the clock of Almaty: `2026-03-31T19:30:00Z` → `01.04.2026 00:30`. A bare
 * legal date has no time and prints as a date; nothing prints as "—".
 */
export function formatDisplayDateTime(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "string" && LEGAL_DATE.test(value)) return formatDisplayDate(value);
  const instant = instantOf(value);
  if (!instant) return String(value);
  const p = almatyParts(instant);
  return `${p.d}.${p.m}.${p.y} ${p.hh}:${p.mm}`;
}

/** The time of an instant on the clock of Almaty, `HH:mm` (e.g. the time of issue of a protective order, 001 Art. 60(4)). */
export function formatDisplayTime(value: string | Date): string {
  const instant = instantOf(value);
  if (!instant) return String(value);
  const p = almatyParts(instant);
  return `${p.hh}:${p.mm}`;
}
