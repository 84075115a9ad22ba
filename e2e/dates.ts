import type { Locator } from "playwright-core";

/** A legal date "YYYY-MM-DD" as a user types it in every language: dd.MM.yyyy (R11.4). */
export const typedDate = (iso: string): string => iso.split("-").reverse().join(".");

/**
 * Types a date into a date input as a user would (dd.MM.yyyy) and leaves it, so its calendar closes
 * and does not cover the next input.
 */
export async function fillDate(input: Locator, iso: string): Promise<void> {
  await input.fill(typedDate(iso));
  await input.blur();
}
