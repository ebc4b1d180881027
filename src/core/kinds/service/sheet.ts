import { type Catalogue, type ConnectionStatus, catalogueById } from "../../catalogue";
import type { CellRange } from "../../shared/grid";
import type { MergedRow, MergedTable } from "./merged";
import { periodLabel } from "../../shared/period";
import { type ReportCell, type ReportSheet, percentFormat } from "../../shared/layout";
import { type ReportSettings, attachmentLine } from "../../shared/settings";

export const CONNECTION_TEXT: Record<ConnectionStatus, string> = {
  connected: "Đã kết nối",
  not_connected: "Chưa kết nối",
  done: "Đã thực hiện",
};

/** Sheet names of the consolidated appendices. */
export const SERVICE_SHEET_NAMES = { dvc25: "PL DVC 06", dvc422: "PL DVC 422" } as const;

const WIDTHS = [6, 50, 14, 12, 12, 10, 12, 10, 48];
const LAST_COL = WIDTHS.length - 1;
/** Column letters of the number columns, for formulas. */
const COL = { total: "D", online: "E", ratio: "F", onTime: "G", overdue: "H" } as const;

const text = (value: string | null, style: ReportCell["style"] = "text"): ReportCell => ({ value, style });

function countCell(v: number | null, style: "count" | "totalCount" = "count"): ReportCell {
  return { value: v, style };
}

function ratioCell(row: number, v: number | null, style: "percent" | "totalPercent" = "percent"): ReportCell {
  if (v === null) return { value: null, style };
  const r = row + 1;
  return { value: v, style, numFmt: percentFormat(v), formula: `IF(${COL.total}${r}>0,${COL.online}${r}/${COL.total}${r},"")` };
}

function difficultiesText(row: MergedRow): string | null {
  if (row.difficulties.length === 0) return null;
  // One unit's text is printed as is in a unit's own table, prefixed when several units report.
  return row.difficulties.map((d) => `${d.unit}: ${d.text}`).join("\n");
}

/** The official two-row merged header (DOMAIN.md §2.1), starting at row `top`. */
export function serviceHeaderRows(top: number): { rows: ReportCell[][]; merges: CellRange[] } {
  const h = (value: string): ReportCell => ({ value, style: "header" });
  const upper: ReportCell[] = [
    h("STT"),
    h("Dịch vụ công trực tuyến"),
    h("Kết nối với Cổng DVC quốc gia (đã kết nối, chưa kết nối)"),
    h("Tổng số hồ sơ (bao gồm cả trực tiếp và trực tuyến)"),
    h(""),
    h(""),
    h("Tình hình xử lý hồ sơ trực tuyến"),
    h(""),
    h("Khó khăn, vướng mắc"),
  ];
  const lower: ReportCell[] = [h(""), h(""), h(""), h("Tổng hồ sơ"), h("Trực tuyến"), h("Tỷ lệ"), h("Đúng hạn"), h("Quá hạn"), h("")];
  const b = top + 1;
  const merges: CellRange[] = [
    { top, left: 0, bottom: b, right: 0 },
    { top, left: 1, bottom: b, right: 1 },
    { top, left: 2, bottom: b, right: 2 },
    { top, left: 3, bottom: top, right: 5 },
    { top, left: 6, bottom: top, right: 7 },
    { top, left: 8, bottom: b, right: 8 },
  ];
  return { rows: [upper, lower], merges };
}

export function serviceSheet(table: MergedTable, settings: ReportSettings): ReportSheet {
  const catalogue: Catalogue = catalogueById(table.catalogue);
  const rows: ReportCell[][] = [];
  const merges: CellRange[] = [];
  const line = (value: string, style: ReportCell["style"]) => {
    merges.push({ top: rows.length, left: 0, bottom: rows.length, right: LAST_COL });
    rows.push([{ value, style }]);
  };
  const [first, ...rest] = catalogue.title;
  line(first, "title");
  rest.forEach((t, i) =>
    line(i === rest.length - 1 && settings.period ? `${t} (${periodLabel(settings.period).toUpperCase()})` : t, "subtitle"),
  );
  line(attachmentLine(settings), "caption");
  rows.push([]);
  const header = serviceHeaderRows(rows.length);
  rows.push(...header.rows);
  merges.push(...header.merges);
  const freezeRows = rows.length;

  let group: string | undefined;
  for (const row of table.rows) {
    const s = row.service;
    if (s.group && s.group !== group) {
      group = s.group;
      const g = catalogue.groups.find((x) => x.no === group);
      merges.push({ top: rows.length, left: 1, bottom: rows.length, right: LAST_COL });
      rows.push([text(group, "group"), text(g?.title ?? "", "group")]);
    }
    const r = rows.length;
    rows.push([
      text(s.no, "textCenter"),
      text(s.parent ? `- ${s.name}` : s.name),
      text(row.connection ? CONNECTION_TEXT[row.connection] : null, "textCenter"),
      countCell(row.total),
      countCell(row.online),
      ratioCell(r, row.onlineRatio),
      countCell(row.onTime),
      countCell(row.overdue),
      text(difficultiesText(row)),
    ]);
  }
  const r = rows.length;
  const t = table.total;
  rows.push([
    text("", "totalLabel"),
    text("Tổng cộng", "totalLabel"),
    text("", "totalLabel"),
    countCell(t.total, "totalCount"),
    countCell(t.online, "totalCount"),
    ratioCell(r, t.onlineRatio, "totalPercent"),
    countCell(t.onTime, "totalCount"),
    countCell(t.overdue, "totalCount"),
    text("", "totalLabel"),
  ]);
  return { name: SERVICE_SHEET_NAMES[table.catalogue], rows, merges, widths: WIDTHS, freezeRows, textColumns: [1, 8] };
}
