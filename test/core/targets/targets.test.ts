import ExcelJS from "exceljs";
import {
  TARGET_SHEET_NAME,
  buildReport,
  compareTargets,
  consolidate,
  indicatorById,
  parseTarget,
  plan2026,
  targetFor,
} from "../../../src/core";
import { writeReport } from "../../../src/io/xlsx";
import { police } from "../../fixtures/policeTwoServices";

describe("targets of the 2026–2030 plan (Phụ lục I) as data", () => {
  test("indicator I.5 is the online ratio: 80, 85, 87, 90, 90", () => {
    const i5 = indicatorById("I.5")!;
    expect(i5.name).toMatch(/^Tỷ lệ hồ sơ dịch vụ công trực tuyến/);
    expect(i5.unit).toBe("%");
    expect(i5.measure).toBe("onlineRatio");
    expect(i5.tracking).toBe("Trung tâm Phục vụ hành chính công tỉnh");
    expect([2026, 2027, 2028, 2029, 2030].map((y) => targetFor("I.5", y))).toEqual([0.8, 0.85, 0.87, 0.9, 0.9]);
    expect(targetFor("I.5", 2025)).toBeNull();
  });

  test("every group and indicator of the plan, targets as written", () => {
    expect(plan2026.groups.map((g) => g.no)).toEqual(["I", "II", "III", "IV", "V", "VI"]);
    expect(plan2026.indicators).toHaveLength(9 + 14 + 10 + 15 + 7 + 1);
    expect(indicatorById("II.9")).toMatchObject({ unit: "lần GDP", targets: { 2026: "27", 2027: "27,5", 2030: "30" } });
    expect(indicatorById("III.3")!.targets[2026]).toBe("≥80");
    expect(indicatorById("IV.5")!.targets[2026]).toBe("Hoàn thành và đưa vào sử dụng thường xuyên");
    expect(parseTarget("≥80", "%")).toEqual({ value: 0.8, orMore: true });
    expect(parseTarget("27,5", "lần GDP")).toEqual({ value: 27.5, orMore: true });
    expect(parseTarget("-", "%")).toBeNull();
    expect(parseTarget("Hoàn thành", "CSDL")).toBeNull();
  });
});

describe("comparing the consolidated online ratio with the year's target", () => {
  test("82,5% meets the 2026 target of 80% but not the 2027 one of 85%", async () => {
    const c = consolidate([await police("tháng 9/2026")]);
    const [all] = compareTargets(c, 2026);
    expect(all.indicator.id).toBe("I.5");
    expect(all.actual).toBeCloseTo(0.825, 10);
    expect(all.target!.value).toBe(0.8);
    expect(all.met).toBe(true);
    const next = compareTargets(c, 2027)[0];
    expect(next.met).toBe(false);
    expect(next.gap).toBeCloseTo(-0.025, 10);
  });

  test("the consolidated workbook carries a targets sheet for the period's year", async () => {
    const c = consolidate([await police("tháng 9/2027")]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeReport(buildReport(c))) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet(TARGET_SHEET_NAME)!;
    expect(ws).toBeDefined();
    const row = ws.getRow(4).values as unknown[];
    expect(row.slice(1, 9)).toEqual([
      "I.5",
      expect.stringMatching(/^Tỷ lệ hồ sơ/),
      "Toàn bộ dịch vụ công thiết yếu",
      "%",
      "85",
      0.825,
      expect.closeTo(-0.025, 10),
      "Chưa đạt (thiếu 2,5 điểm %)",
    ]);
  });

  test("no targets sheet for a year the plan does not cover", async () => {
    const c = consolidate([await police("tháng 9/2024")]);
    expect(buildReport(c).sheets.map((s) => s.name)).not.toContain(TARGET_SHEET_NAME);
  });
});
