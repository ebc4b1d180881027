/**
 * A strict double of Excel's JavaScript API (Office.js), modelled on Microsoft's documentation and
 * the `[Api set: …]` annotations of @types/office-js, used by every Office test instead of a real
 * Excel. Where Excel is stricter than a naive fake, so is the double:
 *
 * - Everything is queued and runs at `context.sync()`, in order; the first failing operation stops
 *   the batch and what ran before it stays (Excel batches are not transactions).
 * - Loadable properties throw `PropertyNotLoaded` unless loaded and synced; `isNullObject` only
 *   after the sync that resolved the `…OrNullObject` call; anything but a load on a null object fails.
 * - Written strings are parsed as typed (numbers with the locale's separators, percents, dates,
 *   booleans, formulas, `'` prefix, `+ - @` starting an invalid formula); a text format `@` keeps
 *   them only when it was set before the value.
 * - Sheet names: 1–31 characters, none of : \ / ? * [ ], no leading or trailing apostrophe, unique
 *   and looked up case-insensitively; the last visible sheet cannot be deleted or hidden.
 * - Protection, comments (gone with their sheet), workbook settings, RichApi error codes,
 *   cell-edit mode, request/response size in UTF-8 with a hard 5 MB limit on the web host, merged
 *   areas addressed with quoted sheet names, and API sets per simulated host: a member newer than
 *   the host's ExcelApi version fails with `ApiNotFound`.
 * Where the documentation leaves a behaviour open the double takes the stricter reading, and the
 * pane's self-check ("Kiểm tra tương thích") tests it in a real Excel.
 */
import { a1, parseA1 } from "../../../src/core";
import { type ApiSet, compareVersions, excelMembers, latestExcelApi } from "../officeApiSets";
import { type Scalar, evaluate, parseFormula } from "./formula";
import { InvalidInput, type Locale, type Stored, parseInput } from "./input";

export type { Locale } from "./input";

export type HostId = "excel2019" | "excel2021" | "m365" | "web" | "mac";

export interface HostProfile {
  readonly id: HostId;
  readonly label: string;
  readonly excelApi: string;
  readonly platform: "PC" | "Mac" | "OfficeOnline";
  /** Request and response limit in bytes (Excel on the web: 5 MB); null = none modelled. */
  readonly payloadLimit: number | null;
}

export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

export const HOSTS: Record<HostId, HostProfile> = {
  excel2019: { id: "excel2019", label: "Excel 2019 (ExcelApi 1.7)", excelApi: "1.7", platform: "PC", payloadLimit: null },
  excel2021: { id: "excel2021", label: "Excel 2021 (ExcelApi 1.14)", excelApi: "1.14", platform: "PC", payloadLimit: null },
  m365: {
    id: "m365",
    label: `Microsoft 365 (ExcelApi ${latestExcelApi()})`,
    excelApi: latestExcelApi(),
    platform: "PC",
    payloadLimit: null,
  },
  web: {
    id: "web",
    label: `Excel on the web (ExcelApi ${latestExcelApi()}, 5 MB)`,
    excelApi: latestExcelApi(),
    platform: "OfficeOnline",
    payloadLimit: WEB_PAYLOAD_LIMIT,
  },
  mac: {
    id: "mac",
    label: `Excel for Mac (ExcelApi ${latestExcelApi()})`,
    excelApi: latestExcelApi(),
    platform: "Mac",
    payloadLimit: null,
  },
};

/** The hosts every Office suite runs on. */
export const HOST_MATRIX: readonly HostProfile[] = [HOSTS.excel2019, HOSTS.excel2021, HOSTS.m365, HOSTS.web];

export type ErrorCode =
  | "InvalidArgument"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidOperationInCellEditMode"
  | "GeneralException"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "ApiNotFound"
  | "PropertyNotLoaded"
  | "AccessDenied"
  | "InvalidReference";

/** Shaped like OfficeExtension.Error: name, code, message, debugInfo. */
export class RichApiError extends Error {
  override readonly name = "RichApi.Error";
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: ErrorCode,
    message: string,
    location?: string,
  ) {
    super(message);
    this.debugInfo = { code, message, ...(location ? { errorLocation: location } : {}) };
  }
}

// ---------------------------------------------------------------- workbook state

export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

interface CellState {
  stored: Stored;
  format?: string;
}

interface FormatEntry {
  area: Area;
  path: string;
  value: unknown;
}

export interface CommentState {
  readonly id: string;
  readonly sheet: SheetState;
  readonly row: number;
  readonly col: number;
  content: string;
}

export interface ConditionalFormatState {
  readonly address: string;
  readonly type: string;
  formula?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
}

export interface ChartState {
  readonly type: string;
  readonly source: string;
  title?: string;
  seriesTypes: Record<number, string>;
  position?: [string, string?];
}

export class SheetState {
  readonly cells = new Map<string, CellState>();
  readonly merges: Area[] = [];
  readonly formats: FormatEntry[] = [];
  readonly conditionalFormats: ConditionalFormatState[] = [];
  readonly charts: ChartState[] = [];
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  protected = false;
  frozenRows = 0;
  /** Range of the sheet's AutoFilter, once applied. */
  autoFilter: Area | null = null;
  deleted = false;
  constructor(
    readonly book: WorkbookState,
    readonly id: string,
    public name: string,
  ) {}
  get(row: number, col: number): CellState | undefined {
    return this.cells.get(`${row},${col}`);
  }
  put(row: number, col: number, patch: Partial<CellState>): void {
    const key = `${row},${col}`;
    const prev = this.cells.get(key) ?? { stored: { kind: "empty" } };
    this.cells.set(key, { ...prev, ...patch });
  }
  formatAt(row: number, col: number): string {
    return this.get(row, col)?.format ?? "General";
  }
  /** The last value written to a format path over a cell; undefined when never written. */
  formatValue(row: number, col: number, path: string): unknown {
    for (let i = this.formats.length - 1; i >= 0; i--) {
      const f = this.formats[i];
      if (f.area.top <= row && row <= f.area.bottom && f.area.left <= col && col <= f.area.right) {
        if (f.path === path) return f.value;
        if (f.path === `${path.split(".")[0]}.clear`) return undefined;
      }
    }
    return undefined;
  }
}

export class WorkbookState {
  sheets: SheetState[] = [];
  comments: CommentState[] = [];
  readonly settings = new Map<string, unknown>();
  active: SheetState | null = null;
  selection: { sheet: string; address: string } | null = null;
  private nextId = 1;
  newId(prefix: string): string {
    return `{${prefix}-${this.nextId++}}`;
  }
  find(name: string): SheetState | undefined {
    return this.sheets.find((s) => sameName(s.name, name));
  }
}

/** Excel compares sheet names without regard to case. */
export function sameName(a: string, b: string): boolean {
  return a.toLocaleUpperCase() === b.toLocaleUpperCase();
}

export function checkSheetName(name: unknown): string | null {
  if (typeof name !== "string" || name.length < 1 || name.length > 31) return "a sheet name has 1 to 31 characters";
  if (/[:\\/?*[\]]/.test(name)) return "a sheet name cannot contain : \\ / ? * [ ]";
  if (name.startsWith("'") || name.endsWith("'")) return "a sheet name cannot start or end with an apostrophe";
  if (sameName(name, "History")) return "History is reserved";
  return null;
}

/** Sheet name as Excel writes it in an address: quoted unless plain letters, digits and underscores. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

const areaAddress = (a: Area) =>
  a.top === a.bottom && a.left === a.right ? a1(a.top, a.left) : `${a1(a.top, a.left)}:${a1(a.bottom, a.right)}`;

function parseArea(ref: string): Area {
  const [from, to = from] = ref.replace(/\$/g, "").split(":");
  let a: { row: number; col: number };
  let b: { row: number; col: number };
  try {
    a = parseA1(from);
    b = parseA1(to);
  } catch {
    throw new RichApiError("InvalidArgument", `The argument is invalid or missing or has an incorrect format: ${ref}`);
  }
  if (b.row < a.row || b.col < a.col)
    [a, b] = [
      { row: Math.min(a.row, b.row), col: Math.min(a.col, b.col) },
      { row: Math.max(a.row, b.row), col: Math.max(a.col, b.col) },
    ];
  if (b.row >= 1_048_576 || b.col >= 16_384) throw new RichApiError("InvalidArgument", `outside the sheet: ${ref}`);
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

/** "'Báo cáo'!B2" → sheet and area; a bare "B2" needs the default sheet. */
export function splitAddress(address: string): { sheet?: string; area: string } {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(address.trim());
  if (!m) return { area: address.trim() };
  return { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2], area: m[3] };
}

// ---------------------------------------------------------------- the request machinery

interface Op {
  readonly label: string;
  readonly bytes: number;
  readonly run: () => number; // response bytes
}

export interface SyncRecord {
  readonly ops: number;
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly failed?: ErrorCode;
}

export interface DoubleOptions {
  readonly host?: HostProfile;
  readonly locale?: Locale;
  /** Sheets of the new workbook (default one "Sheet1"). */
  readonly sheets?: readonly string[];
}

/** Bytes Office.js sends per queued action besides its arguments (ids, action type, object path). */
export const OP_OVERHEAD = 120;

export function utf8Bytes(value: unknown): number {
  let json: string;
  try {
    json = JSON.stringify(value ?? null) ?? "null";
  } catch {
    json = "null";
  }
  return Buffer.byteLength(json, "utf8");
}

interface Injection {
  readonly sync: number;
  readonly afterOps: number;
  readonly code: ErrorCode;
}

export class ExcelDouble {
  readonly host: HostProfile;
  readonly locale: Locale;
  readonly book = new WorkbookState();
  /** Every round trip: syncs with something queued (an empty sync sends nothing). */
  readonly syncLog: SyncRecord[] = [];
  /** While true Excel refuses requests, as when the clerk is typing in a cell. */
  cellEditMode = false;
  private waitingForCellEdit: (() => void)[] = [];
  private injections: Injection[] = [];
  readonly dialogs: DialogDouble[] = [];
  /** Error codes displayDialogAsync answers with, in turn (12007: a dialog is already open). */
  dialogFailures: number[] = [];
  readonly members: Map<string, ApiSet>;

  constructor(options: DoubleOptions = {}) {
    this.host = options.host ?? HOSTS.m365;
    this.locale = options.locale ?? "en-US";
    this.members = excelMembers();
    for (const name of options.sheets ?? ["Sheet1"]) this.book.sheets.push(new SheetState(this.book, this.book.newId("sheet"), name));
    this.book.active = this.book.sheets[0] ?? null;
  }

  get syncs(): number {
    return this.syncLog.length;
  }

  supports(set: string, version: string): boolean {
    if (set === "ExcelApi") return compareVersions(this.host.excelApi, version) >= 0;
    if (set === "ExcelApiOnline") return this.host.platform === "OfficeOnline";
    if (set === "ExcelApiDesktop") return this.host.platform !== "OfficeOnline";
    if (set === "DialogApi")
      return compareVersions(version, "1.2") <= 0 && (version === "1.1" || compareVersions(this.host.excelApi, "1.10") >= 0);
    return false;
  }

  /** Make the `n`-th round trip from now (1 = the next) fail after `afterOps` of its operations ran. */
  failAt(n: number, code: ErrorCode = "GeneralException", afterOps = 0): void {
    this.injections.push({ sync: this.syncs + n, afterOps, code });
  }

  leaveCellEdit(): void {
    this.cellEditMode = false;
    const waiting = this.waitingForCellEdit;
    this.waitingForCellEdit = [];
    for (const w of waiting) w();
  }

  newContext(options: { delayForCellEdit?: boolean } = {}): DoubleContext {
    return new DoubleContext(this, options.delayForCellEdit === true && this.supports("ExcelApi", "1.11"));
  }

  /** `Excel.run`: a fresh context, the batch, then whatever it left queued is synced. */
  async run<T>(a: unknown, b?: unknown): Promise<T> {
    const options = (typeof a === "function" ? {} : a) as { delayForCellEdit?: boolean };
    const batch = (typeof a === "function" ? a : b) as (ctx: DoubleContext) => Promise<T>;
    const ctx = this.newContext(options);
    const result = await batch(ctx);
    await ctx.sync();
    return result;
  }

  /** Execute one request. */
  async execute(ops: Op[], delay: boolean): Promise<void> {
    if (ops.length === 0) return;
    if (this.cellEditMode && delay) await new Promise<void>((resolve) => this.waitingForCellEdit.push(resolve));
    const requestBytes = ops.reduce((n, o) => n + o.bytes, 0);
    const record = (failed?: ErrorCode, responseBytes = 0) =>
      this.syncLog.push({ ops: ops.length, requestBytes, responseBytes, ...(failed ? { failed } : {}) });
    if (this.cellEditMode) {
      record("InvalidOperationInCellEditMode");
      throw new RichApiError("InvalidOperationInCellEditMode", "This operation is not allowed while Excel is in cell-edit mode.");
    }
    const limit = this.host.payloadLimit;
    if (limit !== null && requestBytes > limit) {
      record("RequestPayloadSizeLimitExceeded");
      throw new RichApiError("RequestPayloadSizeLimitExceeded", `The request payload size (${requestBytes} bytes) has exceeded the limit.`);
    }
    const n = this.syncs + 1;
    const injected = this.injections.find((i) => i.sync === n);
    let responseBytes = 0;
    for (let i = 0; i < ops.length; i++) {
      if (injected && i === Math.min(injected.afterOps, ops.length - 1)) {
        record(injected.code, responseBytes);
        throw new RichApiError(injected.code, `Injected failure at round trip ${n}, operation ${i + 1} (${ops[i].label}).`, ops[i].label);
      }
      try {
        responseBytes += ops[i].run();
      } catch (e) {
        const err =
          e instanceof RichApiError
            ? e
            : e instanceof InvalidInput
              ? new RichApiError("InvalidArgument", `The argument is invalid or missing or has an incorrect format. ${e.message}`)
              : new RichApiError("GeneralException", String(e));
        record(err.code, responseBytes);
        throw new RichApiError(err.code, err.message, ops[i].label);
      }
    }
    if (limit !== null && responseBytes > limit) {
      record("ResponsePayloadSizeLimitExceeded", responseBytes);
      throw new RichApiError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size (${responseBytes} bytes) has exceeded the limit.`,
      );
    }
    record(undefined, responseBytes);
  }

  // ---------------------------------------------- test-side views of the workbook

  sheetNames(): string[] {
    return this.book.sheets.map((s) => s.name);
  }
  sheet(name: string): SheetView {
    const s = this.book.find(name);
    if (!s) throw new Error(`no sheet ${name} (have ${this.sheetNames().join(", ")})`);
    return new SheetView(s, this);
  }
  addSheet(name: string): SheetView {
    const s = new SheetState(this.book, this.book.newId("sheet"), name);
    this.book.sheets.push(s);
    return new SheetView(s, this);
  }
  /** Value of a formula or plain cell as Excel would show it to `values`. */
  valueOf(sheet: SheetState, row: number, col: number, depth = 0): Scalar | null {
    const cell = sheet.get(row, col);
    if (!cell) return null;
    const s = cell.stored;
    switch (s.kind) {
      case "empty":
        return null;
      case "number":
      case "boolean":
      case "text":
        return s.value;
      case "error":
        return { error: s.value };
      case "formula": {
        if (depth > 50) return { error: "#REF!" };
        return evaluate(parseFormula(s.formula.slice(1)), {
          cell: (name, r, c) => {
            const target = name ? this.book.find(name) : sheet;
            if (!target) return { error: "#REF!" };
            return this.valueOf(target, r, c, depth + 1);
          },
        });
      }
    }
  }

  // ---------------------------------------------- Office globals

  /** Put Office, Excel and OfficeExtension on globalThis as office.js would, for this double. */
  install(): void {
    const g = globalThis as Record<string, unknown>;
    const double = this as ExcelDouble; // eslint-disable-line @typescript-eslint/no-this-alias -- the globals below close over this double
    g.OfficeExtension = { Error: RichApiError, ErrorCodes: Object.fromEntries(CODES.map((c) => [c, c])) };
    g.Excel = {
      run: (a: unknown, b?: unknown) => double.run(a, b),
      // A new workbook window from base64 .xlsx (ExcelApi 1.8); the double keeps the bytes it was given.
      createWorkbook: async (base64?: unknown) => {
        if (!double.supports("ExcelApi", "1.8"))
          throw new RichApiError("ApiNotFound", `createWorkbook needs ExcelApi 1.8; ${double.host.label} does not have it.`);
        if (base64 !== undefined && (typeof base64 !== "string" || !/^[A-Za-z0-9+/]*={0,2}$/.test(base64)))
          throw new RichApiError("InvalidArgument", "createWorkbook takes a Base64-encoded .xlsx file.");
        double.openedWorkbooks.push(new Uint8Array(Buffer.from(base64 ?? "", "base64")));
      },
      ErrorCodes: Object.fromEntries(CODES.map((c) => [c, c])),
      ChartType: { columnClustered: "ColumnClustered", line: "Line" },
      ChartSeriesBy: { columns: "Columns", rows: "Rows", auto: "Auto" },
      ConditionalFormatType: { custom: "Custom", containsText: "ContainsText" },
      SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
    };
    g.Office = {
      HostType: { Excel: "Excel", Word: "Word" },
      PlatformType: { PC: "PC", Mac: "Mac", OfficeOnline: "OfficeOnline", iOS: "iOS", Android: "Android", Universal: "Universal" },
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
      onReady: (cb?: (info: unknown) => void) => {
        const info = { host: "Excel", platform: double.host.platform };
        cb?.(info);
        return Promise.resolve(info);
      },
      actions: { associate: (name: string, fn: unknown) => double.actions.set(name, fn as (e: unknown) => unknown) },
      context: {
        host: "Excel",
        platform: double.host.platform,
        displayLanguage: double.locale,
        requirements: { isSetSupported: (set: string, version?: string) => double.supports(set, version ?? "1.1") },
        ui: {
          displayDialogAsync: (url: string, options: unknown, cb?: (r: unknown) => void) => {
            const callback = (typeof options === "function" ? options : cb) as (r: unknown) => void;
            const failure = double.dialogFailures.shift();
            if (failure !== undefined) {
              setTimeout(() => callback({ status: "failed", error: { code: failure, message: `dialog error ${failure}` } }), 0);
              return;
            }
            const dialog = new DialogDouble(url, double);
            double.dialogs.push(dialog);
            setTimeout(() => callback({ status: "succeeded", value: dialog }), 0);
          },
        },
      },
    };
  }
  readonly actions = new Map<string, (event: unknown) => unknown>();
  /** Workbooks opened with Excel.createWorkbook, as the bytes Excel received. */
  readonly openedWorkbooks: Uint8Array[] = [];
  /** Set when a ribbon command called `event.completed()`: its runtime is gone. */
  runtimeEnded = false;

  /** A member the host lacks: Office.js sends it anyway and the host answers ApiNotFound at sync. */
  gateAtCall(ctx: DoubleContext, cls: string, member: string): void {
    const api = this.members.get(`${cls}.${member}`);
    if (api && !this.supports(api.set, api.version))
      ctx.enqueue({
        label: `${cls}.${member}`,
        bytes: OP_OVERHEAD,
        run: () => {
          throw new RichApiError("ApiNotFound", `${cls}.${member} needs ${api.set} ${api.version}; ${this.host.label} does not have it.`);
        },
      });
  }
  gate(cls: string, member: string): void {
    const api = this.members.get(`${cls}.${member.split("/")[0]}`);
    if (api && !this.supports(api.set, api.version))
      throw new RichApiError("ApiNotFound", `${cls}.${member} needs ${api.set} ${api.version}.`);
  }
}

const CODES: ErrorCode[] = [
  "InvalidArgument",
  "ItemNotFound",
  "ItemAlreadyExists",
  "InvalidOperationInCellEditMode",
  "GeneralException",
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
  "ApiNotFound",
  "PropertyNotLoaded",
  "AccessDenied",
  "InvalidReference",
];

/** A dialog opened by displayDialogAsync; the test presses its buttons. */
export class DialogDouble {
  private handlers = new Map<string, ((arg: unknown) => void)[]>();
  closed = false;
  constructor(
    readonly url: string,
    private readonly double: ExcelDouble,
  ) {}
  get params(): URLSearchParams {
    return new URL(this.url).searchParams;
  }
  /** The add-in has registered its handlers: the dialog's buttons now reach it. */
  get listening(): boolean {
    return this.handlers.size > 0;
  }
  addEventHandler(type: string, handler: (arg: unknown) => void, cb?: (r: unknown) => void): void {
    this.handlers.set(type, [...(this.handlers.get(type) ?? []), handler]);
    cb?.({ status: "succeeded" });
  }
  close(): void {
    this.closed = true;
  }
  /**
   * The dialog page calls messageParent. The function file's runtime answers only while its
   * command has not completed: `event.completed()` ends that runtime (see the ribbon tests).
   */
  messageParent(message: string): boolean {
    if (this.double.runtimeEnded) return false;
    for (const h of this.handlers.get("dialogMessageReceived") ?? []) h({ message, origin: undefined });
    return true;
  }
  /** The clerk closes the dialog with its X button (event 12006). */
  closeByUser(): void {
    this.closed = true;
    if (this.double.runtimeEnded) return;
    for (const h of this.handlers.get("dialogEventReceived") ?? []) h({ error: 12006 });
  }
}

/** A command's event object as Excel passes it to a function-file handler. */
export function commandEvent(double: ExcelDouble): { completed: () => void; completions: number } {
  const event = {
    completions: 0,
    completed: () => {
      event.completions++;
      double.runtimeEnded = true;
    },
  };
  double.runtimeEnded = false;
  return event;
}

// ---------------------------------------------------------------- client objects

type Loaded = Map<string, unknown>;

const INTERNAL = new Set([
  "then",
  "toJSON",
  "constructor",
  "asymmetricMatch",
  "$$typeof",
  "nodeType",
  "tagName",
  "@@__IMMUTABLE_ITERABLE__@@",
  "@@__IMMUTABLE_RECORD__@@",
]);

/**
 * Base of every client object. Loadable properties read through `loaded`; everything the caller
 * touches is checked against the host's API sets through a proxy made in `wrap`.
 */
abstract class Client<T> {
  protected loaded: Loaded = new Map();
  private _resolved: { value: T | null } | null = null;
  protected _nullResolved = false;
  protected abstract readonly cls: string;
  protected abstract readonly loadable: readonly string[];
  protected readonly settable: readonly string[] = [];
  constructor(
    readonly ctx: DoubleContext,
    private readonly resolver: () => T | null,
    readonly orNull = false,
  ) {}

  get double(): ExcelDouble {
    return this.ctx.double;
  }

  /** The object this proxy stands for, found when the first operation using it runs. */
  target(): T {
    if (!this._resolved) this._resolved = { value: this.resolver() };
    const v = this._resolved.value;
    if (v === null) throw new RichApiError("ItemNotFound", `The requested resource doesn't exist (${this.cls}).`);
    this.check(v);
    return v;
  }
  /** For …OrNullObject: resolve now (inside an operation) and remember whether it is null. */
  resolveOrNull(): T | null {
    if (!this._resolved) this._resolved = { value: this.resolver() };
    if (this._resolved.value !== null) this.check(this._resolved.value);
    return this._resolved.value;
  }
  /** A resolved object that went away (a deleted sheet) is an invalid reference. */
  protected check(_v: T): void {}

  get isNullObject(): boolean {
    if (!this.orNull) return false;
    if (!this._nullResolved) throw new RichApiError("PropertyNotLoaded", `isNullObject of ${this.cls} read before context.sync().`);
    return this._resolved?.value === null;
  }

  protected queue(label: string, args: unknown, run: () => number | void): void {
    this.ctx.enqueue({
      label: `${this.cls}.${label}`,
      bytes: OP_OVERHEAD + utf8Bytes(args),
      run: () => {
        if (this.orNull && this.resolveOrNull() === null && label !== "load")
          throw new RichApiError("ItemNotFound", `${this.cls}.${label} on a null object.`);
        return run() ?? 0;
      },
    });
  }

  /** Queue the resolution of an …OrNullObject call so that isNullObject is known after the sync. */
  queueResolve(): void {
    this.ctx.enqueue({
      label: `${this.cls}.resolve`,
      bytes: OP_OVERHEAD,
      run: () => {
        this.resolveOrNull();
        this._nullResolved = true;
        return 20;
      },
    });
  }

  /** Read one property from the workbook, for load. */
  protected abstract read(prop: string, target: T): unknown;

  load(what?: unknown): this {
    const props = parseLoad(what, this.loadable);
    for (const p of props)
      if (!this.loadable.includes(p.split("/")[0])) throw new RichApiError("InvalidArgument", `${this.cls} has no loadable property ${p}`);
    this.queue("load", props, () => {
      if (this.orNull) {
        this._nullResolved = true;
        if (this.resolveOrNull() === null) {
          for (const p of props) this.loaded.set(p, null);
          return 20;
        }
      }
      const t = this.target();
      let bytes = 0;
      for (const p of props) {
        this.double.gate(this.cls, p);
        const v = this.read(p, t);
        this.loaded.set(p, v);
        bytes += utf8Bytes(v) + p.length + 4;
      }
      return bytes;
    });
    return this;
  }

  protected prop(p: string): unknown {
    if (!this.loaded.has(p))
      throw new RichApiError(
        "PropertyNotLoaded",
        `The property '${p}' of ${this.cls} is not available. Load it and call context.sync() first.`,
      );
    return this.loaded.get(p);
  }

  protected set(p: string, v: unknown, apply: (t: T) => void): void {
    this.queue(`${p}=`, v, () => apply(this.target()));
  }

  /** The proxy the caller sees: API-set gating for every member, properties read only when loaded. */
  wrap(): this {
    const double = this.ctx.double;
    return new Proxy(this, {
      get(t, p, receiver) {
        if (typeof p === "symbol" || INTERNAL.has(p) || p.startsWith("_")) return Reflect.get(t, p, receiver);
        if (p === "isNullObject" || p === "context") return p === "context" ? t.ctx : t.isNullObject;
        double.gateAtCall(t.ctx, t.cls, p);
        if (t.loadable.includes(p)) return t.prop(p);
        const v = Reflect.get(t, p, receiver);
        if (v === undefined && !(p in t)) throw new TypeError(`Excel.${t.cls} has no member ${p} in the double`);
        return typeof v === "function" ? v.bind(receiver) : v;
      },
      set(t, p, v) {
        if (typeof p === "symbol") return false;
        // The double's own bookkeeping, not a member of the Excel object model.
        if (!t.settable.includes(p) && !double.members.has(`${t.cls}.${p}`)) return Reflect.set(t, p, v);
        double.gateAtCall(t.ctx, t.cls, p);
        if (!t.settable.includes(p)) throw new TypeError(`Excel.${t.cls}.${p} cannot be set`);
        t.setProp(p, v);
        return true;
      },
    });
  }
  protected setProp(_p: string, _v: unknown): void {}
}

const WORKSHEET_PROPS = ["name", "id", "position", "visibility"];

/** "items/name,items/id" or "name,id" on a collection: the item properties to load. */
function collectionProps(what: unknown): string[] {
  return parseLoad(what, ["items"]).flatMap((p) => (p === "items" ? [] : p.startsWith("items/") ? [p.slice(6)] : [p]));
}

function parseLoad(what: unknown, defaults: readonly string[]): string[] {
  if (what === undefined) return [...defaults.filter((d) => d !== "items")];
  if (typeof what === "string")
    return what
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(what)) return what.map(String);
  if (typeof what === "object" && what) {
    const o = what as Record<string, unknown>;
    if (typeof o.select === "string") return parseLoad(o.select, defaults);
    return Object.keys(o).filter((k) => o[k]);
  }
  return [];
}

export class DoubleContext {
  private pending: Op[] = [];
  readonly workbook: WorkbookClient;
  readonly application: ApplicationClient;
  constructor(
    readonly double: ExcelDouble,
    private readonly delayForCellEdit: boolean,
  ) {
    this.workbook = new WorkbookClient(this, () => double.book).wrap();
    this.application = new ApplicationClient(this, () => double.book).wrap();
  }
  enqueue(op: Op): void {
    this.pending.push(op);
  }
  async sync<T>(passThrough?: T): Promise<T | undefined> {
    const ops = this.pending;
    this.pending = [];
    await this.double.execute(ops, this.delayForCellEdit);
    return passThrough;
  }
  trackedObjects = { add: () => undefined, remove: () => undefined };
}

class ApplicationClient extends Client<WorkbookState> {
  protected readonly cls = "Application";
  protected readonly loadable = ["calculationMode"];
  protected read(): unknown {
    return "Automatic";
  }
  suspendApiCalculationUntilNextSync(): void {
    this.queue("suspendApiCalculationUntilNextSync", null, () => undefined);
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.queue("suspendScreenUpdatingUntilNextSync", null, () => undefined);
  }
}

class WorkbookClient extends Client<WorkbookState> {
  protected readonly cls = "Workbook";
  protected readonly loadable = ["name"];
  protected read(): unknown {
    return "Book1.xlsx";
  }
  get worksheets(): WorksheetCollectionClient {
    return new WorksheetCollectionClient(this.ctx, () => this.double.book).wrap();
  }
  get settings(): SettingCollectionClient {
    return new SettingCollectionClient(this.ctx, () => this.double.book).wrap();
  }
  get comments(): CommentCollectionClient {
    return new CommentCollectionClient(this.ctx, () => null, null).wrap();
  }
  get application(): ApplicationClient {
    return this.ctx.application;
  }
  getActiveWorksheet(): WorksheetClient {
    return new WorksheetClient(this.ctx, () => this.double.book.active).wrap();
  }
}

class WorksheetCollectionClient extends Client<WorkbookState> {
  protected readonly cls = "WorksheetCollection";
  protected readonly loadable = ["items"];
  private items_: WorksheetClient[] | null = null;
  protected read(prop: string, book: WorkbookState): unknown {
    const sub = prop.includes("/") ? prop.split("/")[1] : "";
    const clients = book.sheets.map((s) => {
      const c = new WorksheetClient(this.ctx, () => s);
      c.preload(sub ? sub.split("|") : WORKSHEET_PROPS, s);
      return c.wrap();
    });
    this.items_ = clients;
    return clients.map((c) => c._snapshot());
  }
  override load(what?: unknown): this {
    const inner = collectionProps(what);
    for (const p of inner)
      if (!WORKSHEET_PROPS.includes(p)) throw new RichApiError("InvalidArgument", `Worksheet has no loadable property ${p}`);
    this.ctx.enqueue({
      label: "WorksheetCollection.load",
      bytes: OP_OVERHEAD + utf8Bytes(inner),
      run: () => utf8Bytes(this.read(`items/${inner.join("|")}`, this.double.book)),
    });
    return this;
  }
  protected override prop(p: string): unknown {
    if (p === "items") {
      if (!this.items_) throw new RichApiError("PropertyNotLoaded", "worksheets.items read before load and sync");
      return this.items_;
    }
    return super.prop(p);
  }
  add(name?: string): WorksheetClient {
    let state: SheetState | null = null;
    this.queue("add", name ?? null, () => {
      const book = this.double.book;
      const n = name ?? `Sheet${book.sheets.length + 1}`;
      const bad = checkSheetName(n);
      if (bad) throw new RichApiError("InvalidArgument", `The argument is invalid or missing or has an incorrect format: ${bad} (${n}).`);
      if (book.find(n)) throw new RichApiError("ItemAlreadyExists", `A sheet named ${n} already exists.`);
      state = new SheetState(book, book.newId("sheet"), n);
      book.sheets.push(state);
    });
    return new WorksheetClient(this.ctx, () => state).wrap();
  }
  getItem(key: string): WorksheetClient {
    return new WorksheetClient(
      this.ctx,
      () => this.double.book.find(key) ?? this.double.book.sheets.find((s) => s.id === key) ?? null,
    ).wrap();
  }
  getItemOrNullObject(key: string): WorksheetClient {
    const c = new WorksheetClient(
      this.ctx,
      () => this.double.book.find(key) ?? this.double.book.sheets.find((s) => s.id === key) ?? null,
      true,
    ).wrap();
    c.queueResolve();
    return c;
  }
  getActiveWorksheet(): WorksheetClient {
    return new WorksheetClient(this.ctx, () => this.double.book.active).wrap();
  }
}

class WorksheetClient extends Client<SheetState> {
  protected readonly cls = "Worksheet";
  protected readonly loadable = ["name", "id", "position", "visibility"];
  protected override readonly settable = ["name", "visibility", "position"];
  protected override check(s: SheetState): void {
    if (s.deleted) throw new RichApiError("InvalidReference", `The sheet ${s.name} was deleted.`);
  }
  protected read(prop: string, s: SheetState): unknown {
    if (prop === "name") return s.name;
    if (prop === "id") return s.id;
    if (prop === "position") return s.book.sheets.indexOf(s);
    return s.visibility;
  }
  preload(props: string[], s: SheetState): void {
    for (const p of props) this.loaded.set(p, this.read(p, s));
  }
  _snapshot(): unknown {
    return Object.fromEntries(this.loaded);
  }
  protected override setProp(p: string, v: unknown): void {
    this.set(p, v, (s) => {
      if (p === "name") {
        const bad = checkSheetName(v);
        if (bad) throw new RichApiError("InvalidArgument", `${bad} (${String(v)})`);
        const other = s.book.find(v as string);
        if (other && other !== s) throw new RichApiError("ItemAlreadyExists", `A sheet named ${String(v)} already exists.`);
        s.name = v as string;
      } else if (p === "visibility") {
        if (v !== "Visible" && s.book.sheets.filter((x) => x.visibility === "Visible" && x !== s).length === 0)
          throw new RichApiError("GeneralException", "The last visible sheet cannot be hidden.");
        s.visibility = v as SheetState["visibility"];
      } else {
        const list = s.book.sheets;
        list.splice(list.indexOf(s), 1);
        list.splice(Math.max(0, Math.min(list.length, Number(v))), 0, s);
      }
    });
  }
  delete(): void {
    this.queue("delete", null, () => {
      const s = this.target();
      const book = s.book;
      if (book.sheets.filter((x) => x.visibility === "Visible" && x !== s).length === 0)
        throw new RichApiError("GeneralException", "A workbook must contain at least one visible worksheet.");
      s.deleted = true;
      book.sheets = book.sheets.filter((x) => x !== s);
      book.comments = book.comments.filter((c) => c.sheet !== s);
      if (book.active === s) book.active = book.sheets.find((x) => x.visibility === "Visible") ?? null;
    });
  }
  activate(): void {
    this.queue("activate", null, () => {
      const s = this.target();
      if (s.visibility !== "Visible") throw new RichApiError("GeneralException", "A hidden sheet cannot be activated.");
      s.book.active = s;
    });
  }
  getRange(address?: string): RangeClient {
    return new RangeClient(this.ctx, () => {
      const s = this.target();
      if (!address) return { sheet: s, area: { top: 0, left: 0, bottom: 1_048_575, right: 16_383 } };
      const split = splitAddress(address);
      if (split.sheet && !sameName(split.sheet, s.name)) throw new RichApiError("InvalidArgument", `${address} is not on ${s.name}`);
      return { sheet: s, area: parseArea(split.area) };
    }).wrap();
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeClient {
    return new RangeClient(this.ctx, () => {
      if (![row, col, rows, cols].every((n) => Number.isInteger(n)) || rows < 1 || cols < 1 || row < 0 || col < 0)
        throw new RichApiError("InvalidArgument", `getRangeByIndexes(${row}, ${col}, ${rows}, ${cols})`);
      return { sheet: this.target(), area: { top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 } };
    }).wrap();
  }
  getUsedRange(valuesOnly?: boolean): RangeClient {
    return new RangeClient(
      this.ctx,
      () => usedArea(this.target(), !!valuesOnly) ?? { sheet: this.target(), area: { top: 0, left: 0, bottom: 0, right: 0 } },
    ).wrap();
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeClient {
    const c = new RangeClient(this.ctx, () => usedArea(this.target(), !!valuesOnly), true).wrap();
    c.queueResolve();
    return c;
  }
  get protection(): ProtectionClient {
    return new ProtectionClient(this.ctx, () => this.target()).wrap();
  }
  get freezePanes(): FreezePanesClient {
    return new FreezePanesClient(this.ctx, () => this.target()).wrap();
  }
  get charts(): ChartCollectionClient {
    return new ChartCollectionClient(this.ctx, () => this.target()).wrap();
  }
  get autoFilter(): AutoFilterClient {
    return new AutoFilterClient(this.ctx, () => this.target()).wrap();
  }
  get comments(): CommentCollectionClient {
    return new CommentCollectionClient(this.ctx, () => this.target(), this).wrap();
  }
}

function usedArea(s: SheetState, valuesOnly: boolean): RangeTarget | null {
  let area: Area | null = null;
  for (const [key, cell] of s.cells) {
    if (valuesOnly && cell.stored.kind === "empty") continue;
    if (!valuesOnly && cell.stored.kind === "empty" && !cell.format) continue;
    const [r, c] = key.split(",").map(Number);
    area = area
      ? { top: Math.min(area.top, r), left: Math.min(area.left, c), bottom: Math.max(area.bottom, r), right: Math.max(area.right, c) }
      : { top: r, left: c, bottom: r, right: c };
  }
  return area ? { sheet: s, area } : null;
}

interface RangeTarget {
  readonly sheet: SheetState;
  readonly area: Area;
}

const rowsOf = (a: Area) => a.bottom - a.top + 1;
const colsOf = (a: Area) => a.right - a.left + 1;

function matrix<T>(t: RangeTarget, f: (r: number, c: number) => T): T[][] {
  const cells = rowsOf(t.area) * colsOf(t.area);
  if (cells > 5_000_000) throw new RichApiError("GeneralException", "Range too large to load.");
  return Array.from({ length: rowsOf(t.area) }, (_, r) =>
    Array.from({ length: colsOf(t.area) }, (_, c) => f(t.area.top + r, t.area.left + c)),
  );
}

function guardProtection(t: RangeTarget): void {
  if (t.sheet.protected)
    throw new RichApiError("AccessDenied", `The cell or chart you're trying to change is on a protected sheet (${t.sheet.name}).`);
}

class RangeClient extends Client<RangeTarget> {
  protected readonly cls = "Range";
  protected readonly loadable = [
    "values",
    "formulas",
    "numberFormat",
    "valueTypes",
    "text",
    "address",
    "rowIndex",
    "columnIndex",
    "rowCount",
    "columnCount",
  ];
  protected override readonly settable = ["values", "formulas", "numberFormat"];
  protected override check(t: RangeTarget): void {
    if (t.sheet.deleted) throw new RichApiError("InvalidReference", `The sheet ${t.sheet.name} was deleted.`);
  }
  protected read(prop: string, t: RangeTarget): unknown {
    const d = this.double;
    switch (prop) {
      case "values":
        return matrix(t, (r, c) => {
          const v = d.valueOf(t.sheet, r, c);
          return v === null ? "" : typeof v === "object" ? v.error : v;
        });
      case "text":
        return matrix(t, (r, c) => {
          const v = d.valueOf(t.sheet, r, c);
          return v === null ? "" : typeof v === "object" ? v.error : String(v);
        });
      case "formulas":
        return matrix(t, (r, c) => {
          const s = t.sheet.get(r, c)?.stored;
          if (!s || s.kind === "empty") return "";
          return s.kind === "formula" ? s.formula : s.value;
        });
      case "numberFormat":
        return matrix(t, (r, c) => t.sheet.formatAt(r, c));
      case "valueTypes":
        return matrix(t, (r, c) => {
          const v = d.valueOf(t.sheet, r, c);
          if (v === null) return "Empty";
          if (typeof v === "object") return "Error";
          return typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : "String";
        });
      case "address":
        return `${quoteSheet(t.sheet.name)}!${areaAddress(t.area)}`;
      case "rowIndex":
        return t.area.top;
      case "columnIndex":
        return t.area.left;
      case "rowCount":
        return rowsOf(t.area);
      default:
        return colsOf(t.area);
    }
  }
  protected override setProp(p: string, v: unknown): void {
    this.set(p, v, (t) => {
      guardProtection(t);
      if (!Array.isArray(v) || v.length !== rowsOf(t.area) || v.some((row) => !Array.isArray(row) || row.length !== colsOf(t.area)))
        throw new RichApiError(
          "InvalidArgument",
          `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rowsOf(t.area)}×${colsOf(t.area)}).`,
        );
      const m = v as unknown[][];
      // Validate the whole matrix first: a refused value leaves the range as it was.
      const parsed = m.map((row, r) =>
        row.map((x, c) => {
          const rr = t.area.top + r;
          const cc = t.area.left + c;
          if (p === "numberFormat") {
            if (x !== null && typeof x !== "string") throw new InvalidInput(`number format must be text: ${String(x)}`);
            return x;
          }
          return parseInput(x, t.sheet.formatAt(rr, cc), this.double.locale, (f) => void parseFormula(f));
        }),
      );
      parsed.forEach((row, r) =>
        row.forEach((x, c) => {
          if (x === null) return;
          const rr = t.area.top + r;
          const cc = t.area.left + c;
          if (p === "numberFormat") t.sheet.put(rr, cc, { format: x as string });
          else {
            const stored = x as Stored;
            const autoFormat =
              stored.kind === "number" && stored.format && t.sheet.formatAt(rr, cc) === "General" ? { format: stored.format } : {};
            t.sheet.put(rr, cc, { stored, ...autoFormat });
          }
        }),
      );
    });
  }
  get format(): RangeFormatClient {
    return new RangeFormatClient(this.ctx, () => this.target(), "").wrap();
  }
  get conditionalFormats(): ConditionalFormatCollectionClient {
    return new ConditionalFormatCollectionClient(this.ctx, () => this.target()).wrap();
  }
  merge(across?: boolean): void {
    this.queue("merge", across ?? false, () => {
      const t = this.target();
      guardProtection(t);
      const a = t.area;
      if (t.sheet.merges.some((m) => m.top <= a.bottom && a.top <= m.bottom && m.left <= a.right && a.left <= m.right))
        throw new RichApiError("InvalidArgument", `Cannot merge ${areaAddress(a)} over an existing merge.`);
      t.sheet.merges.push({ ...a });
    });
  }
  unmerge(): void {
    this.queue("unmerge", null, () => {
      const t = this.target();
      const a = t.area;
      const keep = t.sheet.merges.filter((m) => !(m.top >= a.top && m.bottom <= a.bottom && m.left >= a.left && m.right <= a.right));
      t.sheet.merges.splice(0, t.sheet.merges.length, ...keep);
    });
  }
  select(): void {
    this.queue("select", null, () => {
      const t = this.target();
      if (t.sheet.book.active !== t.sheet) throw new RichApiError("GeneralException", "select() needs the range's sheet to be active.");
      t.sheet.book.selection = { sheet: t.sheet.name, address: areaAddress(t.area) };
    });
  }
  clear(): void {
    this.queue("clear", null, () => {
      const t = this.target();
      guardProtection(t);
      for (let r = t.area.top; r <= t.area.bottom; r++) for (let c = t.area.left; c <= t.area.right; c++) t.sheet.cells.delete(`${r},${c}`);
    });
  }
  getMergedAreasOrNullObject(): RangeAreasClient {
    const c = new RangeAreasClient(
      this.ctx,
      () => {
        const t = this.target();
        const a = t.area;
        const inside = t.sheet.merges.filter((m) => m.top >= a.top && m.bottom <= a.bottom && m.left >= a.left && m.right <= a.right);
        if (inside.length > 512) throw new RichApiError("GeneralException", "More than 512 merged areas.");
        return inside.length ? { sheet: t.sheet, areas: inside } : null;
      },
      true,
    ).wrap();
    c.queueResolve();
    return c;
  }
}

class RangeAreasClient extends Client<{ sheet: SheetState; areas: Area[] }> {
  protected readonly cls = "RangeAreas";
  protected readonly loadable = ["address", "areaCount"];
  protected read(prop: string, t: { sheet: SheetState; areas: Area[] }): unknown {
    if (prop === "areaCount") return t.areas.length;
    return t.areas.map((a) => `${quoteSheet(t.sheet.name)}!${areaAddress(a)}`).join(",");
  }
}

/** RangeFormat, RangeFill, RangeFont, RangeBorder: one class over a path in the format entries. */
class RangeFormatClient extends Client<RangeTarget> {
  protected get cls(): string {
    return this.path === "" ? "RangeFormat" : this.path === "fill" ? "RangeFill" : this.path === "font" ? "RangeFont" : "RangeBorder";
  }
  protected readonly loadable: readonly string[];
  protected override readonly settable: readonly string[];
  constructor(
    ctx: DoubleContext,
    resolver: () => RangeTarget | null,
    readonly path: string,
  ) {
    super(ctx, resolver);
    const props: Record<string, string[]> = {
      "": ["columnWidth", "rowHeight", "wrapText", "horizontalAlignment", "verticalAlignment"],
      fill: ["color"],
      font: ["name", "size", "bold", "italic", "color", "underline"],
    };
    this.loadable = props[path] ?? ["style", "weight", "color"];
    this.settable = this.loadable;
  }
  protected read(prop: string, t: RangeTarget): unknown {
    const key = this.path ? `${this.path.split(":")[0]}.${prop}` : prop;
    let first: unknown;
    for (let r = t.area.top; r <= Math.min(t.area.bottom, t.area.top + 200); r++)
      for (let c = t.area.left; c <= Math.min(t.area.right, t.area.left + 60); c++) {
        const v = t.sheet.formatValue(r, c, this.path.includes(":") ? `${this.path}.${prop}` : key) ?? defaults[key] ?? null;
        if (r === t.area.top && c === t.area.left) first = v;
        else if (v !== first) return null; // mixed: Excel answers null
      }
    return first;
  }
  protected override setProp(p: string, v: unknown): void {
    this.set(p, v, (t) => {
      guardProtection(t);
      const key = this.path ? `${this.path}.${p}` : p;
      t.sheet.formats.push({ area: { ...t.area }, path: key, value: v });
    });
  }
  get fill(): RangeFormatClient {
    return new RangeFormatClient(this.ctx, () => this.target(), "fill").wrap();
  }
  get font(): RangeFormatClient {
    return new RangeFormatClient(this.ctx, () => this.target(), "font").wrap();
  }
  get borders(): { getItem: (edge: string) => RangeFormatClient } {
    return { getItem: (edge: string) => new RangeFormatClient(this.ctx, () => this.target(), `border:${edge}`).wrap() };
  }
  clear(): void {
    this.queue("clear", null, () => {
      const t = this.target();
      guardProtection(t);
      t.sheet.formats.push({ area: { ...t.area }, path: `${this.path}.clear`, value: null });
    });
  }
  autofitRows(): void {
    this.queue("autofitRows", null, () => guardProtection(this.target()));
  }
  autofitColumns(): void {
    this.queue("autofitColumns", null, () => guardProtection(this.target()));
  }
}

const defaults: Record<string, unknown> = {
  "fill.color": "#FFFFFF",
  "font.name": "Calibri",
  "font.size": 11,
  "font.bold": false,
  "font.color": "#000000",
  wrapText: false,
};

class ConditionalFormatCollectionClient extends Client<RangeTarget> {
  protected readonly cls = "ConditionalFormatCollection";
  protected readonly loadable = ["items"];
  protected read(_p: string, t: RangeTarget): unknown {
    return t.sheet.conditionalFormats.length;
  }
  add(type: string): unknown {
    const cf: { state: ConditionalFormatState | null } = { state: null };
    this.queue("add", type, () => {
      const t = this.target();
      guardProtection(t);
      cf.state = { address: areaAddress(t.area), type };
      t.sheet.conditionalFormats.push(cf.state);
    });
    const setter = (field: keyof ConditionalFormatState) => (v: unknown) =>
      this.queue(`custom.${field}=`, v, () => {
        if (!cf.state) throw new RichApiError("ItemNotFound", "conditional format missing");
        (cf.state as unknown as Record<string, unknown>)[field] = v;
      });
    const obj = (fields: Record<string, keyof ConditionalFormatState>) => {
      const o = {};
      for (const [k, f] of Object.entries(fields))
        Object.defineProperty(o, k, {
          set: setter(f),
          get: () => {
            throw new RichApiError("PropertyNotLoaded", k);
          },
        });
      return o;
    };
    return {
      custom: {
        rule: obj({ formula: "formula" }),
        format: { fill: obj({ color: "fill" }), font: obj({ color: "fontColor", bold: "bold" }) },
      },
    };
  }
}

class ProtectionClient extends Client<SheetState> {
  protected readonly cls = "WorksheetProtection";
  protected readonly loadable = ["protected"];
  protected read(_p: string, s: SheetState): unknown {
    return s.protected;
  }
  protect(): void {
    this.queue("protect", null, () => {
      const s = this.target();
      if (s.protected) throw new RichApiError("InvalidArgument", "The sheet is already protected.");
      s.protected = true;
    });
  }
  unprotect(): void {
    this.queue("unprotect", null, () => void (this.target().protected = false));
  }
}

class FreezePanesClient extends Client<SheetState> {
  protected readonly cls = "WorksheetFreezePanes";
  protected readonly loadable = [];
  protected read(): unknown {
    return null;
  }
  freezeRows(n?: number): void {
    this.queue("freezeRows", n ?? 1, () => void (this.target().frozenRows = n ?? 1));
  }
}

class AutoFilterClient extends Client<SheetState> {
  protected readonly cls = "AutoFilter";
  protected readonly loadable = [];
  protected read(): unknown {
    return null;
  }
  apply(range: RangeClient): void {
    this.queue("apply", null, () => {
      const s = this.target();
      const t = range.target();
      if (t.sheet !== s) throw new RichApiError("InvalidArgument", "The AutoFilter range is on another sheet.");
      guardProtection(t);
      s.autoFilter = { ...t.area };
    });
  }
}

class ChartCollectionClient extends Client<SheetState> {
  protected readonly cls = "ChartCollection";
  protected readonly loadable = ["items"];
  protected read(): unknown {
    return [];
  }
  add(type: string, source: RangeClient, seriesBy?: string): unknown {
    const box: { chart: ChartState | null } = { chart: null };
    this.queue("add", [type, seriesBy ?? "Auto"], () => {
      const s = this.target();
      guardProtection({ sheet: s, area: { top: 0, left: 0, bottom: 0, right: 0 } });
      const t = source.target();
      box.chart = { type, source: `${quoteSheet(t.sheet.name)}!${areaAddress(t.area)}`, seriesTypes: {} };
      s.charts.push(box.chart);
    });
    const chart = () => {
      if (!box.chart) throw new RichApiError("ItemNotFound", "chart missing");
      return box.chart;
    };
    const q = (label: string, v: unknown, f: () => void) => this.queue(label, v, f);
    return {
      title: {
        set text(v: string) {
          q("title.text=", v, () => void (chart().title = v));
        },
      },
      series: {
        getItemAt: (i: number) => ({
          set chartType(v: string) {
            q("series.chartType=", v, () => {
              const c = chart();
              if (i > 1) throw new RichApiError("ItemNotFound", `no series ${i}`);
              c.seriesTypes[i] = v;
            });
          },
        }),
      },
      setPosition: (from: string, to?: string) => q("setPosition", [from, to], () => void (chart().position = [from, to])),
    };
  }
}

class SettingCollectionClient extends Client<WorkbookState> {
  protected readonly cls = "SettingCollection";
  protected readonly loadable = ["items"];
  protected read(): unknown {
    return [...this.double.book.settings].map(([key, value]) => ({ key, value }));
  }
  add(key: string, value: unknown): SettingClient {
    this.queue("add", [key, value], () => {
      if (typeof key !== "string" || key.length === 0) throw new RichApiError("InvalidArgument", "setting key");
      this.double.book.settings.set(key, value);
    });
    return new SettingClient(this.ctx, () => (this.double.book.settings.has(key) ? key : null)).wrap();
  }
  getItem(key: string): SettingClient {
    return new SettingClient(this.ctx, () => (this.double.book.settings.has(key) ? key : null)).wrap();
  }
  getItemOrNullObject(key: string): SettingClient {
    const c = new SettingClient(this.ctx, () => (this.double.book.settings.has(key) ? key : null), true).wrap();
    c.queueResolve();
    return c;
  }
}

class SettingClient extends Client<string> {
  protected readonly cls = "Setting";
  protected readonly loadable = ["key", "value"];
  protected override readonly settable = ["value"];
  protected read(prop: string, key: string): unknown {
    return prop === "key" ? key : this.double.book.settings.get(key);
  }
  protected override setProp(p: string, v: unknown): void {
    this.set(p, v, (key) => void this.double.book.settings.set(key, v));
  }
  delete(): void {
    this.queue("delete", null, () => void this.double.book.settings.delete(this.target()));
  }
}

/** Workbook comments (scope null) or one sheet's. */
class CommentCollectionClient extends Client<SheetState | null> {
  protected readonly cls = "CommentCollection";
  protected readonly loadable = ["items"];
  private items_: CommentClient[] | null = null;
  constructor(
    ctx: DoubleContext,
    resolver: () => SheetState | null,
    private readonly sheet: WorksheetClient | null,
  ) {
    super(ctx, resolver);
  }
  private scope(): CommentState[] {
    const s = this.sheet ? this.sheet.target() : null;
    return this.double.book.comments.filter((c) => !s || c.sheet === s);
  }
  override load(what?: unknown): this {
    const inner = collectionProps(what);
    for (const p of inner)
      if (!["id", "content", "authorName"].includes(p)) throw new RichApiError("InvalidArgument", `Comment has no loadable property ${p}`);
    this.ctx.enqueue({
      label: "CommentCollection.load",
      bytes: OP_OVERHEAD,
      run: () => {
        this.double.gate("CommentCollection", "load");
        const list = this.scope();
        this.items_ = list.map((c) => {
          const client = new CommentClient(this.ctx, () => (this.double.book.comments.includes(c) ? c : null));
          client.preload(inner.length ? inner : ["id", "content"], c);
          return client.wrap();
        });
        return utf8Bytes(list.map((c) => ({ id: c.id, content: c.content })));
      },
    });
    return this;
  }
  protected override prop(p: string): unknown {
    if (p === "items") {
      if (!this.items_) throw new RichApiError("PropertyNotLoaded", "comments.items read before load and sync");
      return this.items_;
    }
    return super.prop(p);
  }
  protected read(): unknown {
    return null;
  }
  private locate(address: unknown): { sheet: SheetState; row: number; col: number } {
    if (address instanceof Object && "target" in (address as object)) {
      const t = (address as RangeClient).target();
      return { sheet: t.sheet, row: t.area.top, col: t.area.left };
    }
    if (typeof address !== "string") throw new RichApiError("InvalidArgument", "comment address");
    const { sheet: sheetName, area } = splitAddress(address);
    const scoped = this.sheet?.target();
    const sheet = sheetName ? this.double.book.find(sheetName) : scoped;
    if (!sheet) throw new RichApiError(sheetName ? "ItemNotFound" : "InvalidArgument", `No sheet for the comment address ${address}.`);
    const a = parseArea(area);
    if (a.top !== a.bottom || a.left !== a.right) throw new RichApiError("InvalidArgument", `A comment goes on one cell, not ${area}.`);
    return { sheet, row: a.top, col: a.left };
  }
  add(address: unknown, content: string): CommentClient {
    const box: { c: CommentState | null } = { c: null };
    this.queue("add", [typeof address === "string" ? address : "range", content], () => {
      const at = this.locate(address);
      guardProtection({ sheet: at.sheet, area: { top: at.row, left: at.col, bottom: at.row, right: at.col } });
      if (this.double.book.comments.some((c) => c.sheet === at.sheet && c.row === at.row && c.col === at.col))
        throw new RichApiError("InvalidArgument", `The cell ${a1(at.row, at.col)} already has a comment.`);
      box.c = { id: this.double.book.newId("comment"), ...at, content };
      this.double.book.comments.push(box.c);
    });
    return new CommentClient(this.ctx, () => box.c).wrap();
  }
  getItemByCell(address: unknown): CommentClient {
    return new CommentClient(this.ctx, () => {
      const at = this.locate(address);
      return this.double.book.comments.find((c) => c.sheet === at.sheet && c.row === at.row && c.col === at.col) ?? null;
    }).wrap();
  }
  getItem(id: string): CommentClient {
    return new CommentClient(this.ctx, () => this.double.book.comments.find((c) => c.id === id) ?? null).wrap();
  }
  getItemOrNullObject(id: string): CommentClient {
    const c = new CommentClient(this.ctx, () => this.double.book.comments.find((x) => x.id === id) ?? null, true).wrap();
    c.queueResolve();
    return c;
  }
}

class CommentClient extends Client<CommentState> {
  protected readonly cls = "Comment";
  protected readonly loadable = ["id", "content", "authorName"];
  protected override readonly settable = ["content"];
  protected read(prop: string, c: CommentState): unknown {
    return prop === "id" ? c.id : prop === "content" ? c.content : "BaoCao06";
  }
  preload(props: string[], c: CommentState): void {
    for (const p of props) this.loaded.set(p, this.read(p, c));
  }
  protected override setProp(p: string, v: unknown): void {
    this.set(p, v, (c) => void (c.content = String(v)));
  }
  delete(): void {
    this.queue("delete", null, () => {
      const c = this.target();
      this.double.book.comments = this.double.book.comments.filter((x) => x !== c);
    });
  }
  getLocation(): RangeClient {
    return new RangeClient(this.ctx, () => {
      const c = this.target();
      return { sheet: c.sheet, area: { top: c.row, left: c.col, bottom: c.row, right: c.col } };
    }).wrap();
  }
}

// ---------------------------------------------------------------- test-side view

/** What a test reads back: a cell as Excel holds it. */
export class SheetView {
  constructor(
    readonly state: SheetState,
    private readonly double: ExcelDouble,
  ) {}
  get name(): string {
    return this.state.name;
  }
  cell(address: string): { value: Scalar | null; formula?: string; numberFormat: string; quotePrefix: boolean; fill: unknown } {
    const { row, col } = parseA1(address);
    return this.at(row, col);
  }
  at(row: number, col: number): { value: Scalar | null; formula?: string; numberFormat: string; quotePrefix: boolean; fill: unknown } {
    const c = this.state.get(row, col);
    const stored = c?.stored;
    return {
      value: this.double.valueOf(this.state, row, col),
      ...(stored?.kind === "formula" ? { formula: stored.formula } : {}),
      numberFormat: c?.format ?? "General",
      quotePrefix: stored?.kind === "text" && !!stored.quotePrefix,
      fill: this.state.formatValue(row, col, "fill.color") ?? null,
    };
  }
  /** Seed the sheet as a clerk would have typed it (parsed as Excel parses input). */
  type(rows: readonly (readonly unknown[])[], top = 0, left = 0): this {
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        const stored = parseInput(v, this.state.formatAt(top + r, left + c), this.double.locale, (f) => void parseFormula(f));
        if (stored) this.state.put(top + r, left + c, { stored });
      }),
    );
    return this;
  }
  comments(): CommentState[] {
    return this.double.book.comments.filter((c) => c.sheet === this.state);
  }
  get merges(): Area[] {
    return this.state.merges;
  }
}
