import { art, refuse, type NormalizedMeasure, type Refusal } from "@aldyn/law";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The register ids a request's protective order names for its victims (001 Art. 60(1), (4)), taken
 * from the body before the law normalises it, so that the subject's read can look them up in the
 * same statement. Only well-formed ids: anything else names nobody and is refused below.
 */
export function victimIdsOf(details: Record<string, unknown> | undefined): string[] {
  const victims = details?.victims;
  if (!Array.isArray(victims)) return [];
  const ids = victims.flatMap((v) => {
    const id = (v as { personId?: unknown } | null)?.personId;
    return typeof id === "string" && UUID.test(id) ? [id.toLowerCase()] : [];
  });
  return [...new Set(ids)];
}

/**
 * The register ids of a protective order's victims (001 Art. 60(1), (4)) must name persons in the
 * register: a victim linked to a record that does not exist would print and notify nobody. The law
 * checks the names; only the database knows the ids (`known`, read with the subject), so this is the
 * server's check. Each unknown id is one refusal at its path (`details.victims.1.personId`), all at
 * once like the law's.
 */
export function unknownVictimPersons(m: NormalizedMeasure, known: ReadonlySet<string>): Refusal[] {
  if (m.kind !== "protective_order") return [];
  const victims = m.details.victims ?? [];
  const a4 = art("001", "60(4)");
  return victims.flatMap((v, index) =>
    v.personId && !known.has(v.personId.toLowerCase())
      ? [
          refuse(
            "protective_order.victim_person_not_found",
            a4,
            `${a4}: the victim's register record was not found; name the victim without it or pick the record again.`,
            { field: `details.victims.${index}.personId`, params: { index } },
          ),
        ]
      : [],
  );
}
