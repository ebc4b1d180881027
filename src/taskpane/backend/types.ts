import type { SelfCheckReport } from "../../io/office/selfCheck";
import type {
  IsoDate,
  LiveFormulaPlan,
  Receipt,
  ReportSettings,
  ReportWorkbook,
  SheetInWorkbook,
  Submission,
  TargetChart,
  UnitRegistry,
} from "../../core";

/** The self-check's results and the text the clerk copies for support. */
export type SelfCheckOutcome = SelfCheckReport & { readonly text: string };

/** Report settings plus what only the pane keeps. */
export interface PaneSettings extends ReportSettings {
  /**
   * Online-ratio target set by hand (fraction, 0.8 = 80%); when absent the
   * chart and summary use the year's target of the plan (indicator I.5).
   */
  readonly onlineTarget?: number;
  /** Date task deadlines are judged at (yyyy-mm-dd); default the 15th of the period's month. */
  readonly taskDate?: IsoDate;
  /** Files the clerk chose among a unit's several reports for the period (DUPLICATE_SUBMISSION); the latest pick wins. */
  readonly picks?: readonly string[];
  /**
   * The day each file really arrived, where the clerk gave it (the e-mail's date, yyyy-mm-dd), by
   * file name; otherwise a file's own date (its modification time) counts.
   */
  readonly receivedDates?: Readonly<Record<string, IsoDate>>;
}

export interface InputFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** `File.lastModified` (ms since 1970), the file's own date. */
  readonly lastModified?: number;
}

/** A submission the pane holds, with where it lives and when it came. */
export interface Received {
  readonly submission: Submission;
  readonly receipt: Receipt;
  /** Workbook sheets holding the unit's tables (Excel mode). */
  readonly sheets: readonly string[];
  /** Sheets cut at the row limit (only their first rows were checked). */
  readonly cut?: readonly { readonly sheet: string; readonly rows: number; readonly read: number }[];
}

export type ImportStage = "read" | "check" | "copy";

export interface ImportOptions {
  readonly settings: PaneSettings;
  readonly registry: UnitRegistry;
  readonly onStage: (stage: ImportStage) => void;
  /** Asked before an existing sheet is replaced; false skips the file. */
  readonly confirmReplace: (sheet: string, file: string) => Promise<boolean>;
}

export type ProduceResult =
  { readonly kind: "sheets"; readonly sheets: readonly string[] } | { readonly kind: "download"; readonly file: string };

/** What a ribbon button reported. */
export interface CommandOutcome {
  readonly title: string;
  readonly message: string;
}

export interface LoadedState {
  readonly settings: PaneSettings;
  readonly registry: UnitRegistry;
  readonly received: readonly Received[];
  /** A ribbon button's outcome that its dialog could not show (Excel only). */
  readonly unshown?: CommandOutcome;
}

/**
 * Why the task pane page runs in browser mode although it is the page Excel opens: said on screen,
 * never silently (the clerk would otherwise work in a browser memory she believes is her workbook).
 * - `office-missing`: office.js did not load (no Internet to Microsoft's CDN, blocked by a proxy);
 * - `chosen`: Excel did not answer and the clerk chose to go on without it.
 */
export type StartNotice = "office-missing" | "chosen";

/** Where the pane's workbook lives: Excel through Office.js, or memory in a plain browser. */
export interface Backend {
  readonly kind: "excel" | "browser";
  /** Set when the task pane page fell back to browser mode: the pane says why. */
  readonly notice?: StartNotice;
  load(): Promise<LoadedState>;
  saveSettings(settings: PaneSettings): Promise<void>;
  saveRegistry(registry: UnitRegistry): Promise<void>;
  /** Read, check and keep one file; null when the clerk chose to skip it. */
  importFile(file: InputFile, options: ImportOptions): Promise<Received | null>;
  /** Re-read what was received (the clerk may have fixed cells in Excel, or changed the period). */
  refresh(settings: PaneSettings, registry: UnitRegistry): Promise<Received[]>;
  produce(report: ReportWorkbook, chart: TargetChart | null, received: readonly Received[], settings: PaneSettings): Promise<ProduceResult>;
  /** Forget a received file (browser mode: it is also removed from this browser's storage). */
  removeFile?(file: string): Promise<void>;
  /** Stop the imports in progress; their `importFile` promises reject. */
  cancelImports?(): void;
  /** Where received files survive a reload: the workbook, this browser's IndexedDB, or nowhere. */
  readonly keeps?: "workbook" | "browser" | "session";
  /** Where files are parsed: Web Workers, or the UI thread where workers cannot start. */
  readonly parsing?: "workers" | "inline";
  /** Several files may be imported at once (parsing runs in workers). */
  readonly parallel?: number;
  /** Excel only. */
  selectCell?(sheet: string, cell: string): Promise<void>;
  markFindings?(received: readonly Received[]): Promise<number>;
  clearMarks?(): Promise<number>;
  computeSheets?(received: readonly Received[]): readonly string[];
  /** The units' sheets the workbook holds, which the report's lists link to (Excel: the imported copies). */
  sheetsInWorkbook?(received: readonly Received[]): readonly SheetInWorkbook[];
  compute?(sheet: string, received: readonly Received[]): Promise<LiveFormulaPlan | null>;
  /**
   * Excel for Mac only: the task pane cannot download, so an .xlsx the pane makes (a unit's form)
   * opens as a new workbook the clerk saves.
   */
  readonly openWorkbook?: (bytes: Uint8Array) => Promise<void>;
  /** "Kiểm tra tương thích": the Excel behaviours the add-in relies on, tried on a scratch sheet. */
  selfCheck?(): Promise<SelfCheckOutcome>;
}
