/**
 * Add-in state kept in the workbook (ExcelApi 1.4 `workbook.settings`), so
 * another clerk opening the file sees the same settings, receipts and marks.
 */
export const SETTING_KEYS = {
  settings: "baocao06.settings",
  receipts: "baocao06.receipts",
  marks: "baocao06.marks",
  /** The sheets of the last report written, and any swap left unfinished (see writeReport.ts). */
  report: "baocao06.report",
  /** A ribbon command's outcome its dialog could not show; the pane shows it once, then removes it. */
  unshown: "baocao06.unshown",
} as const;

export type SettingKey = (typeof SETTING_KEYS)[keyof typeof SETTING_KEYS];

/** Read several JSON settings with one sync; missing or broken values come back undefined. */
export async function readSettings(context: Excel.RequestContext, keys: readonly SettingKey[]): Promise<Record<string, unknown>> {
  const items = keys.map((k) => {
    const item = context.workbook.settings.getItemOrNullObject(k);
    item.load("value");
    return [k, item] as const;
  });
  await context.sync();
  const out: Record<string, unknown> = {};
  for (const [k, item] of items) {
    if (item.isNullObject) continue;
    try {
      out[k] = typeof item.value === "string" ? JSON.parse(item.value) : item.value;
    } catch {
      // A hand-edited or foreign value: treat as absent, the pane shows defaults.
    }
  }
  return out;
}

/** Queue writes of JSON settings; the caller syncs. */
export function queueSettings(context: Excel.RequestContext, values: Readonly<Partial<Record<SettingKey, unknown>>>): void {
  for (const [k, v] of Object.entries(values)) context.workbook.settings.add(k, JSON.stringify(v));
}
