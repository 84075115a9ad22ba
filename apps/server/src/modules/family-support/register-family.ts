import { refuse, rulesFor, type IssuerKind, type MeasureInput, type MeasureKind } from "@aldyn/law";
import type { MeasureCreate, RegistrationCreate } from "@aldyn/contract";
import { AppError } from "../../errors/app-error.ts";
import { issueMeasure } from "../preventive-measures/issue-measure.ts";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import { actorBody, authorizeCase, familyPath, requireMember, type ActorBody, type Q } from "./fs-common.ts";

/** The issuer kind a body acts as for the centre's measures (001 Arts. 54(1), 55(1)). */
const BODY_ISSUER: Readonly<Record<string, IssuerKind>> = {
  family_support_centre: "family_support_centre",
};

/**
 * The law decides who issues a registration (001 Art. 54(1): family support centres) or a plan
 * (55(1)); the user's body says who the user is. A body of another type gets the law's refusal
 * (measure.issuer_not_competent with the kind's article), before anything is read or written.
 */
export async function centreIssuer(db: Q, ctx: ActCtx, kind: MeasureKind): Promise<ActorBody> {
  const body = await actorBody(db, ctx.actor);
  const r = rulesFor(kind);
  const issuer = BODY_ISSUER[body.type];
  const competent = r.issuers({ kind, details: {} } as unknown as MeasureInput);
  if (issuer === undefined || !competent.includes(issuer))
    throw AppError.fromRefusals([
      refuse(
        "measure.issuer_not_competent",
        r.issuerArticle,
        `${r.issuerArticle}: a body of the type "${body.type}" may not apply this measure.`,
        { field: "issuerKind", params: { kind, bodyType: body.type } },
      ),
    ]);
  return body;
}

/** The defaults of a centre's decision: the ground (001 Art. 49(1)) and its basis (49(3)). */
export function centreDecision(
  body: { legalGround?: string | undefined; basis?: string | undefined },
  text: string,
) {
  return {
    // The police's notice of the incident (001 Art. 72(3)(2)) is a material of a state body (49(1)(3)).
    legalGround: body.legalGround ?? "state_body_materials",
    justification: { basis: body.basis ?? "act_creating_conditions", text },
  };
}

/**
 * Registers a person of a family in a difficult life situation (001 Art. 54(1)): the measure
 * `difficult_life_situation_registration`, issued by the measures' one machinery — validated by the
 * law, marked confidential (victims' data, migration 0035), linked to the family (family_measure) — in
 * one transaction with its audit row. Closing it is the measure's termination fact.
 */
export async function registerFamily(
  deps: MeasureDeps,
  ctx: ActCtx,
  body: RegistrationCreate,
): Promise<string> {
  const kind = "difficult_life_situation_registration";
  await centreIssuer(deps.db, ctx, kind);
  authorizeCase(ctx.actor, "create", await familyPath(deps.db, body.familyId));
  await requireMember(deps.db, body.familyId, body.personId);
  const create: MeasureCreate = {
    kind,
    personId: body.personId,
    issuerKind: "family_support_centre",
    issuedAt: body.issuedAt,
    ...centreDecision(
      body,
      body.justification ?? "A person (family) in a difficult life situation identified by the centre.",
    ),
    details: {},
    familyId: body.familyId,
  };
  return issueMeasure(deps, ctx, create);
}
