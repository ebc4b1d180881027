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

export interface FormFile {
  readonly unit: string;
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

/** One form per unit, written with exceljs (loaded on first use, not with the pane). */
export async function formFiles(
  units: readonly string[],
  template: FormTemplateId,
  period: Period,
  registry: UnitRegistry,
): Promise<FormFile[]> {
  const forms: FormLayout[] = buildForms(units, template, period, registry);
  const xlsx = await loadXlsx();
  const names = uniqueNames(forms.map(formFileName));
  const out: FormFile[] = [];
  for (let i = 0; i < forms.length; i++) out.push({ unit: forms[i].unit, fileName: names[i], bytes: await xlsx.writeForm(forms[i]) });
  return out;
}

/** The forms of every unit in one .zip. */
export async function formsZip(
  units: readonly string[],
  template: FormTemplateId,
  period: Period,
  registry: UnitRegistry,
): Promise<FormsZip> {
  const [files, zip] = await Promise.all([formFiles(units, template, period, registry), loadZip()]);
  // .xlsx files are already deflated: store them.
  const bytes = zip.zipSync(Object.fromEntries(files.map((f) => [f.fileName, f.bytes])), { level: 0 });
  return { fileName: formsZipName(template, period), bytes, files: files.map((f) => f.fileName) };
}
