import { type Cell, DEFAULT_MAX_ROWS, type Sheet, type WorkbookGrid } from "../../core";
import { LIMITS, ReadStop, fileTooLargeReason } from "./read/limits";
import { Budget, Package, readWorkbook } from "./read/package";
import { readSharedStrings } from "./read/sharedStrings";
import { type ParsedSheet, SharedRef, type SheetContext, SheetReader } from "./read/sheet";
import { readCellFormats } from "./read/styles";
import { openZip } from "./read/zip";
import { otherFormatReason } from "./otherFormats";

export { MAX_COLUMNS } from "./read/sheet";

export type GridResult =
  | {
      readonly ok: true;
      readonly grid: WorkbookGrid;
      readonly notes: readonly string[];
      /** Sheets longer than the row limit: only the first `maxRows` rows of their `rows` were read. */
      readonly cut?: readonly { readonly sheet: string; readonly rows: number; readonly read: number }[];
    }
  | { readonly ok: false; readonly code: "FILE_TOO_LARGE" | "FILE_UNREADABLE"; readonly reason: string };

const startsWith = (bytes: Uint8Array, sig: readonly number[]) => sig.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** Refusals that need no parsing: empty, too big, an old binary workbook, not a zip. */
function precheck(bytes: Uint8Array): GridResult | null {
  if (bytes.length === 0) return { ok: false, code: "FILE_UNREADABLE", reason: "tệp rỗng (0 byte)." };
  if (bytes.length > LIMITS.maxFileBytes) {
    return { ok: false, code: "FILE_TOO_LARGE", reason: fileTooLargeReason(bytes.length) };
  }
  const other = otherFormatReason(bytes);
  if (other) return { ok: false, code: "FILE_UNREADABLE", reason: other };
  if (!startsWith(bytes, ZIP)) return { ok: false, code: "FILE_UNREADABLE", reason: "không phải tệp Excel (.xlsx)." };
  return null;
}

/** Shared-string cells get their text; trailing holes left by merges go, as if never written. */
function settle(parsed: ParsedSheet, strings: ReadonlyMap<number, string>): Sheet["rows"] {
  for (const row of parsed.rows) {
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const slot = row[c];
      if (!(slot instanceof SharedRef)) continue;
      const text = strings.get(slot.index);
      if (text === undefined) delete row[c];
      else row[c] = { value: text, ...(slot.numFmt ? { numFmt: slot.numFmt } : {}) };
    }
    let n = row.length;
    while (n > 0 && row[n - 1] === undefined) n--;
    row.length = n;
  }
  return parsed.rows as (Cell | undefined)[][];
}

function read(fileName: string, bytes: Uint8Array, maxRows: number): GridResult {
  const pkg = new Package(openZip(bytes), new Budget());
  const { info } = readWorkbook(pkg);
  const formats = info.styles ? readCellFormats(pkg, pkg.entry(info.styles)) : [];
  const ctx: SheetContext = { formats, date1904: info.date1904, maxRows, cells: 0, chars: 0 };
  const notes: string[] = [];
  const cut: { sheet: string; rows: number; read: number }[] = [];
  const parsed: { name: string; sheet: ParsedSheet }[] = [];
  for (const ref of info.sheets) {
    if (ref.state === "veryHidden" || !ref.part) continue;
    const entry = pkg.entry(ref.part);
    if (!entry) continue;
    const reader = new SheetReader(ref.name, ctx);
    pkg.parse(entry, reader);
    const sheet = reader.finish();
    if (sheet.dropped > 0) notes.push(`${ref.name}: bỏ qua ${sheet.dropped} vùng gộp ô quá lớn hoặc chồng nhau`);
    parsed.push({ name: ref.name, sheet });
    if (sheet.lastRow > maxRows) cut.push({ sheet: ref.name, rows: sheet.lastRow, read: maxRows });
  }
  // Only the strings a read cell uses are kept: the table itself may be far larger.
  const wanted = new Set<number>();
  for (const { sheet } of parsed) for (const row of sheet.rows) row?.forEach((s) => s instanceof SharedRef && wanted.add(s.index));
  const strings = readSharedStrings(pkg, info.sharedStrings ? pkg.entry(info.sharedStrings) : undefined, wanted, ctx);
  const sheets = parsed.map(({ name, sheet }): Sheet => ({ name, rows: settle(sheet, strings), merges: sheet.merges }));
  return { ok: true, grid: { fileName, sheets }, notes, ...(cut.length ? { cut } : {}) };
}

/**
 * Open an .xlsx file as the engine's grid, streaming every part through a
 * real XML parser with caps on what it may cost; a bad or hostile file gives a
 * reason in Vietnamese, never a throw. Bytes in, no Node APIs: runs in a browser worker too.
 */
export async function readGrid(fileName: string, bytes: Uint8Array, maxRows = DEFAULT_MAX_ROWS): Promise<GridResult> {
  return readGridSync(fileName, bytes, maxRows);
}

export function readGridSync(fileName: string, bytes: Uint8Array, maxRows = DEFAULT_MAX_ROWS): GridResult {
  const refused = precheck(bytes);
  if (refused) return refused;
  try {
    return read(fileName, bytes, maxRows);
  } catch (e) {
    if (e instanceof ReadStop) return { ok: false, code: e.code, reason: e.reason };
    return { ok: false, code: "FILE_UNREADABLE", reason: "nội dung tệp .xlsx bị hỏng, Excel hoặc thư viện không mở được." };
  }
}
