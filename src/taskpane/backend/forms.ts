import { type FormLayout, type FormTemplateId, type Period, type UnitRegistry, buildForms, formFileName, formatPeriod } from "../../core";
import { loadXlsx, loadZip } from "./common";

export interface FormsZip {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  /** Names of the files inside, in unit order. */
  readonly files: readonly string[];
}

/** "bc06-dvc25-2026-09-so-tu-phap.xlsx" twice becomes "…-so-tu-phap-2.xlsx" the second time. */
export function uniqueNames(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const key = name.toLowerCase();
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n === 1 ? name : name.replace(/(\.[^.]+)?$/, (ext) => `-${n}${ext}`);
  });
}

export function formsZipName(template: FormTemplateId, period: Period): string {
  return `Mau-bao-cao-${template}-${formatPeriod(period)}.zip`;
}

/** One form per unit, written with exceljs and zipped; both loaded on first use, not with the pane. */
export async function formsZip(
  units: readonly string[],
  template: FormTemplateId,
  period: Period,
  registry: UnitRegistry,
): Promise<FormsZip> {
  const forms: FormLayout[] = buildForms(units, template, period, registry);
  const [xlsx, zip] = await Promise.all([loadXlsx(), loadZip()]);
  const names = uniqueNames(forms.map(formFileName));
  const entries: Record<string, Uint8Array> = {};
  for (let i = 0; i < forms.length; i++) entries[names[i]] = await xlsx.writeForm(forms[i]);
  // .xlsx files are already deflated: store them.
  const bytes = zip.zipSync(entries, { level: 0 });
  return { fileName: formsZipName(template, period), bytes, files: names };
}
