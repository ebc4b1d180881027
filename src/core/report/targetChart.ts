import { type CatalogueId, catalogueById } from "../catalogue";
import type { CellRange } from "../shared/grid";
import type { MergedTable } from "../kinds/service/merged";
import type { ReportCell, ReportSheet } from "../shared/layout";

export const TARGET_CHART_SHEET_NAME = "Biểu đồ tỷ lệ";

/**
 * The data behind the chart "online ratio by service against the year's
 * target": one row per reported service (catalogue order), its consolidated
 * ratio and the target. Adapters that can draw charts draw one over `data`.
 */
export interface TargetChart {
  readonly sheet: ReportSheet;
  /** Header row plus data rows, three columns: label, ratio, target. */
  readonly data: CellRange;
  readonly title: string;
}

/** "06. Đăng ký tạm trú" shortened for a chart axis. */
function axisLabel(no: string, name: string): string {
  const short = name.length > 48 ? `${name.slice(0, 45).trimEnd()}…` : name;
  return `${no.replace(/\.$/, "")}. ${short}`;
}

export function targetChart(table: MergedTable, target: number, year: number | null): TargetChart {
  const cat = catalogueById(table.catalogue as CatalogueId);
  const title = `Tỷ lệ hồ sơ trực tuyến theo dịch vụ so với chỉ tiêu${year ? ` năm ${year}` : ""} (${cat.label})`;
  const rows: ReportCell[][] = [
    [{ value: title.toUpperCase(), style: "title" }],
    [],
    [
      { value: "Dịch vụ", style: "header" },
      { value: "Tỷ lệ trực tuyến", style: "header" },
      { value: "Chỉ tiêu", style: "header" },
    ],
  ];
  const top = 2;
  for (const row of table.rows) {
    if (row.onlineRatio === null || row.service.parent) continue;
    rows.push([
      { value: axisLabel(row.service.no, row.service.name), style: "text" },
      { value: row.onlineRatio, style: "percent" },
      { value: target, style: "percent" },
    ]);
  }
  return {
    sheet: {
      name: TARGET_CHART_SHEET_NAME,
      rows,
      merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
      widths: [60, 16, 12],
      freezeRows: 3,
      textColumns: [0],
    },
    data: { top, left: 0, bottom: rows.length - 1, right: 2 },
    title,
  };
}
