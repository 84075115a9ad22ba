/**
 * Minors' institutions and pedagogical support: special educational organisations and organisations
 * with a special detention regime (001 Arts. 80-81), adaptation centres, release, correspondence and
 * applications carried from the repealed 000 (Arts. 11, 14-1, 22-3, 22-4; R4.3), the criteria of
 * pedagogical support (001 Art. 78(2)), the commissions on minors' affairs, their cases, meetings and
 * decisions (79; R4.1), schools' attendance and prevention councils (23(9),(14), 78(2)-(4); R4.2) and
 * the quarterly analysis of schools (21(10)).
 */
export * from "./carried-config.ts";
export * from "./institutions.ts";
export * from "./adaptation-centre.ts";
export * from "./release.ts";
export * from "./correspondence.ts";
export * from "./pedagogical-support.ts";
export * from "./commission.ts";
export * from "./commission-decisions.ts";
export * from "./agenda.ts";
export * from "./attendance.ts";
export * from "./school-council.ts";
export * from "./quarterly-analysis.ts";
