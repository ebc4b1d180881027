import type { Contribution, MergedTable } from "../kinds/service/merged";
import { LEFT_OUT_REASON } from "../kinds/service/flagged";
import { columnLabels } from "../kinds/service/templates";
import { NO_LINKS, type WorkbookLinks, listFilter } from "./links";
import { type DuplicateChoice, type SameContent, fileDateText } from "../pipeline/duplicates";
import { periodLabel } from "../shared/period";
import { AUXILIARY_TITLES } from "../shared/auxiliary";
import type { ReportCell, ReportSheet } from "../shared/layout";

export const PROVENANCE_SHEET_NAME = "Nguồn số liệu";

/** Captions of the provenance list: the four numbers, then the cell each came from, each in its own column. */
export const PROVENANCE_COLUMNS = [
  "Mã dịch vụ",
  "Dịch vụ",
  "Đơn vị",
  "Tệp",
  "Trang tính",
  "Tổng hồ sơ",
  "Trực tuyến",
  "Đúng hạn",
  "Quá hạn",
  "Ô tổng số",
  "Ô trực tuyến",
  "Ô đúng hạn",
  "Ô quá hạn",
  "Ghi chú",
] as const;

const KEYS = ["total", "online", "onTime", "overdue"] as const;

/** What of a unit's numbers did not enter the sums, and the flagged values the clerk accepted. */
export function contributionNote(src: Contribution): string | null {
  const parts: string[] = [];
  if (src.leftOut.length > 0) {
    const columns = KEYS.filter((k) => src.leftOut.some((l) => l.column === k)).map((k) => columnLabels[k].toLowerCase());
    const reasons = [...new Set(src.leftOut.map((l) => LEFT_OUT_REASON[l.code] ?? l.code))];
    parts.push(`Không cộng ${columns.join(", ")}: ${reasons.join("; ")}`);
  }
  if (src.accepted.length > 0) {
    const what = [...new Set(src.accepted.map((f) => (f.cell ? `${f.cell} (${f.code})` : f.code)))];
    parts.push(`Đã chấp nhận giá trị bị đánh lỗi: ${what.join(", ")}`);
  }
  return parts.length > 0 ? `${parts.join(". ")}.` : null;
}

/**
 * Service × unit → numbers, each with the file, sheet and cell it came from, as a list the clerk
 * filters: the cell of each number in a column of its own (empty when the unit's table has no
 * such number), the service id a link to its appendix row, a unit's cell a link when its sheet is
 * in this workbook.
 */
export function provenanceSheet(
  tables: readonly MergedTable[],
  settled: { readonly duplicates: readonly DuplicateChoice[]; readonly copies: readonly SameContent[] } = { duplicates: [], copies: [] },
  links: WorkbookLinks = NO_LINKS,
): ReportSheet {
  const head = PROVENANCE_COLUMNS;
  const rows: ReportCell[][] = [
    [{ value: AUXILIARY_TITLES.provenance, style: "title" }],
    [],
    head.map((value) => ({ value, style: "header" as const })),
  ];
  const headerRow = rows.length - 1;
  for (const table of tables) {
    for (const row of table.rows) {
      for (const src of row.sources) {
        const out = new Set(src.leftOut.map((l) => l.column));
        rows.push([
          links.service(row.service.id, row.service.id) ?? { value: row.service.id, style: "textCenter" },
          { value: row.service.name, style: "text" },
          { value: src.unit, style: "text" },
          { value: src.file, style: "text" },
          { value: src.sheet, style: "text" },
          // A number left out of the sums is shaded as on the appendix; the note says why.
          ...KEYS.map((k): ReportCell => ({ value: src.figures[k], style: out.has(k) ? "countIncomplete" : "count" })),
          ...KEYS.map((k): ReportCell => {
            const cell = src.cells[k];
            return (cell && links.unitCell(src.file, src.sheet, cell)) || { value: cell ?? null, style: "textCenter" };
          }),
          { value: contributionNote(src), style: "text" },
        ]);
      }
    }
  }
  const lastListRow = rows.length - 1;
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
    widths: [10, 30, 18, 22, 8, 8, 8, 8, 8, 6, 6, 6, 6, 18],
    freezeRows: headerRow + 1,
    textColumns: [0, 1, 2, 3, 4, 9, 10, 11, 12, 13],
    autoFilter: listFilter(headerRow, lastListRow, head.length),
  };
}
