import { z } from "zod";
import { line } from "./input.ts";

/**
 * The error body of every 4xx/5xx response. `code` is from a closed set (see errors.ts); `field`
 * names the input at fault; `article` cites the law where the law forbids (e.g. "001 Art. 60(2)").
 */
export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      field: z.string().optional(),
      article: z.string().optional(),
      details: z.array(z.object({ field: z.string(), code: z.string(), message: z.string() })).optional(),
      requestId: z.string(),
    }),
  })
  .meta({ id: "Error" });
export type ErrorBody = z.infer<typeof ErrorBody>;

/** Names in the three languages of the system (R11.6). */
export const I18nName = z.object({ kk: z.string().min(1), ru: z.string().min(1), en: z.string().min(1) });
export type I18nName = z.infer<typeof I18nName>;
/** Names in the three languages as a request gives them: one line each (R11). */
export const I18nNameInput = z.object({
  kk: line().trim().min(1).max(300),
  ru: line().trim().min(1).max(300),
  en: line().trim().min(1).max(300),
});

export const Uuid = z.uuid();

export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}
