import { unitWorkbook } from "../../../scripts/lib/unitWorkbook";
import { consolidate, drawTargetChart, targetChart } from "../../../src/core";
import { readXlsxSubmission } from "../../../src/io/xlsx";

test("the chart picture draws one bar per service, red below the year's target and green at or above it", async () => {
  const bytes = await unitWorkbook({
    unit: "Công an tỉnh",
    periodText: "tháng 9/2026",
    layout: "official",
    tables: [
      {
        title: ["TÌNH HÌNH TRIỂN KHAI 25 DỊCH VỤ CÔNG TRỰC TUYẾN THIẾT YẾU THEO QUYẾT ĐỊNH SỐ 06/QĐ-TTg"],
        rows: [
          { no: "2", name: "Cấp lại, đổi thẻ căn cước công dân", connection: "Đã kết nối", total: "1.000", online: "700", onTime: "700" },
          { no: "3", name: "Đăng ký thường trú", connection: "Đã kết nối", total: "1.000", online: "950", onTime: "950" },
        ],
      },
    ],
  });
  const c = consolidate([await readXlsxSubmission("cong-an.xlsx", bytes)]);
  const drawing = drawTargetChart(targetChart(c.tables.dvc25, 0.8, 2026));
  const bars = drawing.shapes.filter((s) => s.kind === "rect").slice(1);
  expect(bars.map((b) => b.kind === "rect" && b.fill)).toEqual(["#C62828", "#2E7D32"]);
  // Bar length is proportional to the ratio: 70% against 95%.
  const [low, high] = bars.map((b) => (b.kind === "rect" ? b.w : 0));
  expect(low / high).toBeCloseTo(0.7 / 0.95, 5);
  const texts = drawing.shapes.flatMap((s) => (s.kind === "text" ? [s.text] : []));
  expect(texts).toEqual(expect.arrayContaining(["70%", "95%", "Chỉ tiêu 80%"]));
  expect(drawing.description).toContain("Đăng ký thường trú: 95% (chỉ tiêu 80%)");
});
