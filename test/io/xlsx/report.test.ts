import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { type Consolidation, type Submission, buildReport, catalogues, consolidate } from "../../../src/core";
import { readXlsxSubmission, writeReport } from "../../../src/io/xlsx";

const SAMPLES = join(__dirname, "../../../samples");

async function readSamples(): Promise<Submission[]> {
  const names = (await readdir(SAMPLES)).filter((n) => n.endsWith(".xlsx")).sort();
  return Promise.all(names.map(async (n) => readXlsxSubmission(n, new Uint8Array(await readFile(join(SAMPLES, n))))));
}

let consolidation: Consolidation;
let bytes: Uint8Array;
let wb: ExcelJS.Workbook;

beforeAll(async () => {
  consolidation = consolidate(await readSamples());
  bytes = await writeReport(buildReport(consolidation, { province: "Thanh Hóa", reportNo: "125", reportDate: "05/11/2026" }));
  wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
});

describe("the consolidated workbook in the official layout", () => {
  test("one appendix per catalogue, then the findings, the units and the provenance", () => {
    const names = wb.worksheets.map((w) => w.name);
    expect(names.slice(0, 2)).toEqual(["PL DVC 06", "PL DVC 422"]);
    expect(names).toEqual(expect.arrayContaining(["Kiểm tra", "Đơn vị", "Nguồn số liệu"]));
  });

  test("the appendix label, title, attachment line and the two-row merged header", () => {
    const ws = wb.getWorksheet("PL DVC 06")!;
    // Numbered in the order the appendices appear, as the province prints them (seed 002: Phụ lục I, II, III).
    expect(ws.getCell("A1").value).toBe("Phụ lục I");
    expect(wb.getWorksheet("PL DVC 422")!.getCell("A1").value).toBe("Phụ lục II");
    expect(wb.getWorksheet("PL Nhiệm vụ")!.getCell("A1").value).toBe("Phụ lục III");
    expect(ws.getCell("A2").value).toBe("TÌNH HÌNH TRIỂN KHAI 25 DỊCH VỤ CÔNG TRỰC TUYẾN THIẾT YẾU");
    expect(ws.getCell("A2").font).toMatchObject({ name: "Times New Roman", bold: true });
    expect(ws.getCell("A3").value).toBe("THEO QUYẾT ĐỊNH SỐ 06/QĐ-TTg NGÀY 06/01/2022 CỦA THỦ TƯỚNG CHÍNH PHỦ (THÁNG 10/2026)");
    expect(ws.getCell("A4").value).toBe("(kèm theo Báo cáo số: 125/BC-UBND ngày 05/11/2026 của Tổ công tác Đề án 06 tỉnh Thanh Hóa)");
    expect(ws.getCell("A4").font).toMatchObject({ italic: true });
    expect(ws.getCell("D6").value).toBe("Tổng số hồ sơ (bao gồm cả trực tiếp và trực tuyến)");
    expect(ws.getCell("F6").master.address).toBe("D6");
    expect(ws.getCell("A7").master.address).toBe("A6");
    expect(["D7", "E7", "F7", "G7", "H7"].map((a) => ws.getCell(a).value)).toEqual([
      "Tổng hồ sơ",
      "Trực tuyến",
      "Tỷ lệ",
      "Đúng hạn",
      "Quá hạn",
    ]);
    expect(ws.getCell("D7").border?.top).toMatchObject({ style: "thin" });
  });

  test("every catalogue row in catalogue order, then one total row", () => {
    const ws = wb.getWorksheet("PL DVC 06")!;
    const names = Array.from({ length: 25 }, (_, i) => ws.getCell(8 + i, 2).value);
    expect(names).toEqual(catalogues[0].services.map((s) => s.name));
    // Some units' values are left out (the samples carry broken files): the total says so.
    expect(ws.getCell(33, 2).value).toBe("Tổng cộng (*)");
  });

  test("the total row is a live SUM of the rows above, its cached value the engine's total", () => {
    const ws = wb.getWorksheet("PL DVC 06")!;
    const t = consolidation.tables.dvc25.total;
    const cells = ["D", "E", "G", "H"].map((c) => ws.getCell(`${c}33`).value as ExcelJS.CellFormulaValue);
    expect(cells.map((c) => c.formula)).toEqual(["SUM(D8:D32)", "SUM(E8:E32)", "SUM(G8:G32)", "SUM(H8:H32)"]);
    expect(cells.map((c) => c.result)).toEqual([t.total, t.online, t.onTime, t.overdue]);
    // The cached total is the sum of the cached rows: a program that recalculates gets the same figure.
    let sum = 0;
    for (let r = 8; r <= 32; r++) sum += Number(ws.getCell(`D${r}`).value ?? 0);
    expect(sum).toBe(t.total);
    const dvc422 = wb.getWorksheet("PL DVC 422")!;
    const formulas: string[] = [];
    dvc422.getColumn(4).eachCell((c) => {
      const v = c.value as ExcelJS.CellFormulaValue;
      if (v && typeof v === "object" && "formula" in v && v.formula.startsWith("SUM")) formulas.push(v.formula);
    });
    // Sub-items (05.1, 06.2 …) are inside their parent: the SUM skips their rows.
    expect(formulas).toHaveLength(1);
    expect(formulas[0]).toMatch(/^SUM\(D\d+:D\d+(,D\d+(:D\d+)?)+\)$/);
  });

  test("rows some unit's values were left out of are shaded and explained under the table", () => {
    const ws = wb.getWorksheet("PL DVC 06")!;
    const r09 = 8 + 8;
    expect(ws.getCell(`A${r09}`).value).toBe("9");
    expect((ws.getCell(`D${r09}`).fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFCE4D6");
    expect((ws.getCell("D8").fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb).toBeUndefined();
    const notes: string[] = [];
    ws.getColumn(1).eachCell((c) => {
      if (typeof c.value === "string" && c.value.startsWith("- STT")) notes.push(c.value);
    });
    const nine = notes.find((n) => n.startsWith("- STT 9 (Đăng ký khai sinh)"))!;
    expect(nine).toContain("chưa gồm số liệu của");
    expect(nine).toContain("UBND xã Nga Sơn");
    expect(nine).toContain("báo cáo của kỳ khác");
    expect(notes).toHaveLength(consolidation.tables.dvc25.rows.filter((r) => !r.complete).length);
  });

  test("ratios are live formulas with their value cached and a percent format", () => {
    const ws = wb.getWorksheet("PL DVC 06")!;
    const f = ws.getCell("F10").value as ExcelJS.CellFormulaValue;
    expect(f.formula).toBe('IF(D10>0,E10/D10,"")');
    expect(f.result).toBeCloseTo(consolidation.tables.dvc25.rows[2].onlineRatio!, 12);
    // One precision for every ratio, so the column reads alike.
    expect(ws.getCell("F10").numFmt).toBe("0.00%");
    expect(ws.getCell("F8").numFmt).toBe("0.00%");
  });

  test("free text stays text even when it starts with '-' or '='", () => {
    const ws = wb.getWorksheet("PL DVC 06")!;
    const texts: ExcelJS.Cell[] = [];
    ws.getColumn(9).eachCell((c) => {
      if (typeof c.value === "string" && c.value.includes("- Đường truyền")) texts.push(c);
    });
    expect(texts.length).toBeGreaterThan(0);
    for (const c of texts) expect(c.type).toBe(ExcelJS.ValueType.String);
  });

  test("the findings sheet lists each finding with its file, sheet and cell", () => {
    const ws = wb.getWorksheet("Kiểm tra")!;
    const rows: unknown[][] = [];
    ws.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    const hauLoc = rows.find((r) => r[2] === "ubnd-xa-hau-loc.xlsx");
    expect(hauLoc).toEqual([
      expect.any(Number),
      "UBND xã Hậu Lộc",
      "ubnd-xa-hau-loc.xlsx",
      "Báo cáo",
      "D9",
      { formula: `HYPERLINK("#'PL DVC 06'!B17","dvc25-10")`, result: "dvc25-10" },
      "Đăng ký khai tử",
      "Lỗi",
      "NOT_A_NUMBER",
      "Ô \u201CTổng hồ sơ\u201D phải là số nhưng ghi \u201C12a\u201D.",
    ]);
    expect(rows.some((r) => r[2] === "ubnd-xa-ba-thuoc-hong.xlsx" && r[8] === "FILE_UNREADABLE")).toBe(true);
  });

  test("the provenance sheet traces a consolidated number to its unit and cell", () => {
    const ws = wb.getWorksheet("Nguồn số liệu")!;
    const rows: unknown[][] = [];
    ws.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    const ca = rows.filter((r) => (r[0] as ExcelJS.CellFormulaValue | null)?.result === "dvc25-02");
    expect(ca).toHaveLength(1);
    const r = consolidation.tables.dvc25.rows[1];
    expect(ca[0].slice(2)).toEqual([
      "Công an tỉnh",
      "cong-an-tinh.xlsx",
      "Báo cáo",
      r.total,
      r.online,
      r.onTime,
      r.overdue,
      "D9",
      "E9",
      "G9",
      "H9",
    ]);
  });
});

describe("round trip: the written workbook read back by the engine gives the same numbers", () => {
  test("every service of both catalogues, empty cells included", async () => {
    const back = await readXlsxSubmission("tong-hop.xlsx", bytes);
    // The only errors in the consolidated table are those inherited from a unit's error on the same service.
    const inherited = new Set(consolidation.findings.filter((f) => f.severity === "error").map((f) => f.service));
    expect(back.findings.filter((f) => f.severity === "error" && !inherited.has(f.service))).toEqual([]);
    const again = consolidate([back]);
    for (const cat of catalogues) {
      const pick = (c: Consolidation) =>
        c.tables[cat.id].rows.map((r) => [r.service.id, r.total, r.online, r.onTime, r.overdue, r.connection]);
      expect(pick(again)).toEqual(pick(consolidation));
      const figures = ({ total, online, onTime, overdue, onlineRatio }: Consolidation["tables"]["dvc25"]["total"]) => ({
        total,
        online,
        onTime,
        overdue,
        onlineRatio,
      });
      expect(figures(again.tables[cat.id].total)).toEqual(figures(consolidation.tables[cat.id].total));
    }
  });

  test("golden figures of the bundled samples", () => {
    const golden = Object.fromEntries(
      catalogues.map((cat) => [
        cat.id,
        consolidation.tables[cat.id].rows.map(
          (r) =>
            `${r.service.id} ${r.total} ${r.online} ${r.onTime} ${r.overdue} ${r.onlineRatio === null ? "-" : (r.onlineRatio * 100).toFixed(2)}%`,
        ),
      ]),
    );
    expect(golden).toMatchSnapshot();
  });
});

test("difficulties that look like formulas are written as text and read back unchanged", async () => {
  const { roundTrip } = await import("../../support/xlsx");
  const texts = ["=SUM(A1:A9)", "+ Thiếu máy quét", "- Đường truyền chậm", "@Sở Tư pháp"];
  const subs = await Promise.all(
    texts.map((t, i) =>
      roundTrip(
        {
          unit: `UBND xã Thử ${i}`,
          periodText: "tháng 10/2026",
          layout: "official",
          tables: [{ rows: [{ no: "9", name: "Đăng ký khai sinh", connection: "Đã kết nối", total: "10", online: "9", difficulties: t }] }],
        },
        {},
        `xa-${i}.xlsx`,
      ),
    ),
  );
  const out = await writeReport(buildReport(consolidate(subs)));
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(out) as unknown as ExcelJS.Buffer);
  const cell = book.getWorksheet("PL DVC 06")!.getCell("I16");
  expect(cell.type).toBe(ExcelJS.ValueType.String);
  expect(cell.value).toBe(texts.map((t, i) => `UBND xã Thử ${i}: ${t}`).join("\n"));
  const back = await readXlsxSubmission("tong-hop.xlsx", out);
  expect(back.tables[0].rows.find((r) => r.service.id === "dvc25-09")!.difficulties).toBe(cell.value);
});
