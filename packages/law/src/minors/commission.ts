import { art } from "../core/citation.ts";
import { firstRefusals, refuse, type Refusal } from "../core/verdict.ts";

/**
 * The commissions on minors' affairs and protection of their rights (001 Art. 79): their levels, the
 * hierarchy of 79(6)(4) and the composition of 79(4),(5).
 */

/**
 * The levels of commissions (001 Art. 79(2),(3)): the interdepartmental commission under the authorised
 * body in the field of child rights protection, regional and city commissions, district commissions
 * under the akimat, and settlement (village, rural district) commissions under the akim.
 */
export const COMMISSION_LEVELS = ["interdepartmental", "region", "city", "district", "settlement"] as const;
export type CommissionLevel = (typeof COMMISSION_LEVELS)[number];

/** The levels of the territories the system keeps (the `territory.level` column). */
export type CommissionTerritoryLevel = "country" | "region" | "district";

/** True for a commission level. */
export function isCommissionLevel(value: string): value is CommissionLevel {
  return (COMMISSION_LEVELS as readonly string[]).includes(value);
}

/**
 * The territory levels a commission of a level sits at. A city commission is either of a city of
 * republican significance (a region-level territory) or of a city of regional significance (a
 * district-level territory: 001 Art. 79(3) names "the city or district akimat" that establishes the
 * settlement commissions). A settlement commission sits at its district (or such city) with the
 * settlement's name: the system keeps no settlement territories.
 */
const TERRITORY_OF: Readonly<Record<CommissionLevel, readonly CommissionTerritoryLevel[]>> = {
  interdepartmental: ["country"],
  region: ["region"],
  city: ["region", "district"],
  district: ["district"],
  settlement: ["district"],
};

/** The territory levels a commission of `level` may sit at (001 Art. 79(2),(3)). */
export function territoryLevelsOf(level: CommissionLevel): readonly CommissionTerritoryLevel[] {
  return TERRITORY_OF[level];
}

/**
 * The levels of the commission directly above one of `level` — the commission that "coordinates and
 * monitors the activities of lower-level commissions" (001 Art. 79(6)(4)). The interdepartmental
 * commission has none; a region's or a city's is the interdepartmental one (a city of regional
 * significance: its region's); a district's is its region's or its city's (the districts of a city
 * of republican significance); a settlement's is its district's or its city's. Use
 * {@link parentLevelsFor} when the territory level is known.
 */
export function parentLevelOf(level: CommissionLevel): readonly CommissionLevel[] {
  switch (level) {
    case "interdepartmental":
      return [];
    case "region":
      return ["interdepartmental"];
    case "city":
      return ["interdepartmental", "region"];
    case "district":
      return ["region", "city"];
    case "settlement":
      return ["district", "city"];
  }
}

/** {@link parentLevelOf} narrowed by the territory the commission sits at (a city's two cases). */
export function parentLevelsFor(
  level: CommissionLevel,
  territoryLevel: CommissionTerritoryLevel,
): readonly CommissionLevel[] {
  if (level === "city") return territoryLevel === "region" ? ["interdepartmental"] : ["region"];
  return parentLevelOf(level);
}

/**
 * Checks a commission's level against its territory, its parent and the settlement rules. Refusals:
 * - `minors_commission.level_territory` — the level does not sit at that territory (001 Art. 79(2));
 * - `minors_commission.parent_level` — the parent is not the commission directly above (79(6)(4));
 *   a null parent is allowed below the interdepartmental level (the commission above may not be kept
 *   in the system), the interdepartmental commission has none;
 * - `minors_commission.settlement_name_required` — a settlement commission names its settlement,
 *   village or rural district (79(3)); only a settlement commission has one;
 * - `minors_commission.settlement_approval_required` — "the personal composition shall be approved by
 *   the maslikhat of the respective city or district" (79(3)): the maslikhat's decision is recorded.
 */
export function checkCommission(input: {
  level: CommissionLevel;
  territoryLevel: CommissionTerritoryLevel;
  parentLevel: CommissionLevel | null;
  settlementName: string | null;
  maslikhatApproval: string | null;
}): Refusal[] {
  const settlement = input.level === "settlement";
  const parents = parentLevelsFor(input.level, input.territoryLevel);
  const parentOk = input.parentLevel === null ? true : parents.includes(input.parentLevel);
  const named = (input.settlementName ?? "").trim() !== "";
  return firstRefusals([
    TERRITORY_OF[input.level].includes(input.territoryLevel)
      ? null
      : refuse(
          "minors_commission.level_territory",
          art("001", "79(2)"),
          `A ${input.level} commission does not sit at a ${input.territoryLevel} territory.`,
          { field: "level", params: { level: input.level, territoryLevel: input.territoryLevel } },
        ),
    parentOk
      ? null
      : refuse(
          "minors_commission.parent_level",
          art("001", "79(6)(4)"),
          `The commission above a ${input.level} commission is ${parents.length === 0 ? "none" : parents.join(" or ")}, not ${input.parentLevel}.`,
          { field: "parentBodyId", params: { level: input.level, parentLevel: input.parentLevel ?? "" } },
        ),
    settlement === named
      ? null
      : refuse(
          "minors_commission.settlement_name_required",
          art("001", "79(3)"),
          settlement
            ? "A settlement commission names its settlement, village or rural district."
            : "Only a settlement commission has a settlement name.",
          { field: "settlementName" },
        ),
    settlement && (input.maslikhatApproval ?? "").trim() === ""
      ? refuse(
          "minors_commission.settlement_approval_required",
          art("001", "79(3)"),
          "The composition of a settlement commission is approved by the maslikhat of the city or district.",
          { field: "maslikhatApproval" },
        )
      : null,
  ]);
}

/** The positions in a commission: chairperson, deputy chairperson, members and one secretary (001 Art. 79(4)). */
export const COMMISSION_MEMBER_ROLES = ["chair", "deputy_chair", "member", "secretary"] as const;
export type CommissionMemberRole = (typeof COMMISSION_MEMBER_ROLES)[number];

/**
 * Whom a member represents (001 Art. 79(5)): maslikhat deputies, internal affairs, education, culture,
 * healthcare, justice, the authorised body for employment, guardianship or trusteeship bodies, family
 * support centres, the regional child rights ombudsperson, the regional representative of the human
 * rights ombudsperson, psychologists, public and other organisations; `akimat` for the chairperson
 * (79(4) second paragraph) and `other` for the "other organisations".
 */
export const COMMISSION_REPRESENTS = [
  "maslikhat",
  "internal_affairs",
  "education",
  "culture",
  "healthcare",
  "justice",
  "employment",
  "guardianship",
  "family_support_centre",
  "child_ombudsperson",
  "human_rights_ombudsperson",
  "psychologist",
  "public_organisation",
  "akimat",
  "other",
] as const;
export type CommissionRepresents = (typeof COMMISSION_REPRESENTS)[number];

/** The bodies 79(5) says "the commission shall include" (every value but `akimat` and `other`). */
export const COMMISSION_REQUIRED_BODIES: readonly CommissionRepresents[] = COMMISSION_REPRESENTS.filter(
  (r) => r !== "akimat" && r !== "other",
);

/**
 * The bodies 79(5) requires of a commission of a level. The text names "deputies of the respective
 * maslikhats" and the "regional" ombudspersons: an interdepartmental commission (national) has no
 * respective maslikhat nor regional ombudsperson, so those are not gaps there (the system's reading).
 */
export function requiredBodiesOf(level: CommissionLevel): readonly CommissionRepresents[] {
  if (level !== "interdepartmental") return COMMISSION_REQUIRED_BODIES;
  const regional: readonly CommissionRepresents[] = [
    "maslikhat",
    "child_ombudsperson",
    "human_rights_ombudsperson",
  ];
  return COMMISSION_REQUIRED_BODIES.filter((b) => !regional.includes(b));
}

/** A member of a commission as the composition rules see it. */
export interface CompositionMember {
  readonly role: CommissionMemberRole;
  readonly represents: CommissionRepresents;
  /** Holding office on the day considered (not ended, term not expired). */
  readonly active: boolean;
  /** The chairperson is the deputy akim (the akim for a settlement commission; 001 Art. 79(4)). */
  readonly chairIsDeputyAkim?: boolean;
  /** The user the member is, when linked; one person is not the secretary and another position. */
  readonly userId?: string | null;
}

/**
 * Checks a commission's composition after a change (adding or ending a member). Refusals:
 * - `minors_commission.one_chair`, `.one_deputy_chair`, `.one_secretary` — "formed consisting of a
 *   chairperson, deputy chairperson, members of the commission, and a secretary" (001 Art. 79(4)): at
 *   most one active of each (a missing one is a gap, {@link compositionGaps}, not a refusal: a
 *   composition is entered one member at a time);
 * - `minors_commission.chair_position` — "The chairperson of the commission shall be the deputy akim
 *   of the respective administrative-territorial unit, except for settlement … commissions, which shall
 *   be headed by the akim" (79(4) second paragraph);
 * - `minors_commission.secretary_other_duties` — "It shall be prohibited to assign any other functional
 *   duties to the secretary" (79(4) fourth paragraph): the secretary's user holds no other position in
 *   the commission.
 */
export function checkComposition(members: readonly CompositionMember[], level: CommissionLevel): Refusal[] {
  const active = members.filter((m) => m.active);
  const count = (role: CommissionMemberRole) => active.filter((m) => m.role === role).length;
  const one = (role: CommissionMemberRole, label: string): Refusal | null =>
    count(role) > 1
      ? refuse(`minors_commission.one_${role}`, art("001", "79(4)"), `A commission has one ${label}.`, {
          field: "role",
          params: { role, count: count(role) },
        })
      : null;
  const chairs = active.filter((m) => m.role === "chair");
  const secretaryUsers = new Set(
    active.filter((m) => m.role === "secretary" && m.userId != null).map((m) => m.userId as string),
  );
  const doubled = active.some(
    (m) => m.role !== "secretary" && m.userId != null && secretaryUsers.has(m.userId),
  );
  return firstRefusals([
    one("chair", "chairperson"),
    one("deputy_chair", "deputy chairperson"),
    one("secretary", "secretary"),
    chairs.some((c) => c.chairIsDeputyAkim !== true)
      ? refuse(
          "minors_commission.chair_position",
          art("001", "79(4)"),
          level === "settlement"
            ? "A settlement commission is headed by the akim of the settlement."
            : "The chairperson of the commission is the deputy akim of the administrative-territorial unit.",
          { field: "chairIsDeputyAkim", params: { level } },
        )
      : null,
    doubled
      ? refuse(
          "minors_commission.secretary_other_duties",
          art("001", "79(4)"),
          "The secretary is assigned no other functional duties in the commission.",
          { field: "userId" },
        )
      : null,
  ]);
}

/**
 * What a commission's active composition lacks, for the screens: the positions of 79(4) with no
 * active holder (at least one member) and the bodies of 79(5) no active member represents.
 */
export function compositionGaps(
  members: readonly CompositionMember[],
  level: CommissionLevel,
): { missingRoles: CommissionMemberRole[]; missingBodies: CommissionRepresents[] } {
  const active = members.filter((m) => m.active);
  const roles = new Set(active.map((m) => m.role));
  const bodies = new Set(active.map((m) => m.represents));
  return {
    missingRoles: COMMISSION_MEMBER_ROLES.filter((r) => !roles.has(r)),
    missingBodies: requiredBodiesOf(level).filter((b) => !bodies.has(b)),
  };
}

/** The positions that vote: the chairperson, the deputy and the members, not the secretary (system reading of 79(7)). */
export const VOTING_ROLES: readonly CommissionMemberRole[] = ["chair", "deputy_chair", "member"];

/** True when a member of `role` votes (see {@link VOTING_ROLES}). */
export function isVotingRole(role: CommissionMemberRole): boolean {
  return VOTING_ROLES.includes(role);
}
