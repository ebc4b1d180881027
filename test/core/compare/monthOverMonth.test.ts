import ExcelJS from "exceljs";
import { unitWorkbook } from "../../../scripts/lib/unitWorkbook";
import { CHANGE_SHEET_NAME, buildReport, changeText, compareWithPrevious, consolidate, previousFigures } from "../../../src/core";
import { readXlsxSubmission, writeReport } from "../../../src/io/xlsx";

async function police(period: string, total2: string, online2: string, total3: string | null) {
  const bytes = await unitWorkbook({
    unit: "Công an tỉnh",
    periodText: period,
    layout: "official",
    tables: [
      {
        title: ["TÌNH HÌNH TRIỂN KHAI 25 DỊCH VỤ CÔNG TRỰC TUYẾN THIẾT YẾU THEO QUYẾT ĐỊNH SỐ 06/QĐ-TTg"],
        rows: [
          {
            no: "2",
            name: "Cấp lại, đổi thẻ căn cước công dân",
            connection: "Đã kết nối",
            total: total2,
            online: online2,
            onTime: online2,
          },
          { no: "3", name: "Đăng ký thường trú", connection: "Đã kết nối", total: total3, online: total3, onTime: total3 },
        ],
      },
    ],
  });
  return readXlsxSubmission(`cong-an-${period.replace(/\D+/g, "-")}.xlsx`, bytes);
}

describe("changeText: as the reports write it", () => {
  test.each([
    [3182603, 3182009, "count", "tăng 594 so với tháng 8"],
    [1000, 1012, "count", "giảm 12 so với tháng 8"],
    [229046, 228000, "count", "tăng 1.046 so với tháng 8"],
    [500, 500, "count", "không đổi so với tháng 8"],
    [0.9981, 0.9731, "ratio", "tăng 2,5 điểm % so với tháng 8"],
    [null, 12, "count", null],
  ] as const)("%p vs %p", (cur, prev, kind, text) => {
    expect(changeText(cur, prev, "tháng 8", kind)).toBe(text);
  });
});

describe("month over month against the previous consolidated workbook", () => {
  test("every number and ratio changes against last month's workbook, read back by the engine", async () => {
    const aug = consolidate([await police("tháng 8/2024", "228.452", "59.000", "2.000")]);
    const augBytes = await writeReport(buildReport(aug));
    const prev = await readXlsxSubmission("tong-hop-thang-8.xlsx", augBytes);
    expect(prev.findings.filter((f) => f.severity === "error")).toEqual([]);
    const figures = previousFigures(prev);
    expect(figures.period).toEqual({ year: 2024, month: 8 });
    expect(figures.services.get("dvc25-02")).toMatchObject({ total: 228452, online: 59000 });
    // The provenance sheet of the workbook is not counted again.
    expect(figures.totals.dvc25.total).toBe(230452);

    const sep = consolidate([await police("tháng 9/2024", "229.046", "59.257", null)]);
    const changes = compareWithPrevious(sep, figures);
    expect(changes.previousLabel).toBe("tháng 8");
    const row = changes.rows.find((r) => r.id === "dvc25-02")!;
    expect(row.changes.total.text).toBe("tăng 594 so với tháng 8");
    expect(row.changes.online.text).toBe("tăng 257 so với tháng 8");
    expect(row.changes.onlineRatio.delta).toBeCloseTo(59257 / 229046 - 59000 / 228452, 12);
    expect(row.changes.onlineRatio.text).toMatch(/^tăng 0,0\d điểm % so với tháng 8$/);
    // Nothing reported this month is not a fall to zero.
    const empty = changes.rows.find((r) => r.id === "dvc25-03")!;
    expect(empty.changes.total).toMatchObject({ current: null, previous: 2000, delta: null, text: null });

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeReport(buildReport(sep, {}, { changes }))) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet(CHANGE_SHEET_NAME)!;
    let found: unknown[] | null = null;
    ws.eachRow((r) => {
      const v = (r.values as unknown[]).slice(1);
      if (v[0] === "2" && found === null) found = v;
    });
    expect(found).not.toBeNull();
    expect(found!.slice(0, 5)).toEqual(["2", "Cấp lại, đổi thẻ căn cước công dân", 229046, 228452, "tăng 594 so với tháng 8"]);
    // The online ratio: both months as percents, the change in percentage points, in the cell and its caption.
    const ratioAt = (ws.getRow(4).values as unknown[]).indexOf("Tỷ lệ trực tuyến") - 1;
    expect((ws.getRow(5).values as unknown[]).slice(ratioAt + 1, ratioAt + 4)).toEqual(["Kỳ này", "Kỳ trước", "Biến động (điểm %)"]);
    const [cur, prevRatio, change] = found!.slice(ratioAt, ratioAt + 3);
    expect([cur, prevRatio]).toEqual([59257 / 229046, 59000 / 228452]);
    expect(change).toBe(`tăng ${((59257 / 229046 - 59000 / 228452) * 100).toFixed(2).replace(".", ",")} điểm % so với tháng 8`);
    expect((ws.getRow(5).values as unknown[]).filter((v) => v === "Biến động (điểm %)")).toHaveLength(1);
    // The change sheet itself is skipped when this workbook is read back next month.
    const again = await readXlsxSubmission("tong-hop-thang-9.xlsx", await writeReport(buildReport(sep, {}, { changes })));
    expect(previousFigures(again).totals.dvc25.total).toBe(229046);
  });

  test("across a year end the label names the year", async () => {
    const dec = consolidate([await police("tháng 12/2025", "10", "5", "1")]);
    const prev = previousFigures(await readXlsxSubmission("th-12.xlsx", await writeReport(buildReport(dec))));
    const jan = consolidate([await police("tháng 1/2026", "12", "5", "1")]);
    const changes = compareWithPrevious(jan, prev);
    expect(changes.rows.find((r) => r.id === "dvc25-02")!.changes.total.text).toBe("tăng 2 so với tháng 12/2025");
  });
});
