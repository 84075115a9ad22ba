import { describe, expect, it } from "vitest";
import {
  MEETING_INVITATION_CHANNELS,
  MEETING_INVITATION_ROLES,
  MEETING_ITEM_KINDS,
  MEETING_PROTOCOL_STATES,
  MEETING_STATES,
  MEETING_VOTES,
  MinorsCaseEventTypeId,
  MinorsCaseMaterialKindId,
  MinorsCasePersonRoleId,
  MinorsCaseSubjectId,
} from "@aldyn/contract";
import { COMMISSION_LEVELS } from "@aldyn/law";
import en from "../../i18n/en.json";
import { MEMBER_ROLES, REPRESENTS } from "../commissions/commissionDomain.ts";
import { CASE_SOURCES, CASE_STATES } from "../minors-cases/caseDomain.ts";
import { DECISIONS } from "./meetingDomain.ts";

// The commissions' screens name the values of the law's and the contract's closed lists at run time
// (`meetings.decision.${code}`…): every value needs a name (kk and ru are kept in step by the catalog test).
function has(path: string): boolean {
  let node: unknown = en;
  for (const part of path.split(".")) {
    if (typeof node !== "object" || node === null || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string";
}

const lists: [string, readonly string[]][] = [
  ["meetings.decision", DECISIONS.map((d) => d.id)],
  ["meetings.state", MEETING_STATES],
  ["meetings.protocolState", MEETING_PROTOCOL_STATES],
  ["meetings.itemKind", MEETING_ITEM_KINDS],
  ["meetings.vote", MEETING_VOTES],
  ["meetings.invitationRole", MEETING_INVITATION_ROLES],
  ["meetings.channel", MEETING_INVITATION_CHANNELS],
  ["commissions.level", COMMISSION_LEVELS],
  ["commissions.role", MEMBER_ROLES],
  ["commissions.represents", REPRESENTS],
  ["commissions.term", ["active", "ended", "expired", "future"]],
  ["minorsCases.state", CASE_STATES],
  ["minorsCases.source", CASE_SOURCES],
  ["minorsCases.subject", MinorsCaseSubjectId.options],
  ["minorsCases.personRole", MinorsCasePersonRoleId.options],
  ["minorsCases.materialKind", MinorsCaseMaterialKindId.options],
  ["minorsCases.event", MinorsCaseEventTypeId.options],
];

describe("names of the commissions' closed lists", () => {
  it.each(lists)("%s has a name for each value", (prefix, values) => {
    expect(values.map((v) => `${prefix}.${v}`).filter((key) => !has(key))).toEqual([]);
  });
});
