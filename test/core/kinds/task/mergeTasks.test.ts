import ExcelJS from "exceljs";
import { TASK_SHEET_NAME, buildReport, consolidate, sameTaskText } from "../../../../src/core";
import { readXlsxSubmission, writeReport } from "../../../../src/io/xlsx";
import { TASK_HEADER_2023 } from "../../../fixtures/seedTasks";
import { textWorkbook } from "../../../fixtures/textTables";

const CV = "Công văn số 209/CV-TCTTKĐA ngày 10/02/2023 của Tổ công tác Đề án 06/CP";

async function unit(name: string, file: string, rows: ReadonlyArray<[string, string, string, string]>) {
  const bytes = await textWorkbook({
    unit: name,
    periodText: "tháng 9/2023",
    tables: [
      {
        header: TASK_HEADER_2023,
        rows: [
          { caption: "Đối với 18 nhiệm vụ chung" },
          ...rows.map(([no, task, deadline, result]) => ({ cells: [no, task, CV, "UBND các tỉnh/thành phố", deadline, result, null] })),
        ],
      },
    ],
  });
  return readXlsxSubmission(file, bytes);
}

describe("merging task reports of several units", () => {
  test("the same task from two units is one row keeping each unit's result; statuses at the report date", async () => {
    const a = await unit("Sở Tư pháp", "stp.xlsx", [
      ["1", "Bổ trí kinh phí để triển khai Đề án 06 đảm bảo hiệu quả, đồng bộ", "Quý I/2023", "Đã xong: đã bố trí kinh phí năm 2023."],
      [
        "2",
        "Tuyên truyền người dân sử dụng tài khoản VNeID để đăng nhập cổng dịch vụ công quốc gia",
        "Thực hiện thường xuyên",
        "Thường xuyên tuyên truyền.",
      ],
      ["3", "Chỉ đạo điều tra cơ bản theo đặc thù vùng miền", "Tháng 10/2023", "Đang thực hiện."],
    ]);
    // Another unit: same tasks with ký/kí-style drift and a different number, plus one of its own.
    const b = await unit("Sở Y tế", "syt.xlsx", [
      ["1", "Bố trí kinh phí để triển khai Đề án 06 đảm bảo hiệu quả, đồng bộ", "Quý I/2023", "Chưa hoàn thành: chờ phân bổ."],
      [
        "5",
        "Tuyên truyền người dân sử dụng tài khoản VNeID để đăng nhập cổng dịch vụ công quốc gia",
        "Thực hiện thường xuyên",
        "Đang triển khai.",
      ],
      ["4", "Chỉ đạo các cơ sở y tế sử dụng thẻ CCCD gắn chip", "Tháng 8/2023", "Đang thực hiện."],
    ]);
    const c = consolidate([a, b], null, { judgedAt: "2023-09-15" });
    expect(c.judgedAt).toBe("2023-09-15");
    expect(c.tasks.map((t) => [t.no, t.units.map((u) => u.unit), t.status, t.onTimeStatus])).toEqual([
      ["1", ["Sở Tư pháp", "Sở Y tế"], "in_progress", "overdue"],
      ["2", ["Sở Tư pháp", "Sở Y tế"], "in_progress", "recurring"],
      ["3", ["Sở Tư pháp"], "in_progress", "in_progress"],
      ["4", ["Sở Y tế"], "in_progress", "overdue"],
    ]);
    expect(c.tasks[0].units.map((u) => u.result)).toEqual(["Đã xong: đã bố trí kinh phí năm 2023.", "Chưa hoàn thành: chờ phân bổ."]);
    expect(c.tasks[0].units[1].cell).toMatch(/^F\d+$/);

    // The default report date is the 15th of the period's month.
    expect(consolidate([a, b]).judgedAt).toBe("2023-09-15");
  });

  test("the consolidated sheet has a coloured status column and a count per status", async () => {
    const a = await unit("Sở Tư pháp", "stp.xlsx", [
      ["1", "Bổ trí kinh phí để triển khai Đề án 06 đảm bảo hiệu quả, đồng bộ", "Quý I/2023", "Đã xong: đã bố trí."],
      ["2", "Chỉ đạo điều tra cơ bản theo đặc thù vùng miền", "Tháng 2/2023", "=Chưa hoàn thành, công thức giả"],
      ["3", "Tuyên truyền người dân sử dụng tài khoản VNeID", "Theo hướng dẫn của Bộ Công an", "Đang thực hiện."],
    ]);
    const c = consolidate([a], { year: 2023, month: 9 }, { judgedAt: "2023-09-15" });
    const bytes = await writeReport(buildReport(c));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet(TASK_SHEET_NAME)!;
    expect(ws).toBeDefined();
    const cells: Array<{ row: number; values: unknown[] }> = [];
    ws.eachRow((row, n) => cells.push({ row: n, values: (row.values as unknown[]).slice(1) }));
    const byTask = (no: string) => cells.find((r) => r.values[0] === no)!;
    expect(byTask("1").values[6]).toBe("Đã hoàn thành");
    expect(byTask("2").values[6]).toBe("Quá hạn");
    expect(byTask("3").values[6]).toBe("Không có thời hạn cụ thể");
    // Free text that starts with "=" stays text.
    expect(byTask("2").values[5]).toBe("=Chưa hoàn thành, công thức giả");
    // The colours are live conditional formats over the status column, so an edited status recolours.
    // exceljs keeps loaded rules on the sheet without typing them.
    const rules = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
    expect(rules).toHaveLength(1);
    const [from, to] = rules[0].ref.split(":").map((a: string) => Number(a.slice(1)));
    expect(from).toBeLessThanOrEqual(byTask("1").row);
    expect(to).toBe(byTask("3").row);
    const overdue = rules[0].rules.find(
      (r: ExcelJS.ConditionalFormattingRule) => (r as ExcelJS.ExpressionRuleType).formulae?.[0] === `G${from}="Quá hạn"`,
    ) as ExcelJS.ExpressionRuleType;
    expect((overdue.style?.fill as ExcelJS.FillPattern).bgColor?.argb).toBe("FFFFC7CE");
    const count = cells.find((r) => r.values[0] === "Quá hạn")!;
    const countCell = ws.getCell(`C${count.row}`).value as ExcelJS.CellFormulaValue;
    expect(countCell.formula).toMatch(/^COUNTIF\(G\d+:G\d+,"Quá hạn"\)$/);
    expect(countCell.result).toBe(1);
  });

  test("task text matching tolerates small drift but not a different task", () => {
    expect(sameTaskText("Bố trí kinh phí để triển khai Đề án 06", "Bổ trí kinh phí để triển khai Đề án 06")).toBe(true);
    expect(sameTaskText("Tham gia góp ý xây dựng văn bản pháp lý", "Chủ trì, phối hợp với Bộ Tư pháp rà soát")).toBe(false);
  });
});

test("a unit that renumbers its tasks is still merged on the same whole text", async () => {
  const task = "Phối hợp xây dựng Hệ thống Từ điển dữ liệu dùng chung phục vụ kết nối, chia sẻ dữ liệu";
  const a = await unit("Sở Tư pháp", "a.xlsx", [["2", task, "Tháng 12/2026", "Đang thực hiện."]]);
  const b = await unit("Sở Y tế", "b.xlsx", [["1", task, "Tháng 12/2026", "Đã hoàn thành."]]);
  const c = consolidate([a, b], { year: 2026, month: 10 }, { judgedAt: "2026-10-15" });
  expect(c.tasks).toHaveLength(1);
  expect(c.tasks[0].units.map((u) => u.unit)).toEqual(["Sở Tư pháp", "Sở Y tế"]);
});
