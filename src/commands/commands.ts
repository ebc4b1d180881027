import { readSubmission } from "../core";
import {
  SETTING_KEYS,
  type AppliedMark,
  applyMarks,
  marksFor,
  queueClearMarks,
  queueSettings,
  readSettings,
  readWorksheets,
} from "../io/office";
import { ExcelBackend } from "../taskpane/backend/excelBackend";
import { settingsFromJson } from "../taskpane/backend/common";
import { compilePane } from "../taskpane/backend/compile";
import { dialogUrl, reportMessage, validationMessage } from "./messages";

/** Function names registered here must match <FunctionName> in manifest.xml (checked by a test). */
export const COMMAND_NAMES = ["validateActiveSheet", "buildReportTables"] as const;

function show(title: string, message: string): Promise<void> {
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(
      dialogUrl(window.location.href, title, message),
      { height: 30, width: 35, displayInIframe: true },
      (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) {
          resolve();
          return;
        }
        const dialog = result.value;
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => dialog.close());
        resolve();
      },
    );
  });
}

/** Errors reach the clerk as a message, never only the console. */
async function guarded(title: string, event: Office.AddinCommands.Event, work: () => Promise<string>): Promise<void> {
  try {
    await show(title, await work());
  } catch (e) {
    await show(title, `Có lỗi: ${e instanceof Error ? e.message : String(e)}`);
  } finally {
    event.completed();
  }
}

/** Ribbon "Kiểm tra trang tính": check the active sheet, mark its problem cells, say how many. */
export async function validateActiveSheet(event: Office.AddinCommands.Event): Promise<void> {
  await guarded("Kiểm tra trang tính", event, () =>
    Excel.run(async (context) => {
      const active = context.workbook.worksheets.getActiveWorksheet();
      active.load("name");
      await context.sync();
      const name = active.name;
      const stored = await readSettings(context, [SETTING_KEYS.settings, SETTING_KEYS.marks]);
      const settings = settingsFromJson(stored[SETTING_KEYS.settings]);
      const [sheet] = await readWorksheets(context, [name]);
      const submission = readSubmission({ fileName: name, sheets: [sheet] }, { period: settings.period });
      const hasTable = submission.tables.length > 0;
      // Marks of this sheet are replaced; marks elsewhere stay.
      const old = Array.isArray(stored[SETTING_KEYS.marks]) ? (stored[SETTING_KEYS.marks] as AppliedMark[]) : [];
      const here = old.filter((m) => m.sheet === name);
      queueClearMarks(context, here);
      const applied = hasTable ? await applyMarks(context, marksFor(submission.findings, new Set([name]))) : [];
      queueSettings(context, { [SETTING_KEYS.marks]: [...old.filter((m) => m.sheet !== name), ...applied] });
      await context.sync();
      return validationMessage(name, hasTable ? submission.findings : [], applied.length, hasTable);
    }),
  );
}

/** Ribbon "Tạo bảng báo cáo": the report sheets from the submissions already in the workbook. */
export async function buildReportTables(event: Office.AddinCommands.Event): Promise<void> {
  await guarded("Tạo bảng báo cáo", event, async () => {
    const backend = new ExcelBackend();
    const state = await backend.load();
    if (state.received.length === 0) return reportMessage(null, []);
    const compiled = compilePane(
      state.received.map((r) => r.submission),
      state.settings,
    );
    const out = await backend.produce(compiled.report, compiled.chart, state.received);
    return reportMessage(compiled, out.kind === "sheets" ? out.sheets : []);
  });
}

Office.onReady(() => {
  Office.actions.associate("validateActiveSheet", validateActiveSheet);
  Office.actions.associate("buildReportTables", buildReportTables);
});
