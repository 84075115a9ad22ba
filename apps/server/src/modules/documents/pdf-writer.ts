import PDFDocument from "pdfkit";
import { createRequire } from "node:module";
import type { DocBase, DocLang } from "./document-types.ts";
import { cite, COMMON, formatDate } from "./messages-common.ts";

/*
 * The shared layout of the printed forms (R11.5): A4, one embedded font that has every Kazakh letter
 * (ә ғ қ ң ө ұ ү һ і), resolved from an installed npm package so nothing is fetched at run time.
 */
const require = createRequire(import.meta.url);
const FONT_REGULAR = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf");
const FONT_BOLD = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf");

const MARGIN = 56;
const SIZE = 10.5;

/** A form being written: small verbs over pdfkit so each form reads as its content. */
export class FormWriter {
  readonly doc: PDFKit.PDFDocument;
  readonly lang: DocLang;

  constructor(doc: PDFKit.PDFDocument, lang: DocLang) {
    this.doc = doc;
    this.lang = lang;
  }

  private get width(): number {
    return this.doc.page.width - 2 * MARGIN;
  }

  /** The body's name, the form's title, number, date, time and place (no state emblem). */
  header(base: DocBase, title: string, subtitle?: string): void {
    const c = COMMON[this.lang];
    const h = base.header;
    this.doc.font("Bold").fontSize(11).text(h.bodyName, { align: "center", width: this.width });
    this.doc.moveDown(0.8);
    this.doc.font("Bold").fontSize(14).text(title, { align: "center", width: this.width });
    if (subtitle) this.doc.font("Regular").fontSize(SIZE).text(subtitle, { align: "center" });
    this.doc.moveDown(0.6);
    const when = `${c.date}: ${formatDate(h.date)}${h.time ? `   ${c.time}: ${h.time}` : ""}`;
    this.doc.font("Regular").fontSize(SIZE).text(`${c.number} ${h.number}    ${when}`);
    this.doc.text(`${c.place}: ${h.place}`);
    this.doc.moveDown(0.6);
  }

  /** The person's identification block: name, IIN, birth date, address. */
  person(base: DocBase, heading: string): void {
    const c = COMMON[this.lang];
    const p = base.person;
    this.heading(heading);
    this.field(c.fullName, p.fullName);
    this.field(c.iin, p.iin ?? "—");
    this.field(c.birthDate, formatDate(p.birthDate));
    this.field(c.address, p.address);
    this.doc.moveDown(0.4);
  }

  /** The legal ground with the article in words. */
  legalGround(text: string): void {
    this.field(COMMON[this.lang].legalGround, text);
    this.doc.moveDown(0.4);
  }

  heading(text: string): void {
    this.doc.moveDown(0.3);
    this.doc.font("Bold").fontSize(SIZE).text(text, { width: this.width });
    this.doc.font("Regular");
  }

  field(label: string, value: string): void {
    this.doc.font("Bold").fontSize(SIZE).text(`${label}: `, { continued: true, width: this.width });
    this.doc.font("Regular").text(value || "—");
  }

  para(text: string): void {
    this.doc.font("Regular").fontSize(SIZE).text(text, { align: "justify", width: this.width });
    this.doc.moveDown(0.4);
  }

  /** A numbered list; each item starts on its own line, wrapped lines hang under the first. */
  list(items: readonly string[]): void {
    this.doc.font("Regular").fontSize(SIZE);
    items.forEach((item, i) =>
      this.doc.text(`${i + 1}) ${item}`, MARGIN + 14, this.doc.y, { width: this.width - 14 }),
    );
    this.doc.x = MARGIN;
    this.doc.moveDown(0.4);
  }

  /** A line to sign on: the label and a rule with "(signature)" under it. */
  signatureLine(label: string, name?: string): void {
    const c = COMMON[this.lang];
    this.keepTogether(50);
    this.doc.moveDown(0.6);
    this.doc.font("Regular").fontSize(SIZE).text(label, { width: this.width });
    this.doc.text(`${name ?? ""} ____________________ (${c.signature})    «___» __________ 20___`);
  }

  /** "Refused to sign" with two witness lines (001 Arts. 51(2), 60(1): a note of the refusal). */
  refusal(): void {
    const c = COMMON[this.lang];
    this.keepTogether(110);
    this.doc.moveDown(0.8);
    this.doc.font("Bold").fontSize(SIZE).text(`${c.refused}: ☐`);
    this.doc.font("Regular").fontSize(9.5).text(c.refusedNote, { width: this.width });
    this.doc.fontSize(SIZE).text(`${c.witnesses}:`);
    this.doc.text(`1. ${c.witness}: ______________________________________________`);
    this.doc.text(`2. ${c.witness}: ______________________________________________`);
    this.doc.text(`${c.official} (${c.signature}): ____________________`);
  }

  /** Starts a new page when fewer than `points` remain, so a signature block is never split. */
  private keepTogether(points: number): void {
    if (this.doc.y + points > this.doc.page.height - MARGIN) this.doc.addPage();
  }
}

/**
 * Renders one form to a PDF buffer. The footer line carries the article the form is made under, in
 * words of the form's language (`meta.citation` is the law package's code, e.g. "001 Art. 51"; the
 * code itself is never printed), and the form's registration number.
 */
export async function renderForm(
  lang: DocLang,
  meta: { title: string; number: string; citation: string },
  write: (w: FormWriter) => void,
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    bufferPages: true,
    info: { Title: meta.title, Creator: "Aldyn", Producer: "Aldyn" },
    lang: lang === "kk" ? "kk-KZ" : "ru-RU",
  });
  doc.registerFont("Regular", FONT_REGULAR);
  doc.registerFont("Bold", FONT_BOLD);
  doc.font("Regular");
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  write(new FormWriter(doc, lang));
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const y = doc.page.height - MARGIN + 16;
    const footer = `Aldyn · ${cite(lang, meta.citation)} · ${COMMON[lang].number} ${meta.number} · ${i + 1}/${range.count} ${COMMON[lang].page}`;
    // The footer sits in the bottom margin: lift the margin for it so pdfkit does not add a page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font("Regular")
      .fontSize(8)
      .text(footer, MARGIN, y, { width: doc.page.width - 2 * MARGIN, align: "center" });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
