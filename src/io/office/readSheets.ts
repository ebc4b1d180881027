import { type Cell, type CellRange, type CellValue, DEFAULT_MAX_ROWS, type Sheet, parseA1 } from "../../core";

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

/** "Sheet1!A1:B2, 'Báo cáo'!C3:D3" → zero-based ranges. */
export function parseAreas(address: string): CellRange[] {
  if (!address) return [];
  return address
    .split(",")
    .map((part) => part.trim().replace(/^.*!/, "").replace(/\$/g, ""))
    .filter(Boolean)
    .map((ref) => {
      const [from, to = from] = ref.split(":");
      const a = parseA1(from);
      const b = parseA1(to);
      return { top: a.row, left: a.col, bottom: b.row, right: b.col };
    });
}

function cellValue(v: unknown, type: string): CellValue {
  if (type === "Empty" || v === "" || v === null || v === undefined) return null;
  if (type === "Error") return { error: String(v) };
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") return v;
  return String(v);
}

/** Turn a loaded used range into the engine's sheet; offsets keep addresses as Excel shows them. */
export function sheetFromRange(name: string, data: RangeData | null, merges: readonly CellRange[] = [], maxRows = DEFAULT_MAX_ROWS): Sheet {
  if (!data) return { name, rows: [], merges: [] };
  const rows: (Cell | null)[][] = [];
  const height = Math.min(data.values.length, Math.max(0, maxRows - data.rowIndex));
  for (let r = 0; r < height; r++) {
    const out: (Cell | null)[] = [];
    const vals = data.values[r];
    for (let c = 0; c < vals.length; c++) {
      const value = cellValue(vals[c], data.valueTypes[r]?.[c] ?? "");
      if (value === null) continue;
      const fmt = data.numberFormat[r]?.[c];
      const f = data.formulas[r]?.[c];
      const formula = typeof f === "string" && f.startsWith("=") ? f.slice(1) : undefined;
      out[data.columnIndex + c] = {
        value,
        ...(typeof fmt === "string" && fmt !== "General" ? { numFmt: fmt } : {}),
        ...(formula ? { formula } : {}),
      };
    }
    rows[data.rowIndex + r] = out;
  }
  return { name, rows, merges: merges.filter((m) => m.top < maxRows) };
}

/**
 * Read worksheets into the engine's grid with one `context.sync()` for all of
 * them: used ranges (values, formats, formulas, types) and, where ExcelApi
 * 1.13 is there, merged areas.
 */
export async function readWorksheets(context: Excel.RequestContext, names: readonly string[]): Promise<Sheet[]> {
  const withMerges = Office.context.requirements.isSetSupported("ExcelApi", "1.13");
  const loaded = names.map((name) => {
    const ws = context.workbook.worksheets.getItem(name);
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("values,numberFormat,formulas,valueTypes,rowIndex,columnIndex"); // = RANGE_PROPERTIES
    const merged = withMerges ? ws.getRange().getMergedAreasOrNullObject() : null;
    merged?.load("address");
    return { name, used, merged };
  });
  await context.sync();
  return loaded.map(({ name, used, merged }) => {
    const mergeAreas = merged && !merged.isNullObject ? parseAreas(merged.address) : [];
    return sheetFromRange(name, used.isNullObject ? null : (used as unknown as RangeData), mergeAreas);
  });
}
