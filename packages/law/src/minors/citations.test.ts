import { describe, expect, it } from "vitest";
import { parseCitation } from "../citation/parse-citation.ts";
import { REHABILITATION_ACTIVITIES } from "../register/minors.ts";
import { COMMISSION_DECISIONS, COMMISSION_RULES } from "./commission-decisions.ts";
import { SCHOOL_ANALYSIS_FIGURES } from "./quarterly-analysis.ts";

// The screens render every citation in words for the language (renderCitation, lawCitation): each one
// the minors' rules give must parse, or a user would read a file code.
describe("the minors' rules cite provisions the screens can render", () => {
  it("decisions, their related articles, the procedure, the analysis' figures and the activities", () => {
    const all = [
      ...COMMISSION_DECISIONS.flatMap((d) => [d.article, ...d.related]),
      COMMISSION_RULES.article,
      ...SCHOOL_ANALYSIS_FIGURES.map((f) => f.article),
      ...REHABILITATION_ACTIVITIES.map((a) => a.article),
    ];
    expect(all.filter((c) => parseCitation(c) === null)).toEqual([]);
  });
});
