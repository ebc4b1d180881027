import { readSubmission, REGISTRY_SHEET_NAME } from "../core";
import {
  SETTING_KEYS,
  marksFor,
  officeErrorMessage,
  queueSettings,
  readReportSheets,
  readSettings,
  readWorksheets,
  runExcel,
  sameSheetName,
  updateMarks,
} from "../io/office";
import { ExcelBackend } from "../taskpane/backend/excelBackend";
import { settingsFromJson } from "../taskpane/backend/common";
import { compilePane } from "../taskpane/backend/compile";
import { withReceivedDates } from "../taskpane/backend/receipts";
import { dialogUrl, failureMessage, reportMessage, reportSheetMessage, validationMessage } from "./messages";

/** Function names registered here must match <FunctionName> in manifest.xml (checked by a test). */
export const COMMAND_NAMES = ["validateActiveSheet", "buildReportTables"] as const;

/** displayDialogAsync's "a dialog is already open" (12007): worth waiting for and trying again. */
const DIALOG_BUSY = 12007;
const RETRIES = 3;
const RETRY_MS = 1500;

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Show the outcome in a dialog and resolve when the clerk closes it. The command must not call
 * `event.completed()` before: completing ends the function file's runtime, and with it the
 * handler that answers the dialog's "Đóng" button.
 */
export function showOutcome(title: string, message: string): Promise<boolean> {
  const open = (attempt: number): Promise<boolean> =>
    new Promise<Office.AsyncResult<Office.Dialog>>((resolve) =>
      Office.context.ui.displayDialogAsync(
        dialogUrl(window.location.href, title, message),
        // In Excel on the web an iframe is not blocked as a pop-up; where it fails, a window is tried next.
        { height: 35, width: 35, displayInIframe: attempt % 2 === 0 },
        resolve,
      ),
    ).then((result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) {
        const retry = attempt < RETRIES && (result.error?.code === DIALOG_BUSY || attempt === 0);
        return retry ? wait(RETRY_MS).then(() => open(attempt + 1)) : false;
      }
      const dialog = result.value;
      return new Promise<boolean>((resolve) => {
        const done = () => {
          dialog.close();
          resolve(true);
        };
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, done);
        // The clerk closed the window with its X (12006), or it went away: the outcome was shown.
        dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve(true));
      });
    });
  return open(0);
}

/** Errors reach the clerk as a message, never only the console; the command completes after the dialog. */
async function guarded(title: string, event: Office.AddinCommands.Event, work: () => Promise<string>): Promise<void> {
  let message: string;
  try {
    message = await work();
  } catch (e) {
    message = failureMessage(officeErrorMessage(e));
  }
  try {
    if (!(await showOutcome(title, message))) await keepUnshown(title, message);
  } finally {
    event.completed();
  }
}

/** The dialog could not open: the outcome waits in the workbook's settings for the pane to show it. */
async function keepUnshown(title: string, message: string): Promise<void> {
  await runExcel(async (context) => {
    queueSettings(context, { [SETTING_KEYS.unshown]: { title, message, at: new Date().toISOString() } });
    await context.sync();
  }).catch(() => undefined);
}

/** Ribbon "Kiểm tra trang tính": check the active sheet, mark its problem cells, say how many. */
export async function validateActiveSheet(event: Office.AddinCommands.Event): Promise<void> {
  await guarded("Kiểm tra trang tính", event, () =>
    runExcel(async (context) => {
      const active = context.workbook.worksheets.getActiveWorksheet();
      active.load("name");
      await context.sync();
      const name = active.name;
      const stored = await readSettings(context, [SETTING_KEYS.settings]);
      const own = [...(await readReportSheets(context)), REGISTRY_SHEET_NAME];
      if (own.some((s) => sameSheetName(s, name))) return reportSheetMessage(name);
      const settings = settingsFromJson(stored[SETTING_KEYS.settings]);
      const [sheet] = await readWorksheets(context, [name]);
      const submission = readSubmission({ fileName: name, sheets: [sheet] }, { period: settings.period });
      const hasTable = submission.tables.length > 0;
      // Marks of this sheet are replaced; marks elsewhere stay.
      const marks = hasTable ? marksFor(submission.findings, new Set([name])) : [];
      const result = await updateMarks(context, { clear: (m) => sameSheetName(m.sheet, name), marks });
      return validationMessage(name, hasTable ? submission.findings : [], result.applied.length, hasTable);
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
      withReceivedDates(state.received, state.settings.receivedDates).map((r) => r.submission),
      state.settings,
      null,
      state.registry,
    );
    const out = await backend.produce(compiled.report, compiled.chart, state.received);
    return reportMessage(compiled, out.kind === "sheets" ? out.sheets : []);
  });
}

/**
 * Register the handlers: `Office.actions.associate` where office.js has it, and as globals by
 * name, which is how older Excel (2019) finds a function file's handlers.
 */
export function registerCommands(): void {
  const g = globalThis as unknown as Record<string, unknown>;
  g.validateActiveSheet = validateActiveSheet;
  g.buildReportTables = buildReportTables;
  if (typeof Office !== "undefined" && Office.actions && typeof Office.actions.associate === "function") {
    Office.actions.associate("validateActiveSheet", validateActiveSheet);
    Office.actions.associate("buildReportTables", buildReportTables);
  }
}

if (typeof Office !== "undefined") Office.onReady(() => registerCommands());
