import type { TargetComparison } from "../targets/types";
import { targetVerdict } from "../targets/compare";
import { AUXILIARY_TITLES } from "../shared/auxiliary";
import { type ReportCell, type ReportSheet, percentFormat } from "../shared/layout";

export const TARGET_SHEET_NAME = "Chỉ tiêu";

/** The computed provincial figures against the year's targets (2026 plan Phụ lục I). */
export function targetSheet(comparisons: readonly TargetComparison[], year: number): ReportSheet {
  const head = [
    "Mã chỉ tiêu",
    "Chỉ tiêu",
    "Phạm vi số liệu",
    "Đơn vị tính",
    `Chỉ tiêu năm ${year}`,
    "Kết quả",
    "Chênh lệch",
    "Đánh giá",
    "Đơn vị theo dõi",
  ];
  const rows: ReportCell[][] = [
    [{ value: `${AUXILIARY_TITLES.targets} NĂM ${year}`, style: "title" }],
    [],
    head.map((value) => ({ value, style: "header" as const })),
  ];
  for (const t of comparisons) {
    const pct = t.indicator.unit === "%";
    const num = (v: number | null, style: "percent" | "count"): ReportCell =>
      v === null ? { value: null, style } : pct ? { value: v, style: "percent", numFmt: percentFormat(Math.abs(v)) } : { value: v, style };
    rows.push([
      { value: t.indicator.id, style: "textCenter" },
      { value: t.indicator.name, style: "text" },
      { value: t.scope, style: "text" },
      { value: t.indicator.unit, style: "textCenter" },
      { value: t.targetText || null, style: "textCenter" },
      num(t.actual, "percent"),
      num(t.gap, "percent"),
      { value: targetVerdict(t), style: t.met === false ? "warning" : "status" },
      { value: t.indicator.tracking, style: "text" },
    ]);
  }
  return {
    name: TARGET_SHEET_NAME,
    rows,
    merges: [{ top: 0, left: 0, bottom: 0, right: head.length - 1 }],
    widths: [10, 50, 28, 10, 14, 12, 12, 26, 30],
    freezeRows: 3,
    textColumns: [0, 1, 2, 3, 4, 7, 8],
  };
}
