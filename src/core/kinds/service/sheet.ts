import { type Catalogue, catalogueById } from "../../catalogue";
import { CONNECTION_TEXT } from "./connection";
import { ratioFormula } from "./liveFormulas";
import type { CellRange } from "../../shared/grid";
import type { MergedRow, MergedTable } from "./merged";
import { periodLabel } from "../../shared/period";
import { APPENDIX_LABEL, type ReportCell, type ReportSheet } from "../../shared/layout";
import { foldKey } from "../../shared/normalize";
import { LEFT_OUT_REASON, type LeftOut } from "./flagged";
import { columnLabels, numberColumns } from "./templates";
import { type ReportSettings, attachmentLine } from "../../shared/settings";

/** Sheet names of the consolidated appendices. */
export const SERVICE_SHEET_NAMES = { dvc25: "PL DVC 06", dvc422: "PL DVC 422" } as const;

/** Column widths of a service table, in the appendix and in the form a unit fills in alike. */
export const SERVICE_WIDTHS: readonly number[] = [6, 50, 16, 12, 12, 10, 12, 10, 48];
/** Columns of free text (name, difficulties): written as text, never as formulas. */
export const SERVICE_TEXT_COLUMNS: readonly number[] = [1, 8];
const LAST_COL = SERVICE_WIDTHS.length - 1;
/** Column letters of the number columns, for formulas. */
const COL = { total: "D", online: "E", ratio: "F", onTime: "G", overdue: "H" } as const;

/** The online ratio formula of a sheet row (1-based) laid out as a service table. */
export const ratioFormulaAt = (row: number): string => ratioFormula(`${COL.total}${row}`, `${COL.online}${row}`);

const text = (value: string | null, style: ReportCell["style"] = "text"): ReportCell => ({ value, style });

type CountStyle = "count" | "totalCount" | "countIncomplete";
type PercentStyle = "percent" | "totalPercent" | "percentIncomplete";

function countCell(v: number | null, style: CountStyle = "count"): ReportCell {
  return { value: v, style };
}

/** Every ratio with two decimals, so that a column of ratios reads alike (100,00%, 25,87%). */
function ratioCell(row: number, v: number | null, style: PercentStyle = "percent"): ReportCell {
  if (v === null) return { value: null, style };
  return { value: v, style, formula: ratioFormulaAt(row + 1) };
}

/** Top-level rows of one column as A1 ranges for the total row's SUM (sub-items are inside their parent). */
export function sumOf(col: string, rows: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < rows.length;) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
    parts.push(i === j ? `${col}${rows[i] + 1}` : `${col}${rows[i] + 1}:${col}${rows[j] + 1}`);
    i = j + 1;
  }
  return `SUM(${parts.join(",")})`;
}

/** Units' names after the first without the "UBND" they all share: "UBND xã Nga Sơn, xã Ngọc Lặc". */
export function unitList(units: readonly string[]): string {
  const shared = /^UBND\s+/u;
  const all = units.length > 1 && units.every((u) => shared.test(u));
  return units.map((u, i) => (all && i > 0 ? u.replace(shared, "") : u)).join(", ");
}

/**
 * The units' difficulties, each text once with every unit that wrote it (units
 * often copy the same sentence), in the order first written.
 */
export function difficultiesText(row: MergedRow): string | null {
  if (row.difficulties.length === 0) return null;
  const byText = new Map<string, { text: string; units: string[] }>();
  for (const d of row.difficulties) {
    const key = foldKey(d.text);
    const e = byText.get(key) ?? { text: d.text, units: [] };
    if (!e.units.includes(d.unit)) e.units.push(d.unit);
    byText.set(key, e);
  }
  return [...byText.values()].map((e) => `${unitList(e.units)}: ${e.text}`).join("\n");
}

/** "chưa gồm số liệu của UBND xã Nga Sơn (tổng hồ sơ, trực tuyến: trực tuyến lớn hơn tổng số hồ sơ)". */
export function leftOutText(leftOut: readonly LeftOut[]): string {
  const byUnit = new Map<string, LeftOut[]>();
  for (const l of leftOut) byUnit.set(l.unit, [...(byUnit.get(l.unit) ?? []), l]);
  const parts = [...byUnit].map(([unit, list]) => {
    const columns = numberColumns.filter((c) => list.some((l) => l.column === c)).map((c) => columnLabels[c].toLowerCase());
    const reasons = [...new Set(list.map((l) => LEFT_OUT_REASON[l.code] ?? l.code))];
    return `${unit} (${columns.join(", ")}: ${reasons.join("; ")})`;
  });
  return `chưa gồm số liệu của ${parts.join(", ")}`;
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
  line(APPENDIX_LABEL, "appendixLabel");
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
  const topLevel: number[] = [];
  const notes: string[] = [];
  const anchors: Record<string, number> = {};
  for (const row of table.rows) {
    const s = row.service;
    if (s.group && s.group !== group) {
      group = s.group;
      const g = catalogue.groups.find((x) => x.no === group);
      merges.push({ top: rows.length, left: 1, bottom: rows.length, right: LAST_COL });
      rows.push([text(group, "group"), text(g?.title ?? "", "group")]);
    }
    const r = rows.length;
    anchors[s.id] = r;
    if (!s.parent) topLevel.push(r);
    // A row some unit's values were left out of is shaded and explained under the table.
    const count: CountStyle = row.complete ? "count" : "countIncomplete";
    if (!row.complete) notes.push(`- STT ${s.no} (${s.name}): ${leftOutText(row.leftOut)}.`);
    rows.push([
      text(s.no, "textCenter"),
      text(s.parent ? `- ${s.name}` : s.name),
      text(row.connection ? CONNECTION_TEXT[row.connection] : null, "textCenter"),
      countCell(row.total, count),
      countCell(row.online, count),
      ratioCell(r, row.onlineRatio, row.complete ? "percent" : "percentIncomplete"),
      countCell(row.onTime, count),
      countCell(row.overdue, count),
      text(difficultiesText(row)),
    ]);
  }
  const r = rows.length;
  const t = table.total;
  // The total is a live SUM of the rows above (cached: the engine's own sum), so an edited figure updates it.
  const sum = (col: string, v: number | null): ReportCell =>
    v === null ? countCell(null, "totalCount") : { value: v, style: "totalCount", formula: sumOf(col, topLevel) };
  rows.push([
    text("", "totalLabel"),
    text(t.complete ? "Tổng cộng" : "Tổng cộng (*)", "totalLabel"),
    text("", "totalLabel"),
    sum(COL.total, t.total),
    sum(COL.online, t.online),
    ratioCell(r, t.onlineRatio, "totalPercent"),
    sum(COL.onTime, t.onTime),
    sum(COL.overdue, t.overdue),
    text("", "totalLabel"),
  ]);
  if (notes.length > 0) {
    rows.push([]);
    line("(*) Các ô tô màu chưa đủ số liệu: giá trị bị lỗi không được cộng vào tổng hợp, xem trang \u201CKiểm tra\u201D.", "note");
    for (const n of notes) line(n, "note");
  }
  return {
    name: SERVICE_SHEET_NAMES[table.catalogue],
    rows,
    merges,
    widths: SERVICE_WIDTHS,
    freezeRows,
    textColumns: SERVICE_TEXT_COLUMNS,
    anchors,
  };
}
