/**
 * A counting fake of the slice of Excel's object model the adapter touches.
 * Cell writes land in plain maps the test can read; loaded properties can only
 * be read after a `sync()` (as in Office.js), every `sync()` is counted with the
 * bytes queued before it, and any other property or method is accepted and
 * recorded by a proxy, so a test sees what was asked without a real Excel.
 */
import { a1, parseA1 } from "../../../src/core";

export interface FakeCell {
  input?: unknown;
  numberFormat?: unknown;
}

type Json = unknown;

/** What a sink hands back: every property and every call is another sink, and any value can be written to it. */
interface Sink {
  (...args: unknown[]): Sink;
  [property: string]: unknown;
}

/** Accepts any property write or method call, counts them as queued commands. */
function sink(book: FakeBook, path: string): Sink {
  return new Proxy(function () {} as Sink, {
    get: (_t, prop) => (typeof prop === "symbol" ? undefined : sink(book, `${path}.${String(prop)}`)),
    set: (_t, prop, value) => {
      book.queue(`${path}.${String(prop)}`, value);
      return true;
    },
    apply: (_t, _this, args) => {
      book.queue(`${path}()`, args);
      return sink(book, `${path}()`);
    },
  });
}

/** A conditional format as the adapter left it: its range, type, rule formula and format. */
export interface FakeConditionalFormat {
  readonly address: string;
  readonly type: unknown;
  readonly custom: {
    readonly rule: { formula?: string };
    readonly format: { readonly fill: { color?: string }; readonly font: { color?: string; bold?: boolean } };
  };
}

export class FakeRange {
  constructor(
    private readonly book: FakeBook,
    readonly sheet: FakeSheet,
    readonly top: number,
    readonly left: number,
    readonly rows: number,
    readonly cols: number,
  ) {}
  private put(kind: keyof FakeCell, matrix: Json[][]): void {
    this.book.queue(`${this.sheet.name}.${kind}`, matrix);
    if (matrix.length !== this.rows || matrix.some((r) => r.length !== this.cols))
      throw new Error(`${kind}: ${matrix.length}x${matrix[0]?.length} into ${this.rows}x${this.cols}`);
    matrix.forEach((row, r) => row.forEach((v, c) => (this.sheet.cell(this.top + r, this.left + c)[kind] = v)));
  }
  set formulas(m: Json[][]) {
    this.put("input", m);
  }
  set values(m: Json[][]) {
    this.put("input", m);
  }
  set numberFormat(m: Json[][]) {
    this.put("numberFormat", m);
  }
  get format(): Sink {
    return sink(this.book, `${this.sheet.name}.range.format`);
  }
  get conditionalFormats(): { add: (type: unknown) => FakeConditionalFormat } {
    return {
      add: (type: unknown) => {
        const address = `${a1(this.top, this.left)}:${a1(this.top + this.rows - 1, this.left + this.cols - 1)}`;
        const cf: FakeConditionalFormat = { address, type, custom: { rule: {}, format: { fill: {}, font: {} } } };
        this.book.queue("conditionalFormats.add", { address, type });
        this.sheet.conditionalFormats.push(cf);
        return cf;
      },
    };
  }
  merge(): void {
    this.book.queue("merge", null);
    this.sheet.merges.push({ top: this.top, left: this.left, bottom: this.top + this.rows - 1, right: this.left + this.cols - 1 });
  }
  getMergedAreasOrNullObject(): { load: () => void; isNullObject: boolean; address: string } {
    this.book.queue("getMergedAreas", null);
    return {
      load: () => undefined,
      isNullObject: this.sheet.merges.length === 0,
      address: this.sheet.merges.map((m) => `${this.sheet.name}!${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`).join(", "),
    };
  }
  select(): void {
    this.book.queue("select", null);
  }
  load(): void {
    this.book.queue("load", null);
  }
}

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  readonly merges: { top: number; left: number; bottom: number; right: number }[] = [];
  readonly conditionalFormats: FakeConditionalFormat[] = [];
  deleted = false;
  constructor(
    private readonly book: FakeBook,
    public name: string,
  ) {}
  cell(r: number, c: number): FakeCell {
    const key = `${r},${c}`;
    let cell = this.cells.get(key);
    if (!cell) this.cells.set(key, (cell = {}));
    return cell;
  }
  at(a1: string): FakeCell | undefined {
    const { row, col } = parseA1(a1);
    return this.cells.get(`${row},${col}`);
  }
  getRangeByIndexes(top: number, left: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.book, this, top, left, rows, cols);
  }
  getRange(address?: string): FakeRange {
    if (!address) return new FakeRange(this.book, this, 0, 0, 1048576, 16384);
    const [a, b = a] = address.split(":");
    const p = parseA1(a);
    const q = parseA1(b);
    return new FakeRange(this.book, this, p.row, p.col, q.row - p.row + 1, q.col - p.col + 1);
  }
  get freezePanes(): Sink {
    return sink(this.book, `${this.name}.freezePanes`);
  }
  get charts(): Sink {
    return sink(this.book, `${this.name}.charts`);
  }
  delete(): void {
    this.book.queue("delete", this.name);
    this.deleted = true;
  }
  activate(): void {
    this.book.queue("activate", this.name);
  }
  load(): void {}
}

export class FakeBook {
  sheets: FakeSheet[] = [];
  syncs = 0;
  /** Bytes queued between syncs (JSON of the values written), one entry per sync. */
  readonly batches: number[] = [];
  private pending = 0;
  private loadedAt = -1;

  queue(_what: string, payload: unknown): void {
    let size = 64;
    try {
      size = JSON.stringify(payload ?? null).length + 32;
    } catch {
      // A proxy object (a range passed to charts.add): a reference, not data.
    }
    this.pending += size;
  }

  readonly context = {
    sync: async () => {
      this.syncs++;
      this.batches.push(this.pending);
      this.pending = 0;
      this.sheets = this.sheets.filter((s) => !s.deleted);
    },
    application: sink(this, "application"),
    workbook: {
      worksheets: {
        load: () => {
          this.loadedAt = this.syncs;
        },
        get items(): FakeSheet[] {
          throw new Error("unreachable");
        },
        add: (name: string) => {
          if (this.sheets.some((s) => !s.deleted && s.name.toLowerCase() === name.toLowerCase())) throw new Error(`sheet exists: ${name}`);
          const s = new FakeSheet(this, name);
          this.queue("add", name);
          this.sheets.push(s);
          return s;
        },
        getItem: (name: string) => {
          const s = this.sheets.find((x) => x.name === name && !x.deleted);
          if (!s) throw new Error(`no sheet ${name}`);
          return s;
        },
      },
    },
  };

  constructor(names: readonly string[] = ["Sheet1"]) {
    this.sheets = names.map((n) => new FakeSheet(this, n));
    Object.defineProperty(this.context.workbook.worksheets, "items", {
      get: () => {
        // As in Office.js: a collection's items are there only after load + sync.
        if (this.loadedAt < 0 || this.syncs <= this.loadedAt) throw new Error("worksheets.items read before load and sync");
        return this.sheets.filter((s) => !s.deleted);
      },
    });
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }
}

/** Office / Excel globals the adapter reads. */
export function installOfficeGlobals(supported: (version: string) => boolean = () => true): void {
  const g = globalThis as Record<string, unknown>;
  g.Office = { context: { requirements: { isSetSupported: (_set: string, v: string) => supported(v) } } };
  g.Excel = {
    ChartType: { columnClustered: "ColumnClustered", line: "Line" },
    ChartSeriesBy: { columns: "Columns" },
    ConditionalFormatType: { custom: "Custom", containsText: "ContainsText" },
  };
}
