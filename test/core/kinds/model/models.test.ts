import ExcelJS from "exceljs";
import { MODEL_SHEET_NAME, buildReport, consolidate, splitProgress } from "../../../../src/core";
import { readXlsxSubmission, writeReport } from "../../../../src/io/xlsx";
import { modelTable, seed2024ModelsHealth, seed2024ModelsPolice } from "../../../fixtures/seedModels";
import { textWorkbook } from "../../../fixtures/textTables";

const read = async (unit: string, file: string, rows: typeof seed2024ModelsPolice) =>
  readXlsxSubmission(file, await textWorkbook({ unit, periodText: "tháng 9/2024", tables: [modelTable(rows)], sheetName: "Mô hình" }));

describe("models (9/2024 Phụ lục III)", () => {
  test("the table is recognised with its groups, model numbers and the progress phrase apart", async () => {
    const s = await read("Sở Y tế", "syt.xlsx", seed2024ModelsHealth);
    expect(s.findings.filter((f) => f.code === "TEMPLATE_NOT_RECOGNIZED")).toEqual([]);
    expect(s.modelTables).toHaveLength(1);
    const [r1, r2] = s.modelTables[0].rows;
    expect(r1).toMatchObject({
      group: { no: "II" },
      no: "1",
      modelNo: "6",
      progress: "Việc triển khai đã hoàn thành. Mô hình đang trong giai đoạn duy trì.",
    });
    expect(r1.results).toMatch(/^Từ ngày 16\/8\/2023/);
    expect(r1.funding).toMatch(/^Kinh phí mua đầu đọc/);
    expect(r2.modelNo).toBe("7");
    expect(r2.difficulties).toBe("- Tỷ lệ người dân sử dụng thanh toán không dùng tiền mặt tại các đơn vị còn thấp");
  });

  test("two units on the same model merge into one row with unit prefixes", async () => {
    const c = consolidate([
      await read("Công an tỉnh", "ca.xlsx", seed2024ModelsPolice),
      await read("Sở Y tế", "syt.xlsx", seed2024ModelsHealth),
    ]);
    expect(c.models.map((m) => [m.modelNo, m.units.map((u) => u.unit)])).toEqual([
      ["1", ["Công an tỉnh"]],
      ["6", ["Công an tỉnh", "Sở Y tế"]],
      ["7", ["Sở Y tế"]],
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeReport(buildReport(c))) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet(MODEL_SHEET_NAME)!;
    let row6: unknown[] | null = null;
    ws.eachRow((r) => {
      const v = (r.values as unknown[]).slice(1);
      if (typeof v[1] === "string" && v[1].startsWith("Mô hình 6")) row6 = v;
    });
    expect(row6![2]).toBe("Công an tỉnh: Đang triển khai\nSở Y tế: Việc triển khai đã hoàn thành. Mô hình đang trong giai đoạn duy trì.");
    expect(row6![3]).toMatch(/^Công an tỉnh: - Công an tỉnh hỗ trợ.*\nSở Y tế: Từ ngày 16\/8\/2023/s);
    // Text starting with "-" stays text.
    expect(typeof row6![3]).toBe("string");
  });

  test("splitProgress keeps results without a progress phrase whole", () => {
    expect(splitProgress("- Đã triển khai tại 10 xã")).toEqual({ progress: "", rest: "- Đã triển khai tại 10 xã" });
  });
});
