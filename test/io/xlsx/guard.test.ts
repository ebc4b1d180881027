import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { readXlsxSubmission } from "../../../src/io/xlsx";
import { LIMITS, readGridSync } from "../../../src/io/xlsx";

const guardXlsx = (bytes: Uint8Array) => readGridSync("x.xlsx", bytes);
import { unitWorkbook } from "../../../scripts/lib/unitWorkbook";
import { seed2024Dvc25 } from "../../fixtures/seedTables";

/** A real unit workbook whose first sheet XML we can tamper with, as a hostile sender would. */
async function tampered(edit: (xml: string) => string): Promise<Uint8Array> {
  const bytes = await unitWorkbook({
    unit: "Công an tỉnh",
    periodText: "tháng 9/2024",
    layout: "official",
    tables: [{ rows: seed2024Dvc25.slice(0, 3) }],
  });
  const files = unzipSync(bytes);
  const name = "xl/worksheets/sheet1.xml";
  files[name] = strToU8(edit(strFromU8(files[name])));
  return zipSync(files);
}

describe("files refused before the xlsx library sees them", () => {
  test("an empty file", async () => {
    const s = await readXlsxSubmission("rong.xlsx", new Uint8Array());
    expect(s).toMatchObject({ readable: false, findings: [{ code: "FILE_UNREADABLE", severity: "error" }] });
  });

  test("a text file renamed .xlsx", async () => {
    const s = await readXlsxSubmission("thu.xlsx", strToU8("Kính gửi Công an tỉnh"));
    expect(s.findings[0]).toMatchObject({ code: "FILE_UNREADABLE", file: "thu.xlsx" });
    expect(s.error).toContain("không phải tệp Excel");
  });

  test("an old .xls (or password-protected) workbook gets advice, not a crash", async () => {
    const s = await readXlsxSubmission("cu.xls", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]));
    expect(s.error).toMatch(/\.xls.*Lưu thành.*\.xlsx/);
  });

  test("a zip that is not a workbook", async () => {
    const s = await readXlsxSubmission("anh.xlsx", zipSync({ "anh.txt": strToU8("xin chào") }));
    expect(s).toMatchObject({ readable: false });
    expect(s.findings[0].code).toBe("FILE_UNREADABLE");
  });

  test("a truncated workbook", async () => {
    const good = await unitWorkbook({
      unit: "Sở Y tế",
      periodText: "tháng 9/2024",
      layout: "single",
      tables: [{ rows: seed2024Dvc25.slice(0, 2) }],
    });
    const s = await readXlsxSubmission("cut.xlsx", good.slice(0, Math.floor(good.length / 2)));
    expect(s).toMatchObject({ readable: false, findings: [{ code: "FILE_UNREADABLE" }] });
  });

  test("a file over 20 MB", () => {
    const big = new Uint8Array(LIMITS.maxFileBytes + 1);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    const g = guardXlsx(big);
    expect(g).toMatchObject({ ok: false, code: "FILE_TOO_LARGE" });
  });

  test("a zip bomb: a sheet that inflates a thousandfold", () => {
    const bomb = zipSync({ "xl/worksheets/sheet1.xml": new Uint8Array(50 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(LIMITS.maxFileBytes);
    const g = guardXlsx(bomb);
    expect(g).toMatchObject({ ok: false, code: "FILE_TOO_LARGE" });
    expect(!g.ok && g.reason).toContain("bom zip");
  });

  test("a zip that declares more than 200 MB uncompressed", () => {
    // Three highly compressible 80 MB parts under the bomb ratio: only the total gives it away.
    const part = new Uint8Array(80 * 1024 * 1024).map((_, i) => (i * 2654435761) >>> 24);
    const g = guardXlsx(zipSync({ "a.bin": part, "b.bin": part, "c.bin": part }, { level: 0 }));
    expect(g).toMatchObject({ ok: false, code: "FILE_TOO_LARGE" });
  });
});

describe("hostile sheet parts are defused, the rest is read", () => {
  test("a merge over the whole sheet (A1:XFD1048576) is dropped, not expanded", async () => {
    const bytes = await tampered((xml) =>
      xml.replace(/<mergeCells count="\d+">/, '<mergeCells count="99"><mergeCell ref="A1:XFD1048576"/>'),
    );
    const s = await readXlsxSubmission("bom-gop-o.xlsx", bytes);
    expect(s.readable).toBe(true);
    expect(s.tables[0].rows.map((r) => r.service.id)).toEqual(["dvc25-01", "dvc25-02", "dvc25-03"]);
  });

  test("a data validation over a whole column never reaches the library", async () => {
    const dv =
      '<dataValidations count="1"><dataValidation type="list" sqref="C1:C1048576 D1:XFD1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations>';
    const bytes = await tampered((xml) => xml.replace("</sheetData>", `</sheetData>${dv}`).replace(/(<mergeCells)/, "$1"));
    expect(strFromU8(unzipSync(bytes)["xl/worksheets/sheet1.xml"])).toContain("D1:XFD1048576");
    const s = await readXlsxSubmission("dv.xlsx", bytes);
    expect(s.tables[0].rows).toHaveLength(3);
  });

  test("overlapping merges, which Excel tolerates and exceljs throws on, are read", async () => {
    const bytes = await tampered((xml) =>
      xml.replace(/<mergeCells count="\d+">/, '<mergeCells count="99"><mergeCell ref="K1:M3"/><mergeCell ref="L2:N4"/>'),
    );
    const s = await readXlsxSubmission("chong.xlsx", bytes);
    expect(s.readable).toBe(true);
    expect(s.tables[0].rows).toHaveLength(3);
  });

  test("the submitted bytes are never modified", async () => {
    const bytes = await tampered((xml) =>
      xml.replace(/<mergeCells count="\d+">/, '<mergeCells count="99"><mergeCell ref="A1:XFD1048576"/>'),
    );
    const copy = bytes.slice();
    await readXlsxSubmission("x.xlsx", bytes);
    expect(Buffer.compare(Buffer.from(bytes), Buffer.from(copy))).toBe(0);
  });
});

test("rows past the per-sheet cap are not read, and the file still is", async () => {
  const rows = seed2024Dvc25.slice(0, 10);
  const bytes = await unitWorkbook({ unit: "Công an tỉnh", periodText: "tháng 9/2024", layout: "single", tables: [{ rows }] });
  const capped = await readXlsxSubmission("dai.xlsx", bytes, { maxRows: 8 });
  const full = await readXlsxSubmission("dai.xlsx", bytes);
  expect(full.tables[0].rows).toHaveLength(10);
  expect(capped.readable).toBe(true);
  expect(capped.tables[0].rows).toHaveLength(4);
});
