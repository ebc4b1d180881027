import {
  type LiveFormulaPlan,
  type Receipt,
  type ReportWorkbook,
  type Sheet,
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
  type AppliedMark,
  SETTING_KEYS,
  applyMarks,
  marksFor,
  queueClearMarks,
  queueLiveFormulas,
  queueSettings,
  queueSheetCopy,
  readSettings,
  readWorksheets,
  sameSheetName,
  selectCell,
  submissionSheetName,
  writeReportSheets,
} from "../../io/office";
import { errorCount, loadXlsx, settingsFromJson, settingsToJson } from "./common";
import type { Backend, ImportOptions, InputFile, LoadedState, PaneSettings, ProduceResult, Received } from "./types";

/** A receipt as stored in the workbook, with the sheets the unit's tables were copied to. */
interface StoredReceipt extends Receipt {
  readonly sheets: readonly string[];
}

async function sheetNames(context: Excel.RequestContext): Promise<string[]> {
  const ws = context.workbook.worksheets;
  ws.load("items/name");
  await context.sync();
  return ws.items.map((w) => w.name);
}

function receiptsOf(v: unknown): StoredReceipt[] {
  return Array.isArray(v) ? (v as StoredReceipt[]).filter((r) => r && typeof r.file === "string" && Array.isArray(r.sheets)) : [];
}

/** The pane inside Excel: submissions are sheets of the workbook, state is in workbook settings. */
export class ExcelBackend implements Backend {
  readonly kind = "excel" as const;

  async load(): Promise<LoadedState> {
    const { settings, registry } = await Excel.run(async (context) => {
      const stored = await readSettings(context, [SETTING_KEYS.settings]);
      const names = await sheetNames(context);
      let reg: UnitRegistry = defaultRegistry;
      if (names.includes(REGISTRY_SHEET_NAME)) {
        const used = context.workbook.worksheets.getItem(REGISTRY_SHEET_NAME).getUsedRange(true);
        used.load("values");
        await context.sync();
        reg = registryFromRows(used.values, defaultRegistry);
      }
      return { settings: settingsFromJson(stored[SETTING_KEYS.settings]), registry: reg };
    });
    return { settings, registry, received: await this.refresh(settings, registry) };
  }

  async saveSettings(settings: PaneSettings): Promise<void> {
    await Excel.run(async (context) => {
      queueSettings(context, { [SETTING_KEYS.settings]: settingsToJson(settings) });
      await context.sync();
    });
  }

  async saveRegistry(registry: UnitRegistry): Promise<void> {
    await Excel.run(async (context) => {
      const old = context.workbook.worksheets.getItemOrNullObject(REGISTRY_SHEET_NAME);
      await context.sync();
      if (!old.isNullObject) old.delete();
      const ws = context.workbook.worksheets.add(REGISTRY_SHEET_NAME);
      const rows = registryToRows(registry);
      const width = Math.max(...rows.map((r) => r.length));
      const matrix = rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ""));
      const range = ws.getRangeByIndexes(0, 0, matrix.length, width);
      range.numberFormat = matrix.map((r) => r.map(() => "@"));
      range.values = matrix;
      ws.getRangeByIndexes(3, 0, 1, width).format.font.bold = true;
      [24, 40, 14, 40, 60].forEach((w, c) => (ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = w * 5.6));
      await context.sync();
    });
  }

  async importFile(file: InputFile, options: ImportOptions): Promise<Received | null> {
    options.onStage("read");
    const xlsx = await loadXlsx();
    const result = await xlsx.readGrid(file.name, file.bytes);
    options.onStage("check");
    const receivedAt = new Date().toISOString();
    if (!result.ok) {
      const submission = unreadableSubmission(file.name, result.code, result.reason);
      const receipt = { unitId: submission.unit.id, unit: submission.unit.name, file: file.name, receivedAt, errors: 1 };
      return { submission, receipt, sheets: [] };
    }
    const first = readSubmission(result.grid, { period: options.settings.period, registry: options.registry });
    const withTables = [...new Set(first.tables.map((t) => t.sheet))];
    const sources: Sheet[] = result.grid.sheets.filter((s) => withTables.includes(s.name));
    if (sources.length === 0 && result.grid.sheets.length > 0) sources.push(result.grid.sheets[0]);
    const targets = sources.map((_, i) => submissionSheetName(first.unit.name, i));

    return Excel.run(async (context) => {
      const existing = await sheetNames(context);
      const clashes = targets.map((t) => existing.find((e) => sameSheetName(e, t))).filter((e): e is string => !!e);
      for (const clash of clashes) if (!(await options.confirmReplace(clash, file.name))) return null;
      options.onStage("copy");
      for (const clash of clashes) context.workbook.worksheets.getItem(clash).delete();
      sources.forEach((sheet, i) => queueSheetCopy(context, sheet, targets[i]));
      const stored = await readSettings(context, [SETTING_KEYS.receipts]);
      const copied = await readWorksheets(context, targets);
      const submission = readSubmission(
        { fileName: file.name, sheets: copied },
        { period: options.settings.period, registry: options.registry },
      );
      const receipt: StoredReceipt = {
        unitId: submission.unit.id,
        unit: submission.unit.name,
        file: file.name,
        receivedAt,
        errors: errorCount(submission.findings),
        sheets: targets,
      };
      const others = receiptsOf(stored[SETTING_KEYS.receipts]).filter(
        (r) => r.file !== file.name && !r.sheets.some((s) => targets.includes(s)),
      );
      queueSettings(context, { [SETTING_KEYS.receipts]: [...others, receipt] });
      await context.sync();
      return { submission, receipt, sheets: targets };
    });
  }

  async refresh(settings: PaneSettings, registry: UnitRegistry): Promise<Received[]> {
    return Excel.run(async (context) => {
      const stored = receiptsOf((await readSettings(context, [SETTING_KEYS.receipts]))[SETTING_KEYS.receipts]);
      const names = new Set(await sheetNames(context));
      const live = stored.map((r) => ({ ...r, sheets: r.sheets.filter((s) => names.has(s)) })).filter((r) => r.sheets.length > 0);
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
        return { submission, receipt, sheets: r.sheets };
      });
    });
  }

  async produce(report: ReportWorkbook, chart: TargetChart | null, received: readonly Received[]): Promise<ProduceResult> {
    const result = await Excel.run((context) =>
      writeReportSheets(context, report, { ...(chart ? { chart } : {}), protectedSheets: received.flatMap((r) => r.sheets) }),
    );
    return { kind: "sheets", sheets: result.sheets };
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    await Excel.run((context) => selectCell(context, sheet, cell));
  }

  async markFindings(received: readonly Received[]): Promise<number> {
    const sheets = new Set(received.flatMap((r) => r.sheets));
    const marks = marksFor(
      received.flatMap((r) => r.submission.findings),
      sheets,
    );
    return Excel.run(async (context) => {
      const old = (await readSettings(context, [SETTING_KEYS.marks]))[SETTING_KEYS.marks];
      if (Array.isArray(old) && old.length > 0) {
        queueClearMarks(context, old as AppliedMark[]);
        await context.sync();
      }
      const applied = await applyMarks(context, marks);
      queueSettings(context, { [SETTING_KEYS.marks]: applied });
      await context.sync();
      return applied.length;
    });
  }

  async clearMarks(): Promise<number> {
    return Excel.run(async (context) => {
      const old = (await readSettings(context, [SETTING_KEYS.marks]))[SETTING_KEYS.marks];
      const marks = Array.isArray(old) ? (old as AppliedMark[]) : [];
      queueClearMarks(context, marks);
      queueSettings(context, { [SETTING_KEYS.marks]: [] });
      await context.sync();
      return marks.length;
    });
  }

  computeSheets(received: readonly Received[]): readonly string[] {
    return received.flatMap((r) => r.sheets);
  }

  async compute(sheet: string, received: readonly Received[]): Promise<LiveFormulaPlan | null> {
    const owner = received.find((r) => r.sheets.includes(sheet));
    return Excel.run(async (context) => {
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
}
