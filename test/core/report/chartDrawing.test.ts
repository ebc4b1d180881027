import { consolidate, drawTargetChart, targetChart } from "../../../src/core";
import { police } from "../../fixtures/policeTwoServices";

test("the chart picture draws one bar per service, red below the year's target and green at or above it", async () => {
  const c = consolidate([await police("tháng 9/2026")]);
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
