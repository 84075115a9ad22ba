import { z } from "zod";

// Shapes shared by the NPM schemas (npm.ts, npm-annual.ts).
export const LegalDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const Instant = z.iso.datetime({ offset: true });
export const Text = z.string().trim().min(1).max(4000);
export const Version = z.object({ version: z.number().int().positive() });
