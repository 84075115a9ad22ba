import { describe, expect, it } from "vitest";
import { columnName, xlsxOf } from "./xlsx-writer.ts";
import { readStoredZip } from "./zip-reader.fixture.ts";

describe("XLSX writer", () => {
  it("writes the five parts of a one-sheet workbook with escaped inline strings and numbers", () => {
    const files = readStoredZip(
      xlsxOf("Due checks", [
        ["status", "name"],
        ["overdue", "Сейтқали & <Нұрлан>"],
        [null, 3],
      ]),
    );
    expect([...files.keys()]).toEqual([
      "[Content_Types].xml",
      "_rels/.rels",
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
      "xl/worksheets/sheet1.xml",
    ]);
    const sheet = files.get("xl/worksheets/sheet1.xml")!;
    expect(sheet).toContain(
      '<c r="B2" t="inlineStr"><is><t xml:space="preserve">Сейтқали &amp; &lt;Нұрлан&gt;</t></is></c>',
    );
    expect(sheet).toContain('<row r="3"><c r="B3"><v>3</v></c></row>');
    expect(files.get("xl/workbook.xml")).toContain('name="Due checks"');
  });

  it("names columns like a spreadsheet", () => {
    expect([0, 25, 26, 27, 701, 702].map(columnName)).toEqual(["A", "Z", "AA", "AB", "ZZ", "AAA"]);
  });
});
