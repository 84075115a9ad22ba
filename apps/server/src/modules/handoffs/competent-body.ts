import { sql } from "kysely";
import type { I18nName } from "@aldyn/contract";
import { bodyTypesActingAs, isHandoffBodyType } from "@aldyn/law";
import type { Executor } from "./handoff-deps.ts";

/**
 * The body of `bodyType` competent for a record in `territoryPath`: the one whose territory covers the
 * path, nearest first (the district's, then the region's, then the Republic's); of two at one level,
 * the oldest. A type may be served by several (the internal affairs bodies are the departments and
 * their district units, 001 Art. 13: `bodyTypesActingAs`). "Inform the state bodies … within the competence of such bodies" (001 Art. 39(3)) is a
 * body of that type for that place. Null when no such body is registered. The database's
 * handoff_competent_body (migration 0028) answers the same for the migration of duties.
 */
export async function findCompetentBody(
  db: Executor,
  bodyType: string,
  territoryPath: string,
): Promise<{ id: string; name: I18nName } | null> {
  const types = isHandoffBodyType(bodyType) ? bodyTypesActingAs(bodyType) : [bodyType];
  const r = await sql<{ id: string; name_kk: string; name_ru: string; name_en: string }>`
    SELECT b.id, b.name_kk, b.name_ru, b.name_en
      FROM body b JOIN territory t ON t.id = b.territory_id
     WHERE b.type = ANY (${types}::text[]) AND (${territoryPath} = t.path OR ${territoryPath} LIKE t.path || '.%')
     ORDER BY length(t.path) DESC, b.created_at, b.id
     LIMIT 1`.execute(db);
  const b = r.rows[0];
  return b ? { id: b.id, name: { kk: b.name_kk, ru: b.name_ru, en: b.name_en } } : null;
}
