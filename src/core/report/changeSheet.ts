import { catalogueById } from "../catalogue";
import type { ChangeMeasure, MonthChanges } from "../compare/monthOverMonth";
import type { CellRange } from "../shared/grid";
import { periodLabel, type Period } from "../shared/period";
import { AUXILIARY_TITLES } from "../shared/auxiliary";
import { type ReportCell, type ReportSheet, percentFormat } from "../shared/layout";

export const CHANGE_SHEET_NAME = "Biến động";

const MEASURES: ReadonlyArray<readonly [ChangeMeasure, string]> = [
  ["total", "Tổng hồ sơ"],
  ["online", "Trực tuyến"],
  ["onlineRatio", "Tỷ lệ trực tuyến"],
  ["onTime", "Đúng hạn"],
  ["overdue", "Quá hạn"],
];

/** Every number and ratio of the appendices against the previous consolidated workbook. */
export function changeSheet(changes: MonthChanges, period: Period | null): ReportSheet {
  const width = 2 + MEASURES.length * 3;
  const rows: ReportCell[][] = [];
  const merges: CellRange[] = [];
  const cur = period ? periodLabel(period).toUpperCase() : "KỲ NÀY";
  const prev = changes.previousPeriod ? periodLabel(changes.previousPeriod).toUpperCase() : "KỲ TRƯỚC";
  merges.push({ top: 0, left: 0, bottom: 0, right: width - 1 });
  rows.push([{ value: `${AUXILIARY_TITLES.changes} (${cur} SO VỚI ${prev})`, style: "title" }]);
  merges.push({ top: 1, left: 0, bottom: 1, right: width - 1 });
  rows.push([{ value: `(so với bảng tổng hợp kỳ trước: ${changes.previousFile})`, style: "caption" }]);
  rows.push([]);
  const top = rows.length;
  const upper: ReportCell[] = [
    { value: "STT", style: "header" },
    { value: "Dịch vụ công trực tuyến", style: "header" },
  ];
  const lower: ReportCell[] = [
    { value: "", style: "header" },
    { value: "", style: "header" },
  ];
  merges.push({ top, left: 0, bottom: top + 1, right: 0 }, { top, left: 1, bottom: top + 1, right: 1 });
  MEASURES.forEach(([m, label], i) => {
    const c = 2 + i * 3;
    upper.push({ value: label, style: "header" }, { value: "", style: "header" }, { value: "", style: "header" });
    // A ratio changes by percentage points (82,5% against 80% is 2,5 điểm %, not 3,1%): the caption says so.
    const change = m === "onlineRatio" ? "Biến động (điểm %)" : "Biến động";
    lower.push({ value: "Kỳ này", style: "header" }, { value: "Kỳ trước", style: "header" }, { value: change, style: "header" });
    merges.push({ top, left: c, bottom: top, right: c + 2 });
  });
  rows.push(upper, lower);
  const freezeRows = rows.length;
  let catalogue: string | null = null;
  for (const r of changes.rows) {
    if (r.catalogue !== catalogue) {
      catalogue = r.catalogue;
      merges.push({ top: rows.length, left: 0, bottom: rows.length, right: width - 1 });
      rows.push([{ value: catalogueById(r.catalogue).label, style: "group" }]);
    }
    const total = r.id === "total";
    const cells: ReportCell[] = [
      { value: r.no || null, style: total ? "totalLabel" : "textCenter" },
      { value: r.name, style: total ? "totalLabel" : "text" },
    ];
    for (const [m] of MEASURES) {
      const ch = r.changes[m];
      if (m === "onlineRatio") {
        const pct = (v: number | null): ReportCell =>
          v === null ? { value: null, style: "percent" } : { value: v, style: "percent", numFmt: percentFormat(v) };
        cells.push(pct(ch.current), pct(ch.previous));
      } else {
        cells.push(
          { value: ch.current, style: total ? "totalCount" : "count" },
          { value: ch.previous, style: total ? "totalCount" : "count" },
        );
      }
      cells.push({ value: ch.text, style: "text" });
    }
    rows.push(cells);
  }
  return {
    name: CHANGE_SHEET_NAME,
    rows,
    merges,
    widths: [6, 45, ...MEASURES.flatMap(() => [11, 11, 24])],
    freezeRows,
    textColumns: [1, ...MEASURES.map((_, i) => 4 + i * 3)],
  };
}
