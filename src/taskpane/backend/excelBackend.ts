import {
  type LiveFormulaPlan,
  type Receipt,
  type ReportWorkbook,
  type Sheet,
  type SheetInWorkbook,
  type TargetChart,
  type UnitRegistry,
  REGISTRY_SHEET_NAME,
  defaultRegistry,
  liveFormulaPlan,
  readSubmission,
  registryFromRows,
  registryToRows,
  unreadableSubmission,
} from "../../core";
import {
  Batcher,
  SETTING_KEYS,
  canOpenWorkbooks,
  openAsWorkbook,
  marksFor,
  queueLiveFormulas,
  queueSettings,
  queueSheetCopy,
  readSettings,
  readWorksheets,
  officeDialogProbe,
  runExcel,
  runSelfCheck,
  sameSheetName,
  selfCheckText,
  selectCell,
  submissionSheetName,
  updateMarks,
  writeReportSheets,
} from "../../io/office";
import { errorCount, loadXlsx, settingsFromJson, settingsToJson } from "./common";
import type {
  Backend,
  CommandOutcome,
  ImportOptions,
  InputFile,
  LoadedState,
  PaneSettings,
  ProduceResult,
  Received,
  SelfCheckOutcome,
} from "./types";

/** A receipt as stored in the workbook, with the sheets the unit's tables were copied to. */
interface StoredReceipt extends Receipt {
  readonly sheets: readonly string[];
}

function receiptsOf(v: unknown): StoredReceipt[] {
  return Array.isArray(v) ? (v as StoredReceipt[]).filter((r) => r && typeof r.file === "string" && Array.isArray(r.sheets)) : [];
}

/** Sheet names and visibility, queued; read after the caller's sync. */
function queueSheetList(context: Excel.RequestContext): () => { name: string; visible: boolean }[] {
  const ws = context.workbook.worksheets;
  ws.load("items/name,items/visibility");
  return () => ws.items.map((w) => ({ name: w.name, visible: w.visibility === "Visible" }));
}

/** One file made ready for the workbook: its tables' sheets under the names they get there. */
interface Prepared {
  readonly file: InputFile;
  readonly receivedAt: string;
  readonly unreadable?: Received;
  readonly sources: readonly Sheet[];
  readonly targets: readonly string[];
  readonly unit: string;
}

/** The submission as it will read from the workbook: the file's table sheets under their new names. */
function received(p: Prepared, options: ImportOptions): Received {
  const sheets = p.targets.map((t, k) => ({ ...p.sources[k], name: t }));
  const submission = readSubmission({ fileName: p.file.name, sheets }, { period: options.settings.period, registry: options.registry });
  const receipt: StoredReceipt = {
    unitId: submission.unit.id,
    unit: submission.unit.name,
    file: p.file.name,
    receivedAt: p.receivedAt,
    errors: errorCount(submission.findings),
    sheets: p.targets,
  };
  return { submission: { ...submission, receivedAt: p.receivedAt }, receipt, sheets: p.targets };
}

/** Delete the named sheets that exist, in a request of their own. */
async function removeSheets(context: Excel.RequestContext, names: readonly string[]): Promise<void> {
  const items = names.map((n) => context.workbook.worksheets.getItemOrNullObject(n));
  await context.sync();
  for (const ws of items) if (!ws.isNullObject) ws.delete();
  await context.sync();
}

function unshownOutcome(raw: unknown): CommandOutcome | null {
  if (typeof raw !== "object" || raw === null) return null;
  const { title, message } = raw as Record<string, unknown>;
  return typeof title === "string" && typeof message === "string" ? { title, message } : null;
}

/** The pane inside Excel: submissions are sheets of the workbook, state is in workbook settings. */
export class ExcelBackend implements Backend {
  readonly kind = "excel" as const;
  /** Excel for Mac: files the pane makes open as new workbooks (downloads do nothing there). */
  readonly openWorkbook?: (bytes: Uint8Array) => Promise<void>;

  constructor() {
    if (Office.context.platform === Office.PlatformType.Mac && canOpenWorkbooks()) this.openWorkbook = openAsWorkbook;
  }

  async load(): Promise<LoadedState> {
    const { settings, registry, unshown } = await runExcel(async (context) => {
      const list = queueSheetList(context);
      const stored = await readSettings(context, [SETTING_KEYS.settings, SETTING_KEYS.unshown]);
      const registrySheet = list().find((s) => sameSheetName(s.name, REGISTRY_SHEET_NAME));
      let reg: UnitRegistry = defaultRegistry;
      const used = registrySheet ? context.workbook.worksheets.getItem(registrySheet.name).getUsedRangeOrNullObject(true) : null;
      used?.load("values");
      // A ribbon outcome its dialog could not show is shown once by the pane, then forgotten.
      if (SETTING_KEYS.unshown in stored) context.workbook.settings.getItem(SETTING_KEYS.unshown).delete();
      if (used || SETTING_KEYS.unshown in stored) await context.sync();
      if (used && !used.isNullObject) reg = registryFromRows(used.values, defaultRegistry);
      return {
        settings: settingsFromJson(stored[SETTING_KEYS.settings]),
        registry: reg,
        unshown: unshownOutcome(stored[SETTING_KEYS.unshown]),
      };
    });
    return { settings, registry, received: await this.refresh(settings, registry), ...(unshown ? { unshown } : {}) };
  }

  async saveSettings(settings: PaneSettings): Promise<void> {
    await runExcel(async (context) => {
      queueSettings(context, { [SETTING_KEYS.settings]: settingsToJson(settings) });
      await context.sync();
    });
  }

  /**
   * The registry sheet is rewritten in place: its old contents are cleared and the new ones
   * written, so the clerk's formatting stays and the sheet never has to be deleted (Excel
   * refuses to delete the only visible sheet).
   */
  async saveRegistry(registry: UnitRegistry): Promise<void> {
    await runExcel(async (context) => {
      const existing = context.workbook.worksheets.getItemOrNullObject(REGISTRY_SHEET_NAME);
      await context.sync();
      const rows = registryToRows(registry);
      const width = Math.max(...rows.map((r) => r.length));
      const matrix = rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ""));
      const fresh = existing.isNullObject;
      const ws = fresh ? context.workbook.worksheets.add(REGISTRY_SHEET_NAME) : existing;
      if (!fresh) ws.getUsedRange(true).clear("Contents");
      const range = ws.getRangeByIndexes(0, 0, matrix.length, width);
      range.numberFormat = matrix.map((r) => r.map(() => "@"));
      range.values = matrix;
      if (fresh) {
        ws.getRangeByIndexes(3, 0, 1, width).format.font.bold = true;
        [24, 40, 14, 40, 60].forEach((w, c) => (ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = w * 5.6));
      }
      await context.sync();
    });
  }

  async importFile(file: InputFile, options: ImportOptions): Promise<Received | null> {
    const [received] = await this.importFiles([file], options);
    return received ?? null;
  }

  /**
   * Import several files in as few round trips as the payload allows: all files are read and
   * checked here, then one request learns the workbook's sheets, the copies are queued across
   * files and synced whenever the next block would go over the budget, and the receipts travel
   * with the last block. Null for a file the clerk chose not to replace.
   */
  async importFiles(files: readonly InputFile[], options: ImportOptions): Promise<(Received | null)[]> {
    const prepared: Prepared[] = [];
    for (const file of files) prepared.push(await this.prepare(file, options));
    return runExcel(async (context) => {
      const list = queueSheetList(context);
      const stored = await readSettings(context, [SETTING_KEYS.receipts]);
      const existing = list();
      const taken = new Map<string, number>(); // target name → index of the file in this batch that takes it
      const replace: string[] = [];
      const keep: boolean[] = [];
      for (let i = 0; i < prepared.length; i++) {
        const p = prepared[i];
        let ok = true;
        for (const t of p.targets) {
          const clash = existing.find((e) => sameSheetName(e.name, t));
          const earlier = [...taken.keys()].some((name) => sameSheetName(name, t));
          if (ok && (clash || earlier)) ok = await options.confirmReplace(clash?.name ?? t, p.file.name);
        }
        keep.push(ok);
        if (!ok) continue;
        for (const t of p.targets) {
          const earlier = [...taken.entries()].find(([name]) => sameSheetName(name, t));
          if (earlier) keep[earlier[1]] = false; // a later file of the same unit replaces the earlier one
          taken.set(t, i);
          const clash = existing.find((e) => sameSheetName(e.name, t));
          if (clash && !replace.includes(clash.name)) replace.push(clash.name);
        }
      }
      const chosen = prepared.filter((p, i) => keep[i] && !p.unreadable);
      const results = prepared.map((p, i): Received | null => (keep[i] ? (p.unreadable ?? received(p, options)) : null));
      const added = results.filter((r): r is Received => !!r && r.sheets.length > 0).map((r) => r.receipt as StoredReceipt);
      const others = receiptsOf(stored[SETTING_KEYS.receipts]).filter(
        (r) => !added.some((a) => a.file === r.file || r.sheets.some((s) => a.sheets.some((t) => sameSheetName(s, t)))),
      );

      options.onStage("copy");
      const batcher = new Batcher(context);
      try {
        // Excel keeps at least one visible sheet: hold one while the old copies go.
        const visibleLeft = existing.filter((e) => e.visible && !replace.includes(e.name)).length;
        const holder = replace.length > 0 && visibleLeft === 0 ? context.workbook.worksheets.add() : null;
        for (const name of replace) context.workbook.worksheets.getItem(name).delete();
        for (const p of chosen) for (let k = 0; k < p.sources.length; k++) await queueSheetCopy(batcher, p.sources[k], p.targets[k]);
        holder?.delete();
        queueSettings(context, { [SETTING_KEYS.receipts]: [...others, ...added] });
        await batcher.sync();
      } catch (e) {
        // No orphan sheets: what this import added goes again; the receipts were not changed.
        await removeSheets(
          context,
          chosen.flatMap((p) => p.targets),
        ).catch(() => undefined);
        throw e;
      }
      return results;
    });
  }

  private async prepare(file: InputFile, options: ImportOptions): Promise<Prepared> {
    options.onStage("read");
    const xlsx = await loadXlsx();
    const result = await xlsx.readGrid(file.name, file.bytes);
    options.onStage("check");
    // The file's own date counts as its arrival (the clerk may open a week's mail at once).
    const receivedAt = (file.lastModified ? new Date(file.lastModified) : new Date()).toISOString();
    if (!result.ok) {
      const submission = unreadableSubmission(file.name, result.code, result.reason);
      const receipt = { unitId: submission.unit.id, unit: submission.unit.name, file: file.name, receivedAt, errors: 1 };
      return { file, receivedAt, unreadable: { submission, receipt, sheets: [] }, sources: [], targets: [], unit: submission.unit.name };
    }
    const first = readSubmission(result.grid, { period: options.settings.period, registry: options.registry });
    const withTables = [...new Set(first.tables.map((t) => t.sheet))];
    const sources: Sheet[] = result.grid.sheets.filter((s) => withTables.includes(s.name));
    if (sources.length === 0 && result.grid.sheets.length > 0) sources.push(result.grid.sheets[0]);
    const targets = sources.map((_, i) => submissionSheetName(first.unit.name, i));
    return { file, receivedAt, sources, targets, unit: first.unit.name };
  }

  async refresh(settings: PaneSettings, registry: UnitRegistry): Promise<Received[]> {
    return runExcel(async (context) => {
      const list = queueSheetList(context);
      const stored = receiptsOf((await readSettings(context, [SETTING_KEYS.receipts]))[SETTING_KEYS.receipts]);
      const names = list().map((s) => s.name);
      const live = stored
        .map((r) => ({ ...r, sheets: r.sheets.map((s) => names.find((n) => sameSheetName(n, s))).filter((s): s is string => !!s) }))
        .filter((r) => r.sheets.length > 0);
      const sheets = await readWorksheets(
        context,
        live.flatMap((r) => r.sheets),
      );
      const byName = new Map(sheets.map((s) => [s.name, s]));
      return live.map((r) => {
        const submission = readSubmission(
          { fileName: r.file, sheets: r.sheets.map((s) => byName.get(s) as Sheet) },
          { period: settings.period, registry },
        );
        const receipt: Receipt = {
          unitId: submission.unit.id,
          unit: submission.unit.name,
          file: r.file,
          receivedAt: r.receivedAt,
          errors: errorCount(submission.findings),
        };
        return { submission: { ...submission, receivedAt: r.receivedAt }, receipt, sheets: r.sheets };
      });
    });
  }

  async produce(report: ReportWorkbook, chart: TargetChart | null, received: readonly Received[]): Promise<ProduceResult> {
    const result = await runExcel((context) =>
      writeReportSheets(context, report, { ...(chart ? { chart } : {}), protectedSheets: received.flatMap((r) => r.sheets) }),
    );
    return { kind: "sheets", sheets: result.sheets };
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    await runExcel((context) => selectCell(context, sheet, cell));
  }

  async markFindings(received: readonly Received[]): Promise<number> {
    const sheets = new Set(received.flatMap((r) => r.sheets));
    const marks = marksFor(
      received.flatMap((r) => r.submission.findings),
      sheets,
    );
    const result = await runExcel((context) => updateMarks(context, { clear: () => true, marks }));
    return result.applied.length;
  }

  async clearMarks(): Promise<number> {
    const result = await runExcel((context) => updateMarks(context, { clear: () => true, marks: [] }));
    return result.cleared;
  }

  sheetsInWorkbook(received: readonly Received[]): readonly SheetInWorkbook[] {
    return received.flatMap((r) => r.sheets.map((sheet) => ({ file: r.receipt.file, sheet })));
  }

  computeSheets(received: readonly Received[]): readonly string[] {
    return received.flatMap((r) => r.sheets);
  }

  async compute(sheet: string, received: readonly Received[]): Promise<LiveFormulaPlan | null> {
    const owner = received.find((r) => r.sheets.includes(sheet));
    return runExcel(async (context) => {
      const [grid] = await readWorksheets(context, [sheet]);
      const sub = readSubmission({ fileName: owner?.receipt.file ?? sheet, sheets: [grid] });
      const table = sub.tables.find((t) => t.sheet === sheet);
      if (!table) return null;
      const plan = liveFormulaPlan(grid, table);
      queueLiveFormulas(context, plan);
      await context.sync();
      return plan;
    });
  }

  async selfCheck(): Promise<SelfCheckOutcome> {
    const url = new URL("dialog.html", window.location.href);
    url.searchParams.set("selftest", "1");
    const report = await runSelfCheck(officeDialogProbe(url.toString()));
    const d = Office.context.diagnostics as Office.ContextInformation | undefined;
    const host = d ? `Excel ${d.platform} ${d.version}, ${Office.context.displayLanguage}` : `Excel, ${Office.context.displayLanguage}`;
    return { ...report, text: selfCheckText(report, host) };
  }
}
