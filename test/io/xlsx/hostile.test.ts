/**
 * Hostile and broken workbooks: each class that once crashed, hung or
 * silently misread, kept here so none comes back. Big files are generated
 * in the test (streamed), never committed.
 */
import { strFromU8, unzipSync, zipSync } from "fflate";
import { consolidate, buildReport, serviceById } from "../../../src/core";
import { readGridSync, readXlsxSubmission, writeReport } from "../../../src/io/xlsx";
import { unitWorkbook, type RowSpec } from "../../../scripts/lib/unitWorkbook";
import { SHEET, declareSize, editSheet, edited, goodUnit, pack, parts } from "../../support/packages";
import {
  GIANT,
  GIANT_MERGE_SPELLINGS,
  addMerge,
  deflateBomb,
  noise,
  manySharedStrings,
  numberSheet,
  smallMerges,
  taglessText,
  textSheet,
  withMerges,
} from "../../support/hostileWorkbooks";

const ids = async (name: string, bytes: Uint8Array) => {
  const s = await readXlsxSubmission(name, bytes);
  return { s, ids: s.tables.flatMap((t) => t.rows.map((r) => r.service.id)) };
};
const refusal = (bytes: Uint8Array) => {
  const g = readGridSync("x.xlsx", bytes);
  if (g.ok) throw new Error("expected a refusal");
  return g;
};
const mergesOf = (bytes: Uint8Array) => {
  const g = readGridSync("x.xlsx", bytes);
  if (!g.ok) throw new Error(g.reason);
  return { merges: g.grid.sheets.flatMap((s) => s.merges), notes: g.notes };
};
const area = (m: { top: number; left: number; bottom: number; right: number }) => (m.bottom - m.top + 1) * (m.right - m.left + 1);

describe("a giant merge is seen as the XML parser sees it, however it is spelled", () => {
  test.each(Object.entries(GIANT_MERGE_SPELLINGS))("%s: dropped, never expanded, the table read", async (_, tag) => {
    const bytes = await withMerges(tag);
    const { s, ids: read } = await ids("gop.xlsx", bytes);
    expect(s.readable).toBe(true);
    expect(read).toEqual(["dvc25-01", "dvc25-02", "dvc25-03"]);
    const { merges, notes } = mergesOf(bytes);
    expect(Math.max(...merges.map(area))).toBeLessThanOrEqual(10_000);
    expect(notes.join()).toContain("bỏ qua 1 vùng gộp ô");
  });

  test("the sheet reached through a relationship with a leading slash", async () => {
    const bytes = await edited((f) => {
      f["xl/_rels/workbook.xml.rels"] = f["xl/_rels/workbook.xml.rels"].replace(
        'Target="worksheets/sheet1.xml"',
        'Target="/xl/worksheets/sheet1.xml"',
      );
      f[SHEET] = addMerge(`<mergeCell ref="${GIANT}"/>`)(f[SHEET]);
    });
    expect(mergesOf(bytes).notes.join()).toContain("bỏ qua 1 vùng gộp ô");
    expect((await ids("a.xlsx", bytes)).ids).toHaveLength(3);
  });

  test("the sheet in a sub-folder under another name, its zip entry with a leading slash", async () => {
    const bytes = await edited((f) => {
      f["xl/_rels/workbook.xml.rels"] = f["xl/_rels/workbook.xml.rels"].replace(
        'Target="worksheets/sheet1.xml"',
        'Target="worksheets/sub/../sub/Trang%20A.xml"',
      );
      f["/xl/worksheets/sub/Trang A.xml"] = addMerge(`<mergeCell ref="${GIANT}"/>`)(f[SHEET]);
      delete f[SHEET];
    });
    expect(mergesOf(bytes).notes.join()).toContain("bỏ qua 1 vùng gộp ô");
    expect((await ids("b.xlsx", bytes)).ids).toEqual(["dvc25-01", "dvc25-02", "dvc25-03"]);
  });

  test("50,000 small merges: refused as too large, naming the limit", async () => {
    const g = refusal(await withMerges(smallMerges(50_000)));
    expect(g).toMatchObject({ code: "FILE_TOO_LARGE" });
    expect(g.reason).toMatch(/hơn 10\.000 vùng gộp ô/);
  });

  test("merges that together cover more than a million cells: refused", async () => {
    const blocks = Array.from({ length: 120 }, (_, i) => `<mergeCell ref="A${i * 100 + 1000}:CV${i * 100 + 1099}"/>`).join("");
    const g = refusal(await editSheet(addMerge(blocks)));
    expect(g.code).toBe("FILE_TOO_LARGE");
    expect(g.reason).toMatch(/phủ hơn 1\.000\.000 ô/);
  });

  test("overlapping merges (Excel tolerates them): the later one is left out, the file read", async () => {
    const bytes = await editSheet(addMerge('<mergeCell ref="K1:M3"/><mergeCell ref="L2:N4"/>'));
    const { merges } = mergesOf(bytes);
    expect(merges).toContainEqual({ top: 0, left: 10, bottom: 2, right: 12 });
    expect(merges).not.toContainEqual({ top: 1, left: 11, bottom: 3, right: 13 });
  });
});

describe("inflated size is counted while streaming, whatever the zip declares", () => {
  test("a part that inflates past what the central directory declares is refused at once", async () => {
    const files = parts(await goodUnit());
    const padded = files[SHEET].replace("</worksheet>", `${" ".repeat(30 * 1024 * 1024)}</worksheet>`);
    const honest = pack({ ...files, [SHEET]: padded });
    const g = refusal(declareSize(honest, SHEET, 64 * 1024));
    expect(g.code).toBe("FILE_UNREADABLE");
    expect(g.reason).toContain("dài hơn kích thước khai báo");
  });

  test("an honest deflate bomb under the ratio threshold (≈130 MB of text): refused at the per-part limit", async () => {
    const bytes = await deflateBomb(9_500);
    expect(bytes.length).toBeLessThan(20 * 1024 * 1024);
    const g = refusal(bytes);
    expect(g.code).toBe("FILE_TOO_LARGE");
    expect(g.reason).toMatch(/giải nén vượt giới hạn 100,0 MB/);
  });

  test("a legal sheet of more than three million cells: refused, naming the cell limit", async () => {
    const bytes = await numberSheet(75_001, 40);
    const g = refusal(bytes);
    expect(g.code).toBe("FILE_TOO_LARGE");
    expect(g.reason).toMatch(/hơn 3\.000\.000 ô/);
  });

  test("more than a million shared strings: refused", async () => {
    const bytes = await manySharedStrings(1_000_001);
    const g = refusal(bytes);
    expect(g.code).toBe("FILE_TOO_LARGE");
    expect(g.reason).toMatch(/hơn 1\.000\.000 chuỗi/);
  });

  test("a text of two million characters without a tag: refused before the parser buffers it", async () => {
    const bytes = await taglessText(2_000_000);
    const g = refusal(bytes);
    expect(g.code).toBe("FILE_TOO_LARGE");
    expect(g.reason).toMatch(/liền không có thẻ XML/);
  });

  test("more than five million characters of text in the cells read: refused, naming the limit", async () => {
    const g = refusal(await textSheet(501, 10, 1_000));
    expect(g.code).toBe("FILE_TOO_LARGE");
    expect(g.reason).toMatch(/hơn 5\.000\.000 ký tự chữ/);
  });

  test("the same text below the rows read is not held, so it does not count", async () => {
    const g = readGridSync("x.xlsx", await textSheet(501, 10, 1_000, 5_001));
    expect(g.ok).toBe(true);
  });

  test("long shared strings count too, when a read cell uses them", async () => {
    const bytes = await edited((f) => {
      const first = (f["xl/sharedStrings.xml"].match(/<si>/g) ?? []).length;
      const items = Array.from({ length: 501 }, (_, i) => `<si><t>${noise(10_000, i + 1)}</t></si>`).join("");
      f["xl/sharedStrings.xml"] = f["xl/sharedStrings.xml"].replace("</sst>", `${items}</sst>`);
      const rows = Array.from({ length: 51 }, (_, r) => {
        const cells = Array.from({ length: 10 }, (_, c) => `<c t="s"><v>${first + Math.min(r * 10 + c, 500)}</v></c>`).join("");
        return `<row r="${200 + r}">${cells}</row>`;
      }).join("");
      f[SHEET] = f[SHEET].replace("</sheetData>", `${rows}</sheetData>`);
    });
    const g = refusal(bytes);
    expect(g.code).toBe("FILE_TOO_LARGE");
    expect(g.reason).toMatch(/hơn 5\.000\.000 ký tự chữ/);
  });

  test("a zip declaring more than 200 MB, and one with a thousandfold ratio: refused from the directory", () => {
    const part = new Uint8Array(80 * 1024 * 1024).map((_, i) => (i * 2654435761) >>> 24);
    expect(refusal(zipSync({ "a.bin": part, "b.bin": part, "c.bin": part }, { level: 0 })).code).toBe("FILE_TOO_LARGE");
    const bomb = refusal(zipSync({ [SHEET]: new Uint8Array(50 * 1024 * 1024) }, { level: 9 }));
    expect(bomb.reason).toContain("bom zip");
  });
});

describe("entity, package and format attacks", () => {
  test("billion laughs: a DTD in a part is refused, nothing expanded", async () => {
    const lol = '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>';
    const bytes = await editSheet((xml) =>
      xml
        .replace(/^<\?xml[^>]*\?>/, (d) => d + lol)
        .replace("<sheetData>", '<sheetData><row r="99"><c t="inlineStr"><is><t>&lol2;</t></is></c></row>'),
    );
    const s = await readXlsxSubmission("lol.xlsx", bytes);
    expect(s).toMatchObject({ readable: false, findings: [{ code: "FILE_UNREADABLE" }] });
    expect(s.error).toContain("DTD");
  });

  test("an external entity (XXE) in the shared strings is refused, no file is opened", async () => {
    const bytes = await edited((f) => {
      f["xl/sharedStrings.xml"] = f["xl/sharedStrings.xml"]
        .replace(/^<\?xml[^>]*\?>/, (d) => `${d}<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>`)
        .replace("<si><t", "<si><t>&e;</t></si><si><t");
    });
    const s = await readXlsxSubmission("xxe.xlsx", bytes);
    expect(s.readable).toBe(false);
    expect(JSON.stringify(s)).not.toContain("root:");
  });

  test("an undeclared entity is malformed XML: unreadable, no stack trace", async () => {
    const s = await readXlsxSubmission(
      "e.xlsx",
      await editSheet((x) => x.replace("<sheetData>", '<sheetData><row r="99"><c t="inlineStr"><is><t>&boom;</t></is></c></row>')),
    );
    expect(s.error).toMatch(/^Không đọc được tệp: phần xl\/worksheets\/sheet1\.xml không phải XML hợp lệ/);
    expect(s.error).not.toMatch(/at .*\.js/);
  });

  test("path traversal in entry names and relationship targets stays inside the package", async () => {
    const bytes = await edited((f) => {
      f["../../evil.xml"] = f[SHEET];
      f["xl/_rels/workbook.xml.rels"] = f["xl/_rels/workbook.xml.rels"].replace(
        'Target="worksheets/sheet1.xml"',
        'Target="../../../../evil.xml"',
      );
    });
    const g = readGridSync("p.xlsx", bytes);
    // "../" above the package root goes nowhere; the entry literally named "../../evil.xml" is not a part of it.
    expect(g.ok && g.grid.sheets).toEqual([]);
  });

  test("a macro-enabled workbook is read as data; its macros are never run or kept", async () => {
    const bytes = await edited((f) => {
      f["xl/vbaProject.bin"] = 'Attribute VB_Name = "Module1"\nSub Auto_Open()\nShell "calc"\nEnd Sub';
    });
    expect((await ids("m.xlsm", bytes)).ids).toHaveLength(3);
  });

  test("an entry encrypted with zip's own password scheme", async () => {
    const bytes = await goodUnit();
    const out = bytes.slice();
    const dv = new DataView(out.buffer);
    for (let i = 0; i < out.length - 4; i++)
      if (dv.getUint32(i, true) === 0x02014b50) dv.setUint16(i + 8, dv.getUint16(i + 8, true) | 1, true);
    const g = refusal(out);
    expect(g).toMatchObject({ code: "FILE_UNREADABLE" });
    expect(g.reason).toContain("mã hóa");
  });

  test("100,000 data validations are never read, the table is", async () => {
    const one = (i: number) =>
      `<dataValidation type="list" sqref="C${i}:C1048576 D1:XFD${i}"><formula1>"${noise(6, i)}"</formula1></dataValidation>`;
    const dv = `<dataValidations count="100000">${Array.from({ length: 100_000 }, (_, i) => one(i + 1)).join("")}</dataValidations>`;
    const bytes = await editSheet((xml) => xml.replace("</sheetData>", `</sheetData>${dv}`));
    expect((await ids("dv.xlsx", bytes)).ids).toHaveLength(3);
  });

  test("unit text that looks like a formula is written as text in the consolidated workbook", async () => {
    const bytes = await unitWorkbook({
      unit: "Sở Y tế",
      periodText: "tháng 9/2024",
      layout: "official",
      tables: [{ rows: [{ ...row("dvc25-01"), difficulties: '=HYPERLINK("http://x","bấm")' }] }],
    });
    const out = await writeReport(buildReport(consolidate([await readXlsxSubmission("f.xlsx", bytes)])));
    const xml = Object.entries(unzipSync(out))
      .filter(([n]) => n.startsWith("xl/"))
      .map(([, d]) => strFromU8(d))
      .join("");
    expect(xml).toContain("=HYPERLINK(&quot;http://x&quot;,&quot;bấm&quot;)");
    // The workbook's own links (service id → appendix row) are formulas; the unit's text never becomes one.
    const formulas = [...xml.matchAll(/<f>([^<]*)<\/f>/g)].map((m) => m[1]);
    expect(formulas.filter((f) => f.includes("http://x") || f.includes("bấm"))).toEqual([]);
    const links = formulas.filter((f) => f.startsWith("HYPERLINK"));
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((f) => f.startsWith("HYPERLINK(&quot;#&apos;PL DVC"))).toBe(true);
  });
});

function row(id: string, v: Partial<RowSpec> = {}): RowSpec {
  const s = serviceById(id)!;
  return { no: s.no, name: s.name, connection: "Đã kết nối", total: 100, online: 80, ratio: "80%", onTime: 80, overdue: 0, ...v };
}

describe("only finite numbers enter the engine", () => {
  const unitWith = (v: string) =>
    unitWorkbook({
      unit: "Sở Y tế",
      periodText: "tháng 9/2024",
      layout: "official",
      tables: [{ rows: [row("dvc25-01", { total: 4242 })] }],
    }).then((b) => pack({ ...parts(b), [SHEET]: parts(b)[SHEET].replace("<v>4242</v>", `<v>${v}</v>`) }));

  test.each(["1e309", "NaN", "-Infinity", " "])("a cell stored as <v>%s</v> is a NOT_A_NUMBER finding, never a figure", async (v) => {
    const s = await readXlsxSubmission("inf.xlsx", await unitWith(v));
    const total = s.tables[0].rows[0].numbers.total.reading;
    expect(total.kind === "number" && !Number.isFinite(total.value)).toBe(false);
    if (v.trim()) expect(s.findings.map((f) => f.code)).toContain("NOT_A_NUMBER");
    const out = await writeReport(buildReport(consolidate([s])));
    const xml = Object.values(unzipSync(out))
      .map((d) => strFromU8(d))
      .join("");
    // The raw text may be quoted in a finding; never as a number of the workbook.
    expect(xml).not.toMatch(/<v>[^<]*(NaN|Infinity)[^<]*<\/v>/);
  });

  test("a formula whose cached result is 0 reads as 0, not as a missing value", async () => {
    const bytes = await unitWorkbook({
      unit: "Sở Y tế",
      periodText: "tháng 9/2024",
      layout: "official",
      tables: [{ rows: [row("dvc25-01", { overdue: { formula: "E8-E8", result: 7 } })] }],
    });
    const files = parts(bytes);
    const fixed = pack({ ...files, [SHEET]: files[SHEET].replace(/(<f>E8-E8<\/f>)<v>7<\/v>/, "$1<v>0</v>") });
    expect(strFromU8(unzipSync(fixed)[SHEET])).toContain("<v>0</v>");
    const s = await readXlsxSubmission("zero.xlsx", fixed);
    expect(s.tables[0].rows[0].numbers.overdue.reading).toMatchObject({ kind: "number", value: 0 });
    expect(s.findings.filter((f) => f.code === "MISSING_VALUE")).toEqual([]);
  });
});

test("the submitted bytes are never modified by reading", async () => {
  const bytes = await editSheet(addMerge(`<mergeCell ref="${GIANT}"/>`));
  const copy = bytes.slice();
  await readXlsxSubmission("x.xlsx", bytes);
  expect(Buffer.compare(Buffer.from(bytes), Buffer.from(copy))).toBe(0);
});

test.each([NaN, Infinity, -Infinity])("the report writer refuses %s instead of writing a workbook Excel calls corrupt", async (bad) => {
  const sheet = {
    name: "Nguồn số liệu",
    rows: [[{ value: 1, style: "header" as const }], [undefined, { value: bad, style: "header" as const }]],
    merges: [],
    widths: [10, 10],
  };
  await expect(writeReport({ sheets: [sheet] })).rejects.toThrow(`Số không hợp lệ (${String(bad)}) ở ô Nguồn số liệu!B2`);
});
