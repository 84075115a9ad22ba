import { z } from "zod";
import { instant, legalDate, line, text, version } from "./input.ts";

// Shapes shared by the NPM schemas (npm.ts, npm-annual.ts).
/** A calendar date: "2026-02-30" or year 0000 is a 400 here, not an invalid date in the law or the database. */
export const LegalDate = legalDate();
export const Instant = instant();
export const Text = text().trim().min(1).max(4000);
export const Version = z.object({ version: version() });
/** An identifier of the law package (a kind, a form, a ground) or a region code, as the law checks it. */
export const Code = line().trim().max(100);
