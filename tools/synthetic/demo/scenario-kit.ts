import type { IssuerKind, LegalDate, MeasureFact, MeasureKind, RequestedTerm } from "@aldyn/law";
import type { DemoActor } from "./world.ts";

/** An instant on the day `days` after the demo's today, at `hour`:`minute` Almaty time (UTC+5). */
export type At = (days: number, hour?: number, minute?: number) => Date;
/** The legal date `days` after the demo's today. */
export type On = (days: number) => LegalDate;

/**
 * One kind of case the demo must show, with the official who holds it: the decision and the facts
 * recorded since, relative to the day of the first start. Each is checked by the law when built
 * (cases.ts); the bulk of the demo (bulk.ts) is history drawn at random, these make sure that every
 * demo user has work today and that every state of a measure is there to be seen.
 */
export interface Scenario {
  name: string;
  actor: DemoActor;
  issuerKind: IssuerKind;
  /** 0: the inspector's district (police_d1's), 1: inspector2's. */
  district: 0 | 1;
  /** The subject's age range today, or an organisation (a statutory notice, 001 Art. 57). */
  subject: readonly [number, number] | { name: string; headOrOfficial: string };
  count: number;
  kind: MeasureKind;
  /** Day offset and hour of the decision. */
  issued: readonly [number, number];
  term?: (on: On) => RequestedTerm;
  details?: (on: On, at: At) => Record<string, unknown>;
  facts: (at: At, on: On) => MeasureFact[];
  /** A protective order whose victim has a card of her own, then confidential (001 Art. 83(2)). */
  victimPerson?: boolean;
}

export const CHECK_PLACE = "По месту жительства";
export const f = (fact: Record<string, unknown>) => fact as unknown as MeasureFact;
export const check = (at: Date, outcome = "complied") =>
  f({ type: "control_check", at, outcome, place: CHECK_PLACE });
/** Served against signature, the copy to the prosecutor sent the same day (001 Art. 51(2), (3)). */
export const servedAndCopied = (at: Date): MeasureFact[] => [
  f({ type: "served", at, channel: "in_person" }),
  f({ type: "signed", at }),
  f({ type: "prosecutor_notified", at: new Date(at.getTime() + 3_600_000) }),
];
/** Delivered to the subject, the copy to the victim the same day (001 Art. 60(1), (5)). */
export const deliveredWithVictimCopy = (at: Date): MeasureFact[] => [
  f({ type: "served", at, channel: "in_person" }),
  f({ type: "signed", at }),
  f({ type: "notice_sent", at: new Date(at.getTime() + 3_600_000), to: "victim" }),
];

/** A protective order's content (001 Art. 60(4)); cases.ts adds the victim. */
export const PO_DETAILS = (timeOfViolence: Date) => ({
  subjectSane: true,
  placeOfIssue: "Участковый пункт полиции",
  placeOfViolence: "По месту совместного проживания",
  circumstances: "Угрозы физической расправой в адрес супруги в ходе ссоры",
  prohibitions: ["violence", "visiting_victim"],
  coversFamilyMembers: true,
  consequencesStated: true,
  appealRightStated: true,
  timeOfViolence,
});

export const ADULT = [19, 60] as const;
export const TEEN = [14, 17] as const;
export const PUPIL = [11, 16] as const;
