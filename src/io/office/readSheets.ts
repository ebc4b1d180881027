import { type Cell, type CellRange, type CellValue, DEFAULT_MAX_ROWS, type Sheet } from "../../core";
import { parseAreas } from "./addresses";
import { PAYLOAD_BUDGET } from "./chunk";
import { officeErrorCode } from "./errors";

export { parseAreas } from "./addresses";

/** What one `load` of a used range brings back; the only properties the reader needs. */
export interface RangeData {
  readonly values: unknown[][];
  readonly numberFormat: unknown[][];
  readonly formulas: unknown[][];
  readonly valueTypes: string[][];
  readonly rowIndex: number;
  readonly columnIndex: number;
}

export const RANGE_PROPERTIES = "values,numberFormat,formulas,valueTypes,rowIndex,columnIndex";

const DAY_MS = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A number format that shows a date (d, m, y codes outside quotes and brackets), not a time or a percent. */
export function isDateFormat(fmt: unknown): boolean {
  if (typeof fmt !== "string" || fmt === "General" || fmt === "@") return false;
  const bare = fmt.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  return /[dy]/i.test(bare) && !bare.includes("%");
}

function cellValue(v: unknown, type: string, fmt: unknown): CellValue {
  if (type === "Empty" || v === "" || v === null || v === undefined) return null;
  if (type === "Error") return { error: String(v) };
  if (typeof v === "number" && isDateFormat(fmt)) return new Date(EXCEL_EPOCH + Math.round(v * DAY_MS));
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") return v;
  return String(v);
}

/** Turn a loaded used range into the engine's sheet; offsets keep addresses as Excel shows them. */
export function sheetFromRange(name: string, data: RangeData | null, merges: readonly CellRange[] = [], maxRows = DEFAULT_MAX_ROWS): Sheet {
  const rows: (Cell | null)[][] = [];
  if (data) appendRange(rows, data, maxRows);
  return { name, rows, merges: merges.filter((m) => m.top < maxRows) };
}

function appendRange(rows: (Cell | null)[][], data: RangeData, maxRows: number): void {
  const height = Math.min(data.values.length, Math.max(0, maxRows - data.rowIndex));
  for (let r = 0; r < height; r++) {
    const out: (Cell | null)[] = rows[data.rowIndex + r] ?? [];
    const vals = data.values[r];
    for (let c = 0; c < vals.length; c++) {
      const fmt = data.numberFormat[r]?.[c];
      const value = cellValue(vals[c], data.valueTypes[r]?.[c] ?? "", fmt);
      if (value === null) continue;
      const f = data.formulas[r]?.[c];
      // Text that starts with "=" in a text cell comes back the same from values and formulas; a formula does not.
      const formula = typeof f === "string" && f.startsWith("=") && f !== vals[c] ? f.slice(1) : undefined;
      out[data.columnIndex + c] = {
        value,
        ...(typeof fmt === "string" && fmt !== "General" && fmt !== "@" ? { numFmt: fmt } : {}),
        ...(formula ? { formula } : {}),
      };
    }
    rows[data.rowIndex + r] = out;
  }
}

/** Estimated response bytes per loaded cell (four properties, text cells dominate). */
const BYTES_PER_CELL = 160;

/**
 * Read worksheets into the engine's grid: used ranges (values, formats, formulas, types) and,
 * where ExcelApi 1.13 is there, merged areas. One `context.sync()` for all of them; when Excel on
 * the web refuses a response over 5 MB, the sheets are measured and read again in row blocks
 * within the budget, so the round trips grow with the data, not with the number of sheets.
 */
export async function readWorksheets(context: Excel.RequestContext, names: readonly string[], budget = PAYLOAD_BUDGET): Promise<Sheet[]> {
  if (names.length === 0) return [];
  let merges = queueMerges(context, names);
  const mergesOf = (i: number) => merges[i]();
  const used = names.map((name) => {
    const range = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
    range.load(RANGE_PROPERTIES);
    return range;
  });
  try {
    await context.sync();
    return names.map((name, i) => sheetFromRange(name, used[i].isNullObject ? null : (used[i] as unknown as RangeData), mergesOf(i)));
  } catch (e) {
    const code = officeErrorCode(e);
    if (code !== "ResponsePayloadSizeLimitExceeded" && code !== "RequestPayloadSizeLimitExceeded") throw e;
  }
  merges = queueMerges(context, names);
  return readInBlocks(context, names, budget, mergesOf);
}

/**
 * Merged areas of each sheet (ExcelApi 1.13), queued; each reader gives them after the sync,
 * none where the host cannot tell.
 */
function queueMerges(context: Excel.RequestContext, names: readonly string[]): (() => CellRange[])[] {
  const withMerges = Office.context.requirements.isSetSupported("ExcelApi", "1.13");
  return names.map((name) => {
    if (!withMerges) return () => [];
    const merged = context.workbook.worksheets.getItem(name).getRange().getMergedAreasOrNullObject();
    merged.load("address");
    return () => (merged.isNullObject ? [] : parseAreas(merged.address));
  });
}

async function readInBlocks(
  context: Excel.RequestContext,
  names: readonly string[],
  budget: number,
  mergesOf: (i: number) => CellRange[],
): Promise<Sheet[]> {
  const sizes = names.map((name) => {
    const range = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    return range;
  });
  await context.sync();
  const rows: (Cell | null)[][][] = names.map(() => []);
  // Queue row blocks across sheets until the estimate fills the budget, then sync; halve on refusal.
  const pending: { sheet: number; top: number; count: number }[] = [];
  sizes.forEach((s, i) => {
    if (s.isNullObject) return;
    const perBlock = Math.max(1, Math.floor(budget / BYTES_PER_CELL / Math.max(1, s.columnCount)));
    for (let top = 0; top < s.rowCount; top += perBlock) pending.push({ sheet: i, top, count: Math.min(perBlock, s.rowCount - top) });
  });
  let queue = pending;
  while (queue.length > 0) {
    let bytes = 0;
    const batch: { sheet: number; top: number; count: number; range: Excel.Range }[] = [];
    while (queue.length > 0) {
      const next = queue[0];
      const s = sizes[next.sheet];
      const cost = next.count * s.columnCount * BYTES_PER_CELL;
      if (batch.length > 0 && bytes + cost > budget) break;
      queue = queue.slice(1);
      bytes += cost;
      const range = context.workbook.worksheets
        .getItem(names[next.sheet])
        .getRangeByIndexes(s.rowIndex + next.top, s.columnIndex, next.count, s.columnCount);
      range.load(RANGE_PROPERTIES);
      batch.push({ ...next, range });
    }
    try {
      // One sync per budget-sized batch of blocks: the loop is the chunking, not a sync per item.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (e) {
      if (officeErrorCode(e) !== "ResponsePayloadSizeLimitExceeded") throw e;
      const single = batch.length === 1 ? batch[0] : null;
      if (single && single.count === 1) throw e;
      // Too much text for the estimate: the same blocks again, halved.
      const halved = batch.flatMap((b) => {
        const half = Math.ceil(b.count / 2);
        return half === b.count
          ? [b]
          : [
              { sheet: b.sheet, top: b.top, count: half },
              { sheet: b.sheet, top: b.top + half, count: b.count - half },
            ];
      });
      queue = [...halved.map(({ sheet, top, count }) => ({ sheet, top, count })), ...queue];
      continue;
    }
    for (const b of batch) appendRange(rows[b.sheet], b.range as unknown as RangeData, DEFAULT_MAX_ROWS);
  }
  return names.map((name, i) => ({ name, rows: rows[i], merges: mergesOf(i).filter((m) => m.top < DEFAULT_MAX_ROWS) }));
}
