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
import { Batcher, OP_BYTES, PAYLOAD_BUDGET, chunkRows, payloadSize } from "./chunk";
import { TEXT_FORMAT, sheetMatrix } from "./safeText";
import { SETTING_KEYS } from "./settings";
import { sameSheetName } from "./sheetNames";
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

export class ProtectedSheetError extends Error {
  constructor(readonly sheet: string) {
    super(`Trang tính \u201C${sheet}\u201D là báo cáo của đơn vị; không ghi đè bằng bảng tổng hợp. Hãy đổi tên trang đó rồi làm lại.`);
  }
}

/**
 * Number format of every cell: text is "@" (written as text, never parsed); otherwise the cell's
 * own format or its style's; empty cells of text columns are "@" for what the clerk types later.
 */
export function formatMatrix(sheet: ReportSheet, width: number): string[][] {
  const text = new Set(sheet.textColumns ?? []);
  return sheet.rows.map((row) =>
    Array.from({ length: width }, (_, c) => {
      const cell = row[c];
      if (cell && cell.formula === undefined && typeof cell.value === "string") return TEXT_FORMAT;
      const fmt = cell ? (cell.numFmt ?? styles[cell.style].numFmt) : undefined;
      if (fmt) return fmt;
      return text.has(c) && (!cell || cell.value === null) ? TEXT_FORMAT : "General";
    }),
  );
}

/** How many operations applyStyle queues for a style (for the payload estimate). */
function styleOps(spec: StyleSpec): number {
  return 9 + (spec.underline ? 1 : 0) + (spec.color ? 1 : 0) + (spec.fill ? 1 : 0) + (spec.border ? 12 : 0);
}

function applyStyle(range: Excel.Range, spec: StyleSpec): void {
  const f = range.format;
  f.font.name = REPORT_FONT;
  f.font.size = spec.size ?? 11;
  f.font.bold = !!spec.bold;
  f.font.italic = !!spec.italic;
  if (spec.underline) f.font.underline = "Single";
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

/** Prefix of the sheets a report is written to before it replaces the previous one. */
export const TEMP_PREFIX = "BaoCao06~moi~";
const tempName = (i: number) => `${TEMP_PREFIX}${i + 1}`;

/** Stored in the workbook while a swap is possible: which temporary sheet becomes which report sheet. */
interface ReportRecord {
  readonly sheets: readonly string[];
  readonly pending?: readonly { readonly temp: string; readonly name: string }[];
}

function reportRecord(v: unknown): ReportRecord {
  if (!v || typeof v !== "object") return { sheets: [] };
  const o = v as Partial<ReportRecord>;
  return {
    sheets: Array.isArray(o.sheets) ? o.sheets.filter((s): s is string => typeof s === "string") : [],
    ...(Array.isArray(o.pending)
      ? { pending: o.pending.filter((p) => p && typeof p.temp === "string" && typeof p.name === "string") }
      : {}),
  };
}

/**
 * Queue the swap of complete temporary sheets into place: old sheet of the name out, temporary
 * sheet renamed, report recorded. Idempotent, so it also finishes a swap a failure interrupted.
 */
function queueSwap(
  context: Excel.RequestContext,
  live: readonly string[],
  pending: ReportRecord["pending"] & object,
  first?: string,
): void {
  const worksheets = context.workbook.worksheets;
  for (const p of pending) {
    if (!live.some((n) => sameSheetName(n, p.temp))) continue;
    const old = live.find((n) => sameSheetName(n, p.name));
    if (old) worksheets.getItem(old).delete();
    worksheets.getItem(p.temp).name = p.name;
  }
  if (first) worksheets.getItem(first).activate();
  context.workbook.settings.add(SETTING_KEYS.report, JSON.stringify({ sheets: pending.map((p) => p.name) }));
}

/**
 * Put the workbook back in a clean state before or after a write: a swap whose temporary sheets
 * were complete is finished; temporary sheets of a write that never completed are removed.
 */
async function recover(context: Excel.RequestContext, count: () => void): Promise<string[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const setting = context.workbook.settings.getItemOrNullObject(SETTING_KEYS.report);
  setting.load("value");
  count();
  await context.sync();
  let live = worksheets.items.map((ws) => ws.name);
  let record: ReportRecord = { sheets: [] };
  try {
    record = reportRecord(setting.isNullObject ? null : JSON.parse(String(setting.value)));
  } catch {
    // A hand-edited value: nothing to finish.
  }
  const pending = record.pending ?? [];
  const finishing = pending.filter((p) => live.some((n) => sameSheetName(n, p.temp)));
  const stray = live.filter((n) => n.startsWith(TEMP_PREFIX) && !finishing.some((p) => sameSheetName(p.temp, n)));
  if (finishing.length === 0 && stray.length === 0) return live;
  if (finishing.length > 0) queueSwap(context, live, pending);
  for (const n of stray) worksheets.getItem(n).delete();
  count();
  await context.sync();
  worksheets.load("items/name");
  count();
  await context.sync();
  live = worksheets.items.map((ws) => ws.name);
  return live;
}

/**
 * Write the report layout into Excel sheets, all or nothing from the clerk's point of view: the
 * new report goes into temporary sheets (the old one stays untouched while they are written, in
 * as many syncs as the payload needs), then one request swaps them in. A failure before the swap
 * removes the temporary sheets; a failure during it is finished from the record in the workbook
 * settings, now or at the next write. Names compare as Excel compares them (case-insensitively).
 */
export async function writeReportSheets(
  context: Excel.RequestContext,
  report: ReportWorkbook,
  options: WriteOptions = {},
): Promise<WriteResult> {
  const budget = options.payloadBudget ?? PAYLOAD_BUDGET;
  let syncs = 0;
  const count = () => void syncs++;
  const all: ReportSheet[] = [...report.sheets, ...(options.chart ? [options.chart.sheet] : [])];
  const names = all.map((s) => s.name);
  const guarded = options.protectedSheets ?? [];
  for (const n of names) if (guarded.some((g) => sameSheetName(g, n))) throw new ProtectedSheetError(n);

  let live = await recover(context, count);
  const pending = all.map((s, i) => ({ temp: tempName(i), name: s.name }));
  const worksheets = context.workbook.worksheets;
  const supports = (v: string) => Office.context.requirements.isSetSupported("ExcelApi", v);
  const batcher = new Batcher(context, budget, () => {
    context.application.suspendApiCalculationUntilNextSync();
    if (supports("1.9")) context.application.suspendScreenUpdatingUntilNextSync();
  });
  try {
    for (let i = 0; i < all.length; i++) {
      const sheet = all[i];
      await batcher.reserve(OP_BYTES * 2);
      const ws = worksheets.add(pending[i].temp);
      const values = sheetMatrix(sheet);
      const width = values[0]?.length ?? 1;
      const formats = formatMatrix(sheet, width);
      await batcher.reserve(sheet.widths.length * (OP_BYTES + 20));
      sheet.widths.forEach((w, c) => {
        ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = Math.round(w * POINTS_PER_CHAR);
      });
      for (const block of chunkRows(values, Math.floor(budget / 3))) {
        const fmt = formats.slice(block.start, block.start + block.rows.length);
        await batcher.reserve(block.bytes + payloadSize(fmt) + OP_BYTES);
        const range = ws.getRangeByIndexes(block.start, 0, block.rows.length, width);
        range.numberFormat = fmt;
        range.formulas = block.rows;
      }
      const runs = styleRuns(sheet);
      for (const run of runs) {
        const spec = styles[run.style];
        await batcher.reserve(styleOps(spec) * (OP_BYTES + 40));
        applyStyle(ws.getRange(rangeAddress(run.range)), spec);
      }
      const rules = (sheet.conditionalFormats ?? []).reduce((n, cf) => n + cf.rules.length, 0);
      await batcher.reserve((sheet.merges.length + rules * 5 + 3) * (OP_BYTES + 60));
      for (const m of sheet.merges) ws.getRange(rangeAddress(m)).merge(false);
      queueConditionalFormats(ws, sheet);
      if (sheet.rows.length > 0) ws.getRangeByIndexes(0, 0, sheet.rows.length, width).format.autofitRows();
      if (sheet.freezeRows) ws.freezePanes.freezeRows(sheet.freezeRows);
      // Filter buttons on a list's header row (ExcelApi 1.9); older hosts show the list without them.
      if (sheet.autoFilter && supports("1.9")) ws.autoFilter.apply(ws.getRange(rangeAddress(sheet.autoFilter)));
    }
    if (options.chart) {
      await batcher.reserve(8 * (OP_BYTES + 60));
      const chartSheet = pending[all.length - 1].temp;
      const ws = worksheets.getItem(chartSheet);
      const chart = ws.charts.add(
        Excel.ChartType.columnClustered,
        ws.getRange(rangeAddress(options.chart.data)),
        Excel.ChartSeriesBy.columns,
      );
      chart.title.text = options.chart.title;
      chart.series.getItemAt(1).chartType = Excel.ChartType.line;
      chart.setPosition("E3", "T40");
    }
    // The temporary sheets are complete once this request runs: record the swap with them.
    context.workbook.settings.add(SETTING_KEYS.report, JSON.stringify({ sheets: names, pending }));
    await batcher.sync();
  } catch (e) {
    await discard(
      context,
      pending.map((p) => p.temp),
    ).catch(() => undefined);
    throw e;
  }
  syncs += batcher.syncs;
  live = [...live, ...pending.map((p) => p.temp)];
  try {
    queueSwap(context, live, pending, names[0]);
    count();
    await context.sync();
  } catch (e) {
    // Part of the swap may have run: finish it from the record (the temporary sheets are complete).
    try {
      await recover(context, count);
    } catch {
      throw e;
    }
  }
  return { sheets: names, syncs };
}

/** Remove what an unfinished write left (temporary sheets), in a request of its own. */
async function discard(context: Excel.RequestContext, temps: readonly string[]): Promise<void> {
  const items = temps.map((t) => context.workbook.worksheets.getItemOrNullObject(t));
  await context.sync();
  for (const ws of items) if (!ws.isNullObject) ws.delete();
  await context.sync();
}

/** The report sheets last written to this workbook (for the ribbon's check: not a unit's sheet). */
export async function readReportSheets(context: Excel.RequestContext): Promise<string[]> {
  const setting = context.workbook.settings.getItemOrNullObject(SETTING_KEYS.report);
  setting.load("value");
  await context.sync();
  try {
    return reportRecord(setting.isNullObject ? null : JSON.parse(String(setting.value))).sheets.slice();
  } catch {
    return [];
  }
}
