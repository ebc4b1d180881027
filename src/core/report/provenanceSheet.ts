import type { MergedTable } from "../kinds/service/merged";
import type { ReportCell, ReportSheet } from "../shared/layout";

export const PROVENANCE_SHEET_NAME = "Nguồn số liệu";

/** Service × unit → numbers, each with the file, sheet and cell it came from. */
export function provenanceSheet(tables: readonly MergedTable[]): ReportSheet {
  const head = ["Mã dịch vụ", "Dịch vụ", "Đơn vị", "Tệp", "Trang tính", "Tổng hồ sơ", "Trực tuyến", "Đúng hạn", "Quá hạn", "Ô nguồn"];
  const rows: ReportCell[][] = [
    [{ value: "NGUỒN SỐ LIỆU CỦA BẢNG TỔNG HỢP", style: "title" }],
    [],
    head.map((value) => ({ value, style: "header" as const })),
  ];
  for (const table of tables) {
    for (const row of table.rows) {
      for (const src of row.sources) {
        const keys = ["total", "online", "onTime", "overdue"] as const;
        // All four numbers sit on one row of the unit's sheet; one column lists their cells.
        const cells = keys
          .map((k) => src.cells[k])
          .filter(Boolean)
          .join(", ");
        rows.push([
          { value: row.service.id, style: "text" },
          { value: row.service.name, style: "text" },
          { value: src.unit, style: "text" },
          { value: src.file, style: "text" },
          { value: src.sheet, style: "text" },
          ...keys.map((k): ReportCell => ({ value: src.figures[k], style: "count" })),
          { value: cells || null, style: "text" },
        ]);
      }
    }
  }
  return {
    name: PROVENANCE_SHEET_NAME,
    rows,
    merges: [{ top: 0, left: 0, bottom: 0, right: head.length - 1 }],
    widths: [13, 45, 28, 30, 14, 11, 11, 11, 11, 18],
    freezeRows: 3,
    textColumns: [0, 1, 2, 3, 4, 9],
  };
}
