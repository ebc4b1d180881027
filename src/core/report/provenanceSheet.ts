import type { MergedTable } from "../kinds/service/merged";
import { type DuplicateChoice, type SameContent, fileDateText } from "../pipeline/duplicates";
import { periodLabel } from "../shared/period";
import { AUXILIARY_TITLES } from "../shared/auxiliary";
import type { ReportCell, ReportSheet } from "../shared/layout";

export const PROVENANCE_SHEET_NAME = "Nguồn số liệu";

/** Service × unit → numbers, each with the file, sheet and cell it came from. */
export function provenanceSheet(
  tables: readonly MergedTable[],
  settled: { readonly duplicates: readonly DuplicateChoice[]; readonly copies: readonly SameContent[] } = { duplicates: [], copies: [] },
): ReportSheet {
  const head = ["Mã dịch vụ", "Dịch vụ", "Đơn vị", "Tệp", "Trang tính", "Tổng hồ sơ", "Trực tuyến", "Đúng hạn", "Quá hạn", "Ô nguồn"];
  const rows: ReportCell[][] = [
    [{ value: AUXILIARY_TITLES.provenance, style: "title" }],
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
  // Which report of a unit was summed when it sent more than one, and the files counted once.
  const merges = [{ top: 0, left: 0, bottom: 0, right: head.length - 1 }];
  if (settled.duplicates.length > 0 || settled.copies.length > 0) {
    rows.push([]);
    merges.push({ top: rows.length, left: 0, bottom: rows.length, right: head.length - 1 });
    rows.push([{ value: "BÁO CÁO TRÙNG: TỆP ĐƯỢC TỔNG HỢP", style: "header" }]);
    rows.push(
      ["Đơn vị", "Kỳ", "Tệp được tổng hợp", "Ngày tệp", "Cách chọn", "Tệp không tính"].map((value) => ({ value, style: "header" })),
    );
    const how = { newer: "Tệp mới hơn", clerk: "Người tổng hợp chọn", order: "Tệp nhận sau (không có ngày tệp)" } as const;
    for (const d of settled.duplicates) {
      rows.push([
        { value: d.unit, style: "text" },
        { value: d.period ? periodLabel(d.period) : null, style: "text" },
        { value: d.chosen, style: "text" },
        { value: d.chosenAt ? fileDateText(d.chosenAt) : null, style: "text" },
        { value: how[d.by], style: "text" },
        { value: d.setAside.map((x) => (x.receivedAt ? `${x.file} (${fileDateText(x.receivedAt)})` : x.file)).join("; "), style: "text" },
      ]);
    }
    for (const c of settled.copies) {
      rows.push([
        { value: null, style: "text" },
        { value: null, style: "text" },
        { value: c.sameAs, style: "text" },
        { value: null, style: "text" },
        { value: "Cùng nội dung, tính một lần", style: "text" },
        { value: c.file, style: "text" },
      ]);
    }
  }
  return {
    name: PROVENANCE_SHEET_NAME,
    rows,
    merges,
    widths: [13, 45, 28, 30, 14, 11, 11, 11, 11, 18],
    freezeRows: 3,
    textColumns: [0, 1, 2, 3, 4, 9],
  };
}
