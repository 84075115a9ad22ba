import { listedComplaintRefusals, type Refusal } from "@aldyn/law";
import type { Db } from "../../db/pool.ts";
import type { NpmMemberRow } from "../../db/schema-npm.ts";
/**
 * The law's check of the complaints a report lists (003 p.13; 000 Art. 30(4)): registered, and
 * belonging to this visit, its institutions or their regions.
 */
export async function listedComplaintsRefusals(
  db: Db,
  visit: { id: string; institution_ids: string[]; members: NpmMemberRow[] },
  listed: readonly string[],
): Promise<Refusal[]> {
  if (!listed.length) return [];
  const found = await db
    .selectFrom("npm_complaint as c")
    .leftJoin("npm_institution as i", "i.id", "c.institution_id")
    .select(["c.id", "c.visit_id", "c.received_by_participant_id", "c.institution_id", "i.region_code"])
    .where("c.id", "in", [...new Set(listed)])
    .execute();
  const regions = await db
    .selectFrom("npm_institution")
    .select("region_code")
    .where(
      "id",
      "in",
      visit.institution_ids.length ? visit.institution_ids : ["00000000-0000-0000-0000-000000000000"],
    )
    .execute();
  return listedComplaintRefusals(
    {
      id: visit.id,
      memberIds: visit.members.map((m) => m.participantId),
      institutionIds: visit.institution_ids,
      regions: [...new Set(regions.map((r) => r.region_code))],
    },
    listed,
    found.map((c) => ({
      id: c.id,
      visitId: c.visit_id,
      receivedByParticipantId: c.received_by_participant_id,
      institutionId: c.institution_id,
      institutionRegion: c.region_code,
    })),
  );
}
