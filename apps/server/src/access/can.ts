import { HUMAN_ONLY_ACTIONS, type Action } from "./actions.ts";
import {
  BODY_SCOPED,
  NPM_ROLES,
  OVERSIGHT,
  OVERSIGHT_ACTIONS,
  PARTY_SCOPED,
  PERMISSIONS,
  VICTIM_CLEARED_ROLES,
} from "./policy.ts";
import { confidentialityOf, type Confidentiality, type Resource } from "./resources.ts";
import type { Actor, Role } from "./roles.ts";
import { inReach } from "./territory.ts";

export type DenialCode =
  "access.role" | "access.territory" | "access.confidential" | "access.personal_fields";

export type Decision = { allowed: true } | { allowed: false; code: DenialCode; reason: string };

const ALLOWED: Decision = { allowed: true };

/** How far a role got before it was refused: the refusal reported is the most specific one. */
const RANK: Readonly<Record<DenialCode, number>> = {
  "access.role": 0,
  "access.personal_fields": 1,
  "access.territory": 2,
  "access.confidential": 3,
};

/**
 * May `actor` do `action` on `resource`? (issue 2, item 7; REQUIREMENTS R11.1.) Pure, no I/O.
 *
 * Each of the actor's roles is judged on its own, and the actor may act when one role may: a role
 * never lends its clearance to another role's permissions, so holding two roles cannot open more
 * than either opens. For one role, in order:
 * 1. the role's work covers the action on the type (policy.ts; purpose limitation, 001 Art. 59(6));
 * 2. the record lies in the actor's territory (and own body, where the rule is body-scoped — or, to
 *    read, a body the actor's body oversees: a lower commission, 001 Art. 79(6)(4)); for a
 *    party-scoped type (a hand-off, 001 Art. 39(3)) the actor's body is one of its parties instead;
 * 3. every confidential barrier is cleared: NPM data only by NPM roles, never by a grant (000 Art. 35;
 *    003 p.29); victims' data by roles whose task it is or a `victim` grant; health data by a
 *    `health` grant only (001 Art. 83(2)).
 * Service accounts get what their roles give, minus administration, signatures and approvals.
 */
export function can(actor: Actor, action: Action, resource: Resource): Decision {
  if (actor.service && HUMAN_ONLY_ACTIONS.includes(action)) {
    return deny("access.role", `A service account may not ${action}.`);
  }
  let best: Decision | null = null;
  for (const role of actor.roles) {
    const d = judgeRole(actor, role, action, resource);
    if (d.allowed) return ALLOWED;
    if (!best || (!best.allowed && RANK[d.code] > RANK[best.code])) best = d;
  }
  return best ?? deny("access.role", "The user holds no role.");
}

function judgeRole(actor: Actor, role: Role, action: Action, resource: Resource): Decision {
  const actions = PERMISSIONS[role][resource.type];
  if (!actions?.includes(action)) {
    if (action === "read_personal" && actions?.includes("read")) {
      return deny(
        "access.personal_fields",
        `The role ${role} may not see personal fields of ${resource.type}.`,
      );
    }
    return deny("access.role", `The role ${role} may not ${action} ${resource.type}.`);
  }
  const npm = NPM_ROLES.includes(role);
  if (PARTY_SCOPED.includes(resource.type)) {
    if (!(resource.parties ?? []).includes(actor.bodyId)) {
      return deny("access.territory", `The user's body is not a party to this ${resource.type}.`);
    }
  } else if (!inReach(actor, resource.territoryPath, npm)) {
    return deny("access.territory", `This ${resource.type} lies outside the user's territory.`);
  }
  const bodyScoped = BODY_SCOPED.some((b) => b.role === role && b.type === resource.type);
  if (bodyScoped && resource.bodyId !== actor.bodyId && !oversees(actor, role, action, resource)) {
    return deny("access.territory", `The role ${role} sees only its own body's ${resource.type}.`);
  }
  for (const barrier of confidentialityOf(resource)) {
    if (!clears(actor, role, barrier)) {
      return deny("access.confidential", `This ${resource.type} is confidential (${barrier} data).`);
    }
  }
  return ALLOWED;
}

/** The actor's body is above the record's owner and the rule lets a body above read it (OVERSIGHT). */
function oversees(actor: Actor, role: Role, action: Action, resource: Resource): boolean {
  return (
    OVERSIGHT_ACTIONS.includes(action) &&
    OVERSIGHT.some((o) => o.role === role && o.type === resource.type) &&
    (resource.overseers ?? []).includes(actor.bodyId)
  );
}

function clears(actor: Actor, role: Role, barrier: Confidentiality): boolean {
  switch (barrier) {
    case "npm":
      return NPM_ROLES.includes(role);
    case "victim":
      return VICTIM_CLEARED_ROLES.includes(role) || (actor.grants?.includes("victim") ?? false);
    case "health":
      // No role is cleared for health data yet: healthcare roles will be added here.
      return actor.grants?.includes("health") ?? false;
  }
}

function deny(code: DenialCode, reason: string): Decision {
  return { allowed: false, code, reason };
}
