/**
 * How a report reaches the system, how urgent it is and what flags it carries (R6). A citizen has the
 * right "to report to authorized state bodies about facts of commission of infractions and persons
 * prone to committing infractions" and "to use technical means to record an infraction" (001 Art.
 * 6(4), (5)); reports of individuals are a ground of individual prevention (49(1)(1)).
 */
import { art, type Citation } from "../core/citation.ts";

/** The channels of intake. */
export const REPORT_CHANNELS = ["web", "hotline", "messenger", "in_person"] as const;
export type ReportChannel = (typeof REPORT_CHANNELS)[number];

/**
 * The provision behind each channel: the public web page and the messenger bot carry the citizen's
 * right to report and to send photos or video of an infraction (001 Art. 6(4), (5)); the hotline is
 * the "telephone helplines, 'hotlines'… for the purpose of obtaining information about antisocial
 * behavior, or about pending, ongoing, or completed infractions" (71(8)); a report made in person is
 * a report or statement of an individual (49(1)(1)).
 */
export const REPORT_CHANNEL_ARTICLES: Readonly<Record<ReportChannel, Citation>> = {
  web: art("001", "6(4)"),
  hotline: art("001", "71(8)"),
  messenger: art("001", "6(4)"),
  in_person: art("001", "49(1)(1)"),
};

/** How soon a report needs a response, set at triage (the system proposes, the operator decides). */
export const REPORT_URGENCIES = ["immediate", "urgent", "routine"] as const;
export type ReportUrgency = (typeof REPORT_URGENCIES)[number];

/** Flags that add receivers or raise urgency whatever the category. */
export const REPORT_FLAGS = ["minor_involved", "domestic_violence", "threat_to_life"] as const;
export type ReportFlag = (typeof REPORT_FLAGS)[number];

export function isReportChannel(value: string): value is ReportChannel {
  return (REPORT_CHANNELS as readonly string[]).includes(value);
}
export function isReportUrgency(value: string): value is ReportUrgency {
  return (REPORT_URGENCIES as readonly string[]).includes(value);
}
export function isReportFlag(value: string): value is ReportFlag {
  return (REPORT_FLAGS as readonly string[]).includes(value);
}
