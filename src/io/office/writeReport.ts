import {
  type ConditionalFormat,
  REPORT_FONT,
  type ReportSheet,
  type ReportWorkbook,
  type StyleSpec,
  type TargetChart,
  a1,
  styles,
} from "../../core";
import { PAYLOAD_BUDGET, chunkRows, payloadSize } from "./chunk";
import { sheetMatrix } from "./safeText";
import { rangeAddress, styleRuns } from "./styleRuns";

/** Points per character of column width (Times New Roman 11, as Excel sizes a "0"). */
const POINTS_PER_CHAR = 5.6;

export interface WriteOptions {
  /** Sheets the writer must never replace (the submitted sheets). */
  readonly protectedSheets?: readonly string[];
  /** Chart of the online ratio against the target, drawn over its data sheet. */
  readonly chart?: TargetChart;
  /** Batch budget in bytes, below Excel on the web's 5 MB request limit. */
  readonly payloadBudget?: number;
}

export interface WriteResult {
  readonly sheets: readonly string[];
  /** How many times the writer called `context.sync()`. */
  readonly syncs: number;
}

const PLACEHOLDER = "BaoCao06-tam";

export class ProtectedSheetError extends Error {
  constructor(readonly sheet: string) {
    super(`Trang tính \u201C${sheet}\u201D là báo cáo của đơn vị; không ghi đè bằng bảng tổng hợp. Hãy đổi tên trang đó rồi làm lại.`);
  }
}

/** Number format of every cell: the cell's own, its style's, "@" in text columns, else General. */
export function formatMatrix(sheet: ReportSheet, width: number): string[][] {
  const text = new Set(sheet.textColumns ?? []);
  return sheet.rows.map((row) =>
    Array.from({ length: width }, (_, c) => {
      const cell = row[c];
      const fmt = cell ? (cell.numFmt ?? styles[cell.style].numFmt) : undefined;
      if (fmt) return fmt;
      return text.has(c) && (!cell || typeof cell.value === "string") ? "@" : "General";
    }),
  );
}

function applyStyle(range: Excel.Range, spec: StyleSpec): void {
  const f = range.format;
  f.font.name = REPORT_FONT;
  f.font.size = spec.size ?? 11;
  f.font.bold = !!spec.bold;
  f.font.italic = !!spec.italic;
  if (spec.color) f.font.color = `#${spec.color}`;
  f.horizontalAlignment = spec.align === "center" ? "Center" : spec.align === "right" ? "Right" : "Left";
  f.verticalAlignment = "Center";
  f.wrapText = !!spec.wrap;
  if (spec.fill) f.fill.color = `#${spec.fill}`;
  if (spec.border) {
    for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"] as const) {
      const b = f.borders.getItem(edge);
      b.style = "Continuous";
      b.weight = "Thin";
    }
  }
}

/** `="Quá hạn"` compared with the range's top-left cell, relative as Excel applies it to each cell; quotes doubled. */
export function conditionalFormula(cf: ConditionalFormat, equals: string): string {
  return `=${a1(cf.range.top, cf.range.left)}="${equals.replace(/"/g, '""')}"`;
}

/**
 * Queue live colour rules (ExcelApi 1.6, within the 1.7 base): one custom
 * rule per value, taking the fill and font of the value's style. No sync.
 */
export function queueConditionalFormats(ws: Excel.Worksheet, sheet: ReportSheet): number {
  let added = 0;
  for (const cf of sheet.conditionalFormats ?? []) {
    const range = ws.getRange(rangeAddress(cf.range));
    for (const rule of cf.rules) {
      const spec = styles[rule.style];
      const format = range.conditionalFormats.add(Excel.ConditionalFormatType.custom);
      format.custom.rule.formula = conditionalFormula(cf, rule.equals);
      if (spec.fill) format.custom.format.fill.color = `#${spec.fill}`;
      if (spec.color) format.custom.format.font.color = `#${spec.color}`;
      if (spec.bold) format.custom.format.font.bold = true;
      added++;
    }
  }
  return added;
}

/**
 * Write the report layout into Excel sheets with a constant number of
 * `context.sync()` calls: one to learn the sheet names, one to remove the
 * previous report, one (or one more per ~4 MB of payload) for the writes.
 */
export async function writeReportSheets(
  context: Excel.RequestContext,
  report: ReportWorkbook,
  options: WriteOptions = {},
): Promise<WriteResult> {
  const budget = options.payloadBudget ?? PAYLOAD_BUDGET;
  let syncs = 0;
  const sync = async () => {
    syncs++;
    await context.sync();
  };
  const all: ReportSheet[] = [...report.sheets, ...(options.chart ? [options.chart.sheet] : [])];
  const names = all.map((s) => s.name);
  const guarded = new Set(options.protectedSheets ?? []);
  for (const n of names) if (guarded.has(n)) throw new ProtectedSheetError(n);

  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await sync();
  const existing = worksheets.items.filter((ws) => names.includes(ws.name));
  // Keep one sheet while the old report goes: Excel refuses to delete the last one.
  const placeholder = existing.length > 0 && existing.length === worksheets.items.length ? worksheets.add(PLACEHOLDER) : null;
  if (existing.length > 0) {
    for (const ws of existing) ws.delete();
    await sync();
  }

  const supports = (v: string) => Office.context.requirements.isSetSupported("ExcelApi", v);
  const suspend = () => {
    context.application.suspendApiCalculationUntilNextSync();
    if (supports("1.9")) context.application.suspendScreenUpdatingUntilNextSync();
  };
  suspend();
  let queued = 0;
  const queue = async (bytes: number) => {
    if (queued > 0 && queued + bytes > budget) {
      await sync();
      suspend();
      queued = 0;
    }
    queued += bytes;
  };

  for (const sheet of all) {
    const ws = worksheets.add(sheet.name);
    const values = sheetMatrix(sheet);
    const width = values[0]?.length ?? 1;
    const formats = formatMatrix(sheet, width);
    sheet.widths.forEach((w, c) => {
      ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = Math.round(w * POINTS_PER_CHAR);
    });
    for (const block of chunkRows(values, Math.floor(budget / 2))) {
      const fmt = formats.slice(block.start, block.start + block.rows.length);
      await queue(block.bytes + payloadSize(fmt));
      const range = ws.getRangeByIndexes(block.start, 0, block.rows.length, width);
      range.numberFormat = fmt;
      range.formulas = block.rows;
    }
    const runs = styleRuns(sheet);
    const rules = (sheet.conditionalFormats ?? []).reduce((n, cf) => n + cf.rules.length, 0);
    await queue(runs.length * 600 + sheet.merges.length * 120 + rules * 300);
    for (const run of runs) {
      const range = ws.getRange(rangeAddress(run.range));
      applyStyle(range, styles[run.style]);
    }
    for (const m of sheet.merges) ws.getRange(rangeAddress(m)).merge(false);
    queueConditionalFormats(ws, sheet);
    if (sheet.rows.length > 0) ws.getRangeByIndexes(0, 0, sheet.rows.length, width).format.autofitRows();
    if (sheet.freezeRows) ws.freezePanes.freezeRows(sheet.freezeRows);
  }

  if (options.chart) {
    const ws = worksheets.getItem(options.chart.sheet.name);
    const chart = ws.charts.add(
      Excel.ChartType.columnClustered,
      ws.getRange(rangeAddress(options.chart.data)),
      Excel.ChartSeriesBy.columns,
    );
    chart.title.text = options.chart.title;
    chart.series.getItemAt(1).chartType = Excel.ChartType.line;
    chart.setPosition("E3", "T40");
  }
  if (all.length > 0) worksheets.getItem(all[0].name).activate();
  placeholder?.delete();
  await sync();
  return { sheets: names, syncs };
}
