import { describe, expect, it } from "vitest";
import { ASSESSMENT_FIGURES, renderCitation } from "@aldyn/law";
import type { DvAssessmentDetail } from "@aldyn/contract";
import { DOC_LANGS } from "../documents/document-types.ts";
import { pdfText } from "../documents/pdf-text.test-helper.ts";
import { percent, renderPackPdf } from "./assessment-document.ts";
import { PACK_DOC } from "./assessment.messages.ts";
import { figureLine } from "./pdf-figures.test-helper.ts";

const pack: DvAssessmentDetail = {
  id: "7d4f1f7e-9a43-4c8e-9d55-1b2f5c3a9e01",
  region: {
    id: "7d4f1f7e-9a43-4c8e-9d55-1b2f5c3a9e02",
    name: { kk: "Абай облысы", ru: "Область Абай", en: "Abai Region" },
  },
  period: { year: 2026, half: 2, from: "2026-07-01", until: "2026-12-31" },
  status: "approved",
  meetingOn: "2026-12-04",
  approvedAt: "2026-12-04T10:00:00.000Z",
  version: 4,
  figures: ASSESSMENT_FIGURES.map((f, i) => ({ code: f.code, value: 101 + i, article: String(f.article) })),
  onTimeShare: 0.875,
  figuresAt: "2026-12-04T10:00:00.000Z",
  conclusions: "Қайталанған оқиғалар көп / Повторных случаев много",
  preparedBy: { id: "7d4f1f7e-9a43-4c8e-9d55-1b2f5c3a9e03", fullName: "Aida Preparer" },
  approvedBy: { id: "7d4f1f7e-9a43-4c8e-9d55-1b2f5c3a9e04", fullName: "Bolat Approver" },
  mayEdit: false,
  article: "001 Art. 72(4)",
};

describe("the assessment pack's PDF (001 Art. 72(4),(7))", () => {
  it.each(DOC_LANGS)(
    "prints every figure, the share on time and the conclusions in %s, no file codes",
    async (lang) => {
      const text = await pdfText(await renderPackPdf(lang, pack));
      const m = PACK_DOC[lang];
      expect(text).toContain(m.title);
      expect(text).toContain(pack.region.name[lang]);
      pack.figures.forEach((f) => {
        expect(text).toMatch(figureLine(m.names[f.code as keyof typeof m.names], f.value));
      });
      expect(text).toContain(renderCitation("001 Art. 72(3)(2)", lang));
      expect(text).toContain(percent(0.875));
      expect(text).toContain(pack.conclusions);
      expect(text).toContain("04.12.2026");
      expect(text).toContain("Bolat Approver");
      expect(text).not.toMatch(/\b00[013] ?(Arts?|pp?)\b/);
    },
  );

  it("a share prints as a percentage with a decimal comma", () => {
    expect(percent(0.875)).toBe("87,5 %");
    expect(percent(1)).toBe("100 %");
  });
});
