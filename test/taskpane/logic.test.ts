import { type Finding, defaultRegistry, readSubmission, sheetFromValues } from "../../src/core";
import { liveFormulaPlan } from "../../src/core/kinds/service/liveFormulas";
import { registryFromRows, registryToRows } from "../../src/core/units/registrySheet";
import { deadlineOf, unitStandings } from "../../src/core/units/status";
import { cellInput, chunkRows, marksFor, styleRuns, submissionMatrix, submissionSheetName } from "../../src/io/office";
import { readGrid } from "../../src/io/xlsx";
import { unitWorkbook } from "../../scripts/lib/unitWorkbook";
import { seed2024Dvc25 } from "../fixtures/seedTables";
import { settingsFromJson, settingsToJson } from "../../src/taskpane/backend/common";
import { reportMessage, validationMessage } from "../../src/commands/messages";

describe("safe text", () => {
  test("free text goes in unchanged (its cell gets the text format first); numbers and formulas pass", () => {
    expect(cellInput({ value: "- Khó khăn về đường truyền", style: "text" })).toBe("- Khó khăn về đường truyền");
    for (const s of ["=SUM(A1)", "+ Thiếu người", "@ghi chú"]) expect(cellInput({ value: s, style: "text" })).toBe(s);
    expect(cellInput({ value: "Đã kết nối", style: "text" })).toBe("Đã kết nối");
    expect(cellInput({ value: 229046, style: "count" })).toBe(229046);
    expect(cellInput({ value: 0.25, style: "percent", formula: 'IF(D5>0,E5/D5,"")' })).toBe('=IF(D5>0,E5/D5,"")');
    expect(cellInput(undefined)).toBe("");
  });

  test("a copied unit sheet keeps its own formulas, not links to other sheets, and its text in text-formatted cells", () => {
    const m = submissionMatrix(
      sheetFromValues("x", [[{ value: 0.5, formula: "E5/D5" }, { value: 3, formula: "'Tổng'!B2" }, "- Không phát sinh", "9.857", null]]),
    );
    expect(m.formulas[0]).toEqual(["=E5/D5", 3, "- Không phát sinh", "9.857", ""]);
    expect(m.formats[0]).toEqual(["General", "General", "@", "@", "General"]);
  });
});

test("rows are chunked under the payload budget and nothing is lost", () => {
  const rows = Array.from({ length: 1000 }, (_, i) => [i, "Cấp lại, đổi thẻ căn cước công dân", "- Khó khăn"]);
  const blocks = chunkRows(rows, 8 * 1024);
  expect(blocks.length).toBeGreaterThan(5);
  for (const b of blocks) expect(b.bytes).toBeLessThanOrEqual(8 * 1024);
  expect(blocks.flatMap((b) => b.rows)).toEqual(rows);
  expect(blocks.map((b) => b.start)).toEqual(blocks.map((_, i) => blocks.slice(0, i).reduce((n, x) => n + x.rows.length, 0)));
});

test("styles are applied per rectangle, not per cell", () => {
  const rows = Array.from({ length: 50 }, () => [
    { value: "1", style: "textCenter" as const },
    { value: "x", style: "text" as const },
    { value: 1, style: "count" as const },
    { value: 2, style: "count" as const },
  ]);
  const runs = styleRuns({ name: "s", rows, merges: [], widths: [] });
  expect(runs).toHaveLength(3);
  expect(runs.find((r) => r.style === "count")?.range).toEqual({ top: 0, left: 2, bottom: 49, right: 3 });
});

test("one mark per problem cell, coloured by its worst finding, only on the submitted sheets", () => {
  const f = (severity: Finding["severity"], cell: string, sheet = "Sở Tư pháp"): Finding => ({
    code: "RATIO_MISMATCH",
    severity,
    file: "a.xlsx",
    sheet,
    cell,
    message: `${severity} ${cell}`,
  });
  const marks = marksFor(
    [f("warning", "F5"), f("error", "F5"), f("info", "B2"), f("error", "C3", "PL DVC 06"), { ...f("error", "x"), cell: undefined }],
    new Set(["Sở Tư pháp"]),
  );
  expect(marks.map((m) => [m.cell, m.severity])).toEqual([
    ["F5", "error"],
    ["B2", "info"],
  ]);
  expect(marks[0].text).toContain("warning F5");
});

test("sheet names for units fit Excel's rules", () => {
  expect(submissionSheetName("Sở Lao động - Thương binh và Xã hội tỉnh Thanh Hóa", 0).length).toBeLessThanOrEqual(31);
  expect(submissionSheetName("Sở Y tế [bản 2]: sửa", 0)).toBe("Sở Y tế bản 2 sửa");
  expect(submissionSheetName("Công an tỉnh", 1)).toBe("Công an tỉnh (2)");
});

test("the compute flow writes live ratio formulas, blank on a zero denominator, and turns text numbers into numbers", async () => {
  const rows = seed2024Dvc25.slice(0, 3);
  const bytes = await unitWorkbook({ unit: "Công an tỉnh", periodText: "tháng 9/2024", layout: "single", tables: [{ rows }] });
  const grid = await readGrid("ca.xlsx", bytes);
  if (!grid.ok) throw new Error("fixture unreadable");
  const sub = readSubmission(grid.grid);
  const plan = liveFormulaPlan(grid.grid.sheets[0], sub.tables[0]);
  const formulas = plan.writes.filter((w) => w.formula);
  expect(formulas).toHaveLength(6);
  const first = sub.tables[0].rows[0].row + 1;
  expect(formulas[0].formula).toBe(`=IF(N(D${first})>0,N(E${first})/N(D${first}),"")`);
  expect(formulas[1].formula).toBe(`=IF(N(F${first})+N(G${first})>0,N(F${first})/(N(F${first})+N(G${first})),"")`);
  // "229.046" in row 2 becomes 229046.
  expect(plan.writes).toContainEqual({ cell: `D${first + 1}`, value: 229046, numFmt: "#,##0" });
  expect(plan.numbersFixed).toBeGreaterThan(3);
});

describe("units", () => {
  const period = { year: 2024, month: 9 };
  test("September's reports are due by the deadline day of October", () => {
    expect(deadlineOf(period, 10)).toEqual(new Date(2024, 9, 10, 23, 59, 59, 999));
    expect(deadlineOf({ year: 2024, month: 12 }, 31).getMonth()).toBe(0);
  });

  test("each unit is on time, late, missing, or has errors; unlisted communes appear too", () => {
    const r = (unitId: string, receivedAt: string, errors = 0) => ({ unitId, unit: unitId, file: `${unitId}.xlsx`, receivedAt, errors });
    const standings = unitStandings(
      defaultRegistry,
      [
        r("cong-an-tinh", new Date(2024, 9, 9).toISOString()),
        r("so-tu-phap", new Date(2024, 9, 12).toISOString()),
        r("so-y-te", new Date(2024, 9, 1).toISOString(), 2),
        r("xa-tho-xuan", new Date(2024, 9, 2).toISOString()),
      ],
      period,
      10,
    );
    const of = (id: string) => standings.find((s) => s.unitId === id)?.status;
    expect(of("cong-an-tinh")).toBe("on_time");
    expect(of("so-tu-phap")).toBe("late");
    expect(of("so-y-te")).toBe("has_errors");
    expect(of("thue-tinh")).toBe("missing");
    expect(of("xa-tho-xuan")).toBe("on_time");
  });

  test("the registry survives the round trip through its sheet layout, edits included", () => {
    const rows = registryToRows(defaultRegistry);
    expect(registryFromRows(rows, { units: [], communeServices: [] })).toEqual(defaultRegistry);
    rows.push(["", "Sở Ngoại vụ", "Sở, ngành", "", "dvc422-21"]);
    const edited = registryFromRows(rows, defaultRegistry);
    expect(edited.units.at(-1)).toMatchObject({ id: "so-ngoai-vu", name: "Sở Ngoại vụ", kind: "department", services: ["dvc422-21"] });
  });
});

test("settings stored in the workbook come back the same, and broken values fall back to defaults", () => {
  const s = {
    province: "Quảng Nam",
    reportNo: "12",
    reportDate: "05/10/2024",
    period: { year: 2024, month: 9 },
    deadlineDay: 15,
    onlineTarget: 0.85,
  };
  expect(settingsFromJson(JSON.parse(JSON.stringify(settingsToJson(s))))).toEqual(s);
  expect(settingsFromJson({ period: "tháng 9", deadlineDay: "x" }).deadlineDay).toBe(10);
});

test("the ribbon buttons' messages count what the clerk will find", () => {
  const f = (severity: Finding["severity"]): Finding => ({ code: "NEGATIVE", severity, file: "a", message: "m" });
  expect(validationMessage("Sở Y tế", [f("error"), f("error"), f("warning")], 2, true)).toBe(
    "Trang \u201CSở Y tế\u201D: 2 lỗi, 1 cảnh báo, 0 thông tin; đã tô màu và ghi chú 2 ô. Mở bảng tổng hợp để xem chi tiết.",
  );
  expect(validationMessage("Bìa", [], 0, false)).toContain("không có bảng phụ lục");
  expect(reportMessage(null, [])).toContain("Chưa có báo cáo");
});
