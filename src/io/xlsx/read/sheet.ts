import { formatNumber } from "../../../core";
import type { Cell, CellRange, CellValue } from "../../../core";
import { shiftFormula } from "./formula";
import { LIMITS, type TextCount, keepText, tooLarge } from "./limits";
import { isDateFormat, serialToDate } from "./numFmt";
import { StringItem, decodeOfficeEscapes } from "./sharedStrings";
import type { XmlHandler } from "./xml";

/** Columns read per sheet at most; appendix tables have about ten. */
export const MAX_COLUMNS = 60;

/** A cell whose text is in the shared-string table, read after the sheets. */
export class SharedRef {
  constructor(
    readonly index: number,
    readonly numFmt: string | undefined,
    readonly formula: string | undefined,
  ) {}
}

type Slot = Cell | SharedRef | undefined;

export interface SheetContext extends TextCount {
  readonly formats: readonly (string | undefined)[];
  readonly date1904: boolean;
  readonly maxRows: number;
  /** Cells seen in the whole file so far, against LIMITS.maxCells. */
  cells: number;
}

export interface ParsedSheet {
  readonly rows: Slot[][];
  readonly merges: CellRange[];
  readonly dropped: number;
  /** Number of the last row that holds a cell, read or not. */
  readonly lastRow: number;
}

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** "B3" → zero-based [row, col], or null; Excel's own bounds. */
function parseRef(a: string): [number, number] | null {
  const m = /^\s*\$?([A-Za-z]{1,3})\$?(\d{1,7})\s*$/.exec(a);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  const row = Number(m[2]);
  if (col > 16384 || row < 1 || row > 1048576) return null;
  return [row - 1, col - 1];
}

function parseRange(ref: string): CellRange | null {
  const [a, b = a, extra] = ref.split(":");
  if (extra !== undefined) return null;
  const p = parseRef(a);
  const q = parseRef(b);
  if (!p || !q) return null;
  return { top: Math.min(p[0], q[0]), left: Math.min(p[1], q[1]), bottom: Math.max(p[0], q[0]), right: Math.max(p[1], q[1]) };
}

/** Leading letters of a cell reference as a zero-based column. */
function colOf(ref: string | undefined): number | null {
  if (!ref) return null;
  let col = 0;
  let i = 0;
  for (; i < ref.length && i < 3; i++) {
    const c = ref.charCodeAt(i) & ~32;
    if (c < 65 || c > 90) break;
    col = col * 26 + c - 64;
  }
  return i === 0 ? null : col - 1;
}

/** A number as written in `<v>`; anything else (NaN, 1e309, junk) stays text so the engine reports it. */
function numberOrText(raw: string): number | string {
  const t = raw.trim();
  if (NUMBER.test(t)) {
    const n = Number(t);
    if (Number.isFinite(n)) return n;
  }
  return raw;
}

const TILE = 32;

/** Kept merges, with a tile index so that an overlap check looks only at neighbours. */
class MergeSet {
  readonly kept: CellRange[] = [];
  private readonly tiles = new Map<number, number[]>();
  area = 0;

  private *keys(m: CellRange): Generator<number> {
    for (let tr = Math.floor(m.top / TILE); tr <= Math.floor(m.bottom / TILE); tr++) {
      for (let tc = Math.floor(m.left / TILE); tc <= Math.floor(m.right / TILE); tc++) yield tr * 1024 + tc;
    }
  }

  overlaps(m: CellRange): boolean {
    for (const k of this.keys(m)) {
      for (const i of this.tiles.get(k) ?? []) {
        const o = this.kept[i];
        if (o.top <= m.bottom && m.top <= o.bottom && o.left <= m.right && m.left <= o.right) return true;
      }
    }
    return false;
  }

  add(m: CellRange): void {
    const i = this.kept.push(m) - 1;
    for (const k of this.keys(m)) {
      const list = this.tiles.get(k);
      if (list) list.push(i);
      else this.tiles.set(k, [i]);
    }
  }
}

/**
 * Streaming handler of one worksheet part. Only rows up to `maxRows` and
 * columns up to MAX_COLUMNS are kept; every cell and merge counts against the
 * caps the moment the parser sees it.
 */
export class SheetReader implements XmlHandler {
  readonly rows: Slot[][] = [];
  private readonly merges = new MergeSet();
  private dropped = 0;
  private mergeCount = 0;
  private lastRow = 0;
  /** Rows that exist for the engine: a value, a formula or an unstyled placeholder cell in them. */
  private readonly live = new Set<number>();

  private row = -1;
  private col = -1;
  // The cell being read.
  private inCell = false;
  private type = "";
  private style = -1;
  private field: "v" | "f" | null = null;
  private value: string[] = [];
  private hasValue = false;
  private formula: string[] = [];
  private formulaAttrs: Readonly<Record<string, string>> = {};
  private inline: StringItem | null = null;
  /** Shared formulas by `si`: their first cell and text. */
  private readonly shared = new Map<string, { row: number; col: number; text: string }>();

  constructor(
    private readonly sheetName: string,
    private readonly ctx: SheetContext,
  ) {}

  open(name: string, attrs: Readonly<Record<string, string>>): void {
    if (this.inCell) {
      if (this.inline) this.inline.open(name);
      else if (name === "v") this.field = "v";
      else if (name === "f") {
        this.field = "f";
        this.formulaAttrs = attrs;
      } else if (name === "is") {
        this.inline = new StringItem();
      }
      return;
    }
    if (name === "c") this.openCell(attrs);
    else if (name === "row") {
      const r = Number(attrs.r);
      this.row = Number.isInteger(r) && r >= 1 ? r - 1 : this.row + 1;
      this.col = -1;
    } else if (name === "mergeCell") this.addMerge(attrs.ref ?? "");
  }

  close(name: string): void {
    if (!this.inCell) return;
    if (name === "c") this.closeCell();
    else if (this.inline) {
      if (name === "is") this.hasValue = this.hasValue || !this.inline.empty;
      else this.inline.close(name);
    } else if (name === "v" || name === "f") this.field = null;
  }

  text(t: string): void {
    if (!this.inCell) return;
    if (this.inline) this.inline.text(t);
    else if (this.field === "v") {
      this.value.push(t);
      this.hasValue = true;
    } else if (this.field === "f") this.formula.push(t);
  }

  private openCell(attrs: Readonly<Record<string, string>>): void {
    if (++this.ctx.cells > LIMITS.maxCells) {
      throw tooLarge(`tệp có hơn ${formatNumber(LIMITS.maxCells)} ô, vượt giới hạn ${formatNumber(LIMITS.maxCells)} ô mỗi tệp.`);
    }
    this.inCell = true;
    this.col = colOf(attrs.r) ?? this.col + 1;
    this.type = attrs.t ?? "n";
    const s = attrs.s === undefined ? -1 : Number(attrs.s);
    this.style = Number.isInteger(s) ? s : -1;
    this.field = null;
    this.value = [];
    this.hasValue = false;
    this.formula = [];
    this.formulaAttrs = {};
    this.inline = null;
  }

  private closeCell(): void {
    this.inCell = false;
    const { row, col } = this;
    const formula = this.cellFormula();
    const isFormula = formula !== undefined || this.formulaAttrs.t !== undefined;
    const inWindow = row >= 0 && row < this.ctx.maxRows && col >= 0 && col < MAX_COLUMNS;
    const raw = this.inline ? (this.inline.take() ?? "") : this.value.join("");
    const hasValue = this.hasValue && (this.inline !== null || raw !== "");
    // An empty cell with a style is formatting only; without one it still makes its row exist.
    if (isFormula || hasValue || this.style <= 0) this.live.add(row);
    if (row + 1 > this.lastRow) this.lastRow = row + 1;
    if (!inWindow || !hasValue) return;
    const numFmt = this.style >= 0 ? this.ctx.formats[this.style] : undefined;
    let slot: Slot;
    if (!isFormula && this.type === "s") {
      const index = Number(raw);
      if (!Number.isInteger(index) || index < 0) return;
      slot = new SharedRef(index, numFmt, undefined);
    } else {
      const value = this.cellValue(raw, numFmt);
      if (typeof value === "string") keepText(this.ctx, value);
      slot = { value, ...(numFmt ? { numFmt } : {}), ...(formula ? { formula } : {}) };
    }
    (this.rows[row] ??= [])[col] = slot;
  }

  private cellValue(raw: string, numFmt: string | undefined): CellValue {
    switch (this.type) {
      case "inlineStr":
        // Already decoded by the string item.
        return raw;
      case "str":
        return decodeOfficeEscapes(raw);
      case "b":
        return Number(raw) !== 0;
      case "e":
        return { error: raw.trim() };
      case "d": {
        const d = new Date(raw.trim());
        return Number.isNaN(d.getTime()) ? raw : d;
      }
      default: {
        const n = numberOrText(raw);
        if (typeof n === "number" && isDateFormat(numFmt)) return serialToDate(n, this.ctx.date1904);
        return n;
      }
    }
  }

  /** The cell's formula text: its own, or its shared formula moved to this cell. */
  private cellFormula(): string | undefined {
    const own = this.formula.join("");
    const { t, si, ref } = this.formulaAttrs;
    if (t === "shared" && si !== undefined) {
      if (own && ref !== undefined) {
        this.shared.set(si, { row: this.row, col: this.col, text: own });
        return own;
      }
      const master = this.shared.get(si);
      if (master) return shiftFormula(master.text, this.row - master.row, this.col - master.col);
    }
    return own || undefined;
  }

  private addMerge(ref: string): void {
    if (++this.mergeCount > LIMITS.maxMerges) {
      throw tooLarge(`trang \u201C${this.sheetName}\u201D có hơn ${formatNumber(LIMITS.maxMerges)} vùng gộp ô, vượt giới hạn.`);
    }
    const m = parseRange(ref);
    const area = m ? (m.bottom - m.top + 1) * (m.right - m.left + 1) : Infinity;
    // A huge merge is only a rectangle here, but the engine looks up merges by row: it is left out.
    if (!m || area > LIMITS.maxMergeCells || this.merges.overlaps(m)) {
      this.dropped++;
      return;
    }
    this.merges.area += area;
    if (this.merges.area > LIMITS.maxMergedArea) {
      throw tooLarge(
        `các vùng gộp ô của trang \u201C${this.sheetName}\u201D phủ hơn ${formatNumber(LIMITS.maxMergedArea)} ô, vượt giới hạn.`,
      );
    }
    this.merges.add(m);
  }

  /**
   * The sheet as the engine sees it: a merged value only in its top-left
   * cell, rows that exist (possibly empty), merges starting in the rows read.
   */
  finish(): ParsedSheet {
    const max = this.ctx.maxRows;
    const merges = this.merges.kept.filter((m) => m.top < max);
    for (const m of merges) {
      const last = Math.min(m.bottom, max - 1);
      for (let r = m.top; r <= last; r++) {
        if (r > m.top || m.right > m.left) this.live.add(r);
        const row = this.rows[r];
        if (!row) continue;
        for (let c = Math.max(m.left, 0); c <= Math.min(m.right, MAX_COLUMNS - 1); c++) {
          if ((r !== m.top || c !== m.left) && row[c] !== undefined) delete row[c];
        }
      }
    }
    for (const r of this.live) if (r >= 0 && r < max) this.rows[r] ??= [];
    return { rows: this.rows, merges, dropped: this.dropped, lastRow: this.lastRow };
  }
}
