/**
 * What the family panel's one search box asks the persons search: twelve digits are an IIN, looked
 * up exactly; other text of two characters or more is a name (typos and Cyrillic ↔ Latin tolerated),
 * so a parent with no IIN is found too. Null: nothing to search yet.
 */
export function familySearchParams(text: string): { iin: string } | { q: string } | null {
  const value = text.trim();
  if (/^\d{12}$/.test(value)) return { iin: value };
  if (/^\d+$/.test(value) || value.length < 2) return null;
  return { q: value };
}

/** Digits that are not (yet) an IIN: the box says an IIN has 12 digits. */
export function badIin(text: string): boolean {
  const value = text.trim();
  return /^\d+$/.test(value) && value.length !== 12;
}
