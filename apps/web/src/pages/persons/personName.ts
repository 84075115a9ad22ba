import type { PersonSummary } from "../../api/types.ts";

type Names = NonNullable<PersonSummary["personal"]>;

/** "Surname Name Patronymic" in Cyrillic. */
export function cyrName(p: Names): string {
  return [p.lastNameCyr, p.firstNameCyr, p.middleNameCyr].filter(Boolean).join(" ");
}

/** The Latin spelling, or "" when none is recorded. */
export function latName(p: Names): string {
  return [p.lastNameLat, p.firstNameLat, p.middleNameLat].filter(Boolean).join(" ");
}
