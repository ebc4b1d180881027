/**
 * The ribbon buttons against the strict Excel double, on each simulated host: the clerk always
 * sees the outcome (a dialog, or the pane when no dialog can open), the command completes only
 * after the dialog is closed (completing ends the runtime that answers the dialog's "Đóng"),
 * and a failure is a Vietnamese message, never silence.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { defaultRegistry } from "../../src/core";
import { COMMAND_NAMES, buildReportTables, registerCommands, validateActiveSheet } from "../../src/commands/commands";
import { readReportSheets } from "../../src/io/office";
import { defaultPaneSettings } from "../../src/taskpane/backend/common";
import { ExcelBackend } from "../../src/taskpane/backend/excelBackend";
import type { ImportOptions } from "../../src/taskpane/backend/types";
import { type DialogDouble, ExcelDouble, HOST_MATRIX, commandEvent } from "../support/excelDouble";

jest.setTimeout(30_000);

const SAMPLE = "cong-an-tinh.xlsx";
const bytes = new Uint8Array(readFileSync(join(__dirname, "../../samples", SAMPLE)));
const settings = { ...defaultPaneSettings(), period: { year: 2026, month: 9 } };
const options: ImportOptions = { settings, registry: defaultRegistry, onStage: () => undefined, confirmReplace: async () => true };

beforeAll(() => {
  (globalThis as Record<string, unknown>).window = { location: { href: "https://localhost:3000/commands.html" } };
});
afterAll(() => {
  delete (globalThis as Record<string, unknown>).window;
});

async function setup(host = HOST_MATRIX[0]): Promise<{ double: ExcelDouble; sheet: string }> {
  const double = new ExcelDouble({ host, sheets: ["Sheet1"] });
  double.install();
  const backend = new ExcelBackend();
  await backend.saveSettings(settings);
  const [received] = await backend.importFiles([{ name: SAMPLE, bytes }], options);
  return { double, sheet: received?.sheets[0] ?? "" };
}

/** Waits until the double shows a dialog (the command is still running). */
async function dialogOf(double: ExcelDouble, n = 1): Promise<DialogDouble> {
  for (let i = 0; i < 400 && !double.dialogs[n - 1]?.listening; i++) await new Promise((r) => setTimeout(r, 10));
  const d = double.dialogs[n - 1];
  if (!d?.listening) throw new Error("no dialog opened");
  return d;
}

describe.each(HOST_MATRIX.map((h) => [h.label, h] as const))("ribbon on %s", (_label, host) => {
  test("Kiểm tra trang tính: the dialog counts the findings, and the command completes when the clerk closes it", async () => {
    const { double, sheet } = await setup(host);
    double.book.active = double.book.find(sheet) ?? null;
    const event = commandEvent(double);
    const running = validateActiveSheet(event as unknown as Office.AddinCommands.Event);
    const dialog = await dialogOf(double);
    expect(dialog.params.get("title")).toBe("Kiểm tra trang tính");
    expect(dialog.params.get("message")).toMatch(new RegExp(`Trang \u201C${sheet}\u201D: \\d+ lỗi, \\d+ cảnh báo`));
    expect(event.completions).toBe(0);
    // "Đóng" reaches the runtime because the command has not completed yet.
    expect(dialog.messageParent("close")).toBe(true);
    await running;
    expect(dialog.closed).toBe(true);
    expect(event.completions).toBe(1);
  });

  test("Tạo bảng báo cáo writes the report sheets and says which", async () => {
    const { double } = await setup(host);
    const event = commandEvent(double);
    const running = buildReportTables(event as unknown as Office.AddinCommands.Event);
    const dialog = await dialogOf(double);
    const sheets = await Excel.run((context) => readReportSheets(context));
    expect(sheets.length).toBeGreaterThan(0);
    expect(dialog.params.get("message")).toMatch(/^Đã tổng hợp 1 báo cáo vào các trang: /);
    for (const s of sheets) expect(dialog.params.get("message")).toContain(s);
    dialog.closeByUser();
    await running;
    expect(event.completions).toBe(1);
  });
});

test("on the add-in's own report sheet, Kiểm tra trang tính says so instead of checking it", async () => {
  const { double } = await setup();
  const build = buildReportTables(commandEvent(double) as unknown as Office.AddinCommands.Event);
  (await dialogOf(double)).closeByUser();
  await build;
  const [report] = await Excel.run((context) => readReportSheets(context));
  double.book.active = double.book.find(report) ?? null;
  const running = validateActiveSheet(commandEvent(double) as unknown as Office.AddinCommands.Event);
  const dialog = await dialogOf(double, 2);
  expect(dialog.params.get("message")).toMatch(/do BaoCao06 tạo/);
  dialog.closeByUser();
  await running;
});

test("a failure inside Excel is a Vietnamese message in the dialog, and the command still completes", async () => {
  const { double, sheet } = await setup();
  double.book.active = double.book.find(sheet) ?? null;
  double.cellEditMode = true; // Excel 2019 refuses every request while the clerk types in a cell
  const event = commandEvent(double);
  const running = validateActiveSheet(event as unknown as Office.AddinCommands.Event);
  const dialog = await dialogOf(double);
  expect(dialog.params.get("message")).toMatch(/^Chưa làm được: Excel đang ở chế độ sửa ô/);
  double.cellEditMode = false;
  dialog.messageParent("close");
  await running;
  expect(event.completions).toBe(1);
});

test("a dialog that is busy is tried again; one that cannot open leaves the outcome for the pane, shown once", async () => {
  const { double, sheet } = await setup();
  double.book.active = double.book.find(sheet) ?? null;
  double.dialogFailures = [12007];
  const retried = validateActiveSheet(commandEvent(double) as unknown as Office.AddinCommands.Event);
  (await dialogOf(double)).messageParent("close");
  await retried;

  double.dialogFailures = [12004, 12004, 12004, 12004];
  const event = commandEvent(double);
  await validateActiveSheet(event as unknown as Office.AddinCommands.Event);
  expect(event.completions).toBe(1);
  expect(double.dialogs).toHaveLength(1);
  const first = await new ExcelBackend().load();
  expect(first.unshown).toMatchObject({ title: "Kiểm tra trang tính" });
  expect(first.unshown?.message).toMatch(/lỗi, \d+ cảnh báo/);
  expect((await new ExcelBackend().load()).unshown).toBeUndefined();
}, 60_000);

test("the handlers are registered under the manifest's function names, also as globals for Excel 2019", () => {
  const double = new ExcelDouble({ host: HOST_MATRIX[0] });
  double.install();
  registerCommands();
  for (const name of COMMAND_NAMES) {
    expect(double.actions.has(name)).toBe(true);
    expect(typeof (globalThis as Record<string, unknown>)[name]).toBe("function");
  }
});
