/**
 * The streaming reader against packages written by hand the way Excel,
 * LibreOffice, WPS and code generators write them: what the engine gets is
 * what a spreadsheet program would show.
 */
import { readGridSync } from "../../../src/io/xlsx";
import type { Cell, Sheet } from "../../../src/core";
import { handmade, pack, parts } from "../../support/packages";

function sheetOf(bytes: Uint8Array, index = 0): Sheet {
  const g = readGridSync("t.xlsx", bytes);
  if (!g.ok) throw new Error(g.reason);
  return g.grid.sheets[index];
}
const at = (s: Sheet, a1: string): Cell | undefined => {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return s.rows[Number(m[2]) - 1]?.[col] ?? undefined;
};

const STYLES =
  '<numFmts count="2"><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="165" formatCode="dd/mm/yyyy"/></numFmts>' +
  '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>' +
  '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="10"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="3"/></cellXfs>';

test("shared strings, rich text, inline strings, phonetic guides and Office escapes", () => {
  const s = sheetOf(
    handmade({
      sst: [
        "<t>Tổng số hồ sơ</t>",
        '<r><rPr><b/></rPr><t>Trực </t></r><r><t xml:space="preserve">tuyến</t></r>',
        "<t>Số</t><rPh><t>so</t></rPh>",
        "<t>dòng 1_x000D_</t>",
      ],
      sheetData:
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>' +
        '<row r="2"><c r="A2" t="inlineStr"><is><t>Đã kết nối</t></is></c><c r="B2" t="inlineStr"><is><r><t>Hồ sơ </t></r><r><t>mới</t></r></is></c></row>',
    }),
  );
  expect([at(s, "A1"), at(s, "B1"), at(s, "C1"), at(s, "D1")].map((c) => c?.value)).toEqual([
    "Tổng số hồ sơ",
    "Trực tuyến",
    "Số",
    "dòng 1\r",
  ]);
  expect([at(s, "A2")?.value, at(s, "B2")?.value]).toEqual(["Đã kết nối", "Hồ sơ mới"]);
});

test("numbers, booleans, errors, formula results, a cached 0 and shared formulas moved to each cell", () => {
  const s = sheetOf(
    handmade({
      sheetData:
        '<row r="8"><c r="E8"><v>120</v></c><c r="F8"><v>0.5</v></c><c r="G8" t="b"><v>1</v></c><c r="H8" t="e"><v>#REF!</v></c></row>' +
        '<row r="9"><c r="E9"><f>E8-E8</f><v>0</v></c><c r="F9" t="str"><f>"Có"</f><v>Có</v></c><c r="G9" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="H9"><f>SUM(E8:F8)</f></c></row>' +
        '<row r="10"><c r="E10"><f t="shared" ref="E10:G10" si="0">E8+$F$8</f><v>120.5</v></c><c r="F10"><f t="shared" si="0"/><v>1</v></c><c r="G10"><f t="shared" si="0"/><v>0</v></c></row>',
    }),
  );
  expect([at(s, "E8"), at(s, "F8"), at(s, "G8"), at(s, "H8")].map((c) => c?.value)).toEqual([120, 0.5, true, { error: "#REF!" }]);
  expect(at(s, "E9")).toEqual({ value: 0, formula: "E8-E8" });
  expect(at(s, "F9")).toEqual({ value: "Có", formula: '"Có"' });
  expect(at(s, "G9")?.value).toEqual({ error: "#DIV/0!" });
  // A formula Excel never calculated has no value: empty, not zero.
  expect(at(s, "H9")).toBeUndefined();
  expect([at(s, "E10"), at(s, "F10"), at(s, "G10")]).toEqual([
    { value: 120.5, formula: "E8+$F$8" },
    { value: 1, formula: "F8+$F$8" },
    { value: 0, formula: "G8+$F$8" },
  ]);
});

test("percent and date formats, built-in and custom, in the 1900 and 1904 date systems", () => {
  const data =
    '<row r="1"><c r="A1" s="1"><v>0.9981</v></c><c r="B1" s="2"><v>0.25</v></c><c r="C1" s="3"><v>45565</v></c><c r="D1" s="4"><v>229046</v></c><c r="E1" s="0"><v>7</v></c></row>';
  const s = sheetOf(handmade({ styles: STYLES, sheetData: data }));
  expect(at(s, "A1")).toEqual({ value: 0.9981, numFmt: "0.00%" });
  expect(at(s, "B1")).toEqual({ value: 0.25, numFmt: "0.0%" });
  expect(at(s, "C1")).toEqual({ value: new Date("2024-09-30T00:00:00Z"), numFmt: "dd/mm/yyyy" });
  expect(at(s, "D1")).toEqual({ value: 229046, numFmt: "#,##0" });
  expect(at(s, "E1")).toEqual({ value: 7 });
  const mac = sheetOf(handmade({ styles: STYLES, sheetData: data, workbookPr: '<workbookPr date1904="1"/>' }));
  expect(at(mac, "C1")?.value).toEqual(new Date("2028-10-01T00:00:00Z"));
});

test("a merged value sits in its top-left cell only; covered cells are empty", () => {
  const s = sheetOf(
    handmade({
      sheetData:
        '<row r="1"><c r="A1" t="inlineStr"><is><t>PHỤ LỤC I</t></is></c><c r="B1" t="inlineStr"><is><t>bản sao</t></is></c></row>',
      tail: '<mergeCells count="1"><mergeCell ref="A1:C2"/></mergeCells>',
    }),
  );
  expect(s.rows[0]).toEqual([{ value: "PHỤ LỤC I" }]);
  expect(s.merges).toEqual([{ top: 0, left: 0, bottom: 1, right: 2 }]);
});

test("namespace prefixes (x:row), cells without references, rows past the cap and columns past 60", () => {
  const s = sheetOf(
    handmade({
      prefix: "x",
      sheetData:
        '<x:row r="2"><x:c t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c><x:c><x:v>2</x:v></x:c><x:c r="BH2"><x:v>60</x:v></x:c><x:c r="BI2"><x:v>61</x:v></x:c></x:row>' +
        '<x:row r="5001"><x:c r="A5001"><x:v>1</x:v></x:c></x:row>',
    }),
  );
  expect(s.rows[1]?.[0]?.value).toBe("a");
  expect(s.rows[1]?.[1]?.value).toBe(2);
  expect(s.rows[1]?.[59]?.value).toBe(60);
  expect(s.rows[1]).toHaveLength(60);
  expect(s.rows[5000]).toBeUndefined();
});

test("sheets in workbook order, hidden ones read, very hidden ones and chart sheets not", () => {
  const files = parts(handmade({ sheetData: '<row r="1"><c r="A1"><v>1</v></c></row>' }));
  const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  files["xl/workbook.xml"] = files["xl/workbook.xml"].replace(
    /<sheets>.*<\/sheets>/,
    '<sheets><sheet name="Ẩn" sheetId="3" state="hidden" r:id="rId1"/><sheet name="Rất ẩn" sheetId="1" state="veryHidden" r:id="rId1"/><sheet name="Biểu đồ" sheetId="2" r:id="rId9"/><sheet name="Hiện" sheetId="4" r:id="rId1"/></sheets>',
  );
  files["xl/_rels/workbook.xml.rels"] = files["xl/_rels/workbook.xml.rels"].replace(
    "</Relationships>",
    `<Relationship Id="rId9" Type="${REL}/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>`,
  );
  const g = readGridSync("t.xlsx", pack(files));
  expect(g.ok && g.grid.sheets.map((s) => s.name)).toEqual(["Ẩn", "Hiện"]);
});

test("the workbook found through the package relationships, part names in any case", () => {
  const files = parts(handmade({ sheetData: '<row r="1"><c r="A1"><v>42</v></c></row>' }));
  files["_rels/.rels"] = files["_rels/.rels"].replace('Target="xl/workbook.xml"', 'Target="/Bao%20cao/Book.xml"');
  files["Bao cao/Book.xml"] = files["xl/workbook.xml"];
  files["Bao cao/_rels/Book.xml.rels"] = files["xl/_rels/workbook.xml.rels"].replace(
    "worksheets/sheet1.xml",
    "../XL/Worksheets/SHEET1.XML",
  );
  delete files["xl/workbook.xml"];
  delete files["xl/_rels/workbook.xml.rels"];
  expect(sheetOf(pack(files)).rows[0]).toEqual([{ value: 42 }]);
});

test("a part in UTF-16 with its byte-order mark", () => {
  const files: Record<string, string | Uint8Array> = parts(
    handmade({ sheetData: '<row r="1"><c r="A1" t="inlineStr"><is><t>Tư pháp</t></is></c></row>' }),
  );
  const xml = (files["xl/worksheets/sheet1.xml"] as string).replace('encoding="UTF-8"', 'encoding="UTF-16"');
  const u16 = new Uint8Array(2 + xml.length * 2);
  u16.set([0xff, 0xfe]);
  for (let i = 0; i < xml.length; i++) u16.set([xml.charCodeAt(i) & 255, xml.charCodeAt(i) >> 8], 2 + i * 2);
  files["xl/worksheets/sheet1.xml"] = u16;
  expect(sheetOf(pack(files)).rows[0]).toEqual([{ value: "Tư pháp" }]);
});
