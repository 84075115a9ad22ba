import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/** The text of a PDF (test helper: pdfjs-dist legacy build, a devDependency),, pages joined, whitespace collapsed (what a reader of the printed form sees). */
export async function pdfText(pdf: Buffer): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false })
    .promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    const raw = content.items.map((it) => ("str" in it ? it.str + (it.hasEOL ? "\n" : "") : "")).join("");
    // A line broken after a hyphen ("6-" / "тармағы") is joined back, as a reader would read it.
    pages.push(raw.replace(/-[ \t]*\n\s*/g, "-"));
  }
  await doc.destroy();
  return pages.join("\n").replace(/\s+/g, " ");
}
