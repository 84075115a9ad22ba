/**
 * Minors' institutions and pedagogical support: special educational organisations and organisations
 * with a special detention regime (001 Arts. 80-81), adaptation centres, release, correspondence and
 * applications carried from the repealed 000 (Arts. 11, 14-1, 22-3, 22-4; R4.3), and the criteria of
 * pedagogical support (001 Art. 78(2)).
 */
export * from "./carried-config.ts";
export * from "./institutions.ts";
export * from "./adaptation-centre.ts";
export * from "./release.ts";
export * from "./correspondence.ts";
export * from "./pedagogical-support.ts";
