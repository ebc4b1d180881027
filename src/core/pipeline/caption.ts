import type { Period } from "../shared/period";
import { foldKey } from "../shared/normalize";
import { type UnitMatch, type UnitRegistry, findUnit } from "../units/registry";

/**
 * The reporting period as captions and file names write it: "tháng 9/2024",
 * "tháng 9 năm 2024", "Kỳ báo cáo: 09/2024", "2024-09", "T9-2024", "thang_9_2024".
 * Dates ("ngày 05 tháng 11 năm 2026", "ngày 06/01/2022") are not periods: they are cut out first.
 */
export function findPeriod(text: string): Period | null {
  const undated = withoutDates(text.normalize("NFC"));
  const k = foldKey(undated.replace(/[_]/g, " ")).replace(/ /g, " ");
  const patterns: Array<[RegExp, (m: RegExpExecArray) => Period]> = [
    [/thang\s+(\d{1,2})\s+nam\s+(\d{4})/, (m) => ({ month: +m[1], year: +m[2] })],
    [/thang\s+(\d{1,2})\s+(\d{4})/, (m) => ({ month: +m[1], year: +m[2] })],
    [/\bt\s?(\d{1,2})\s+(\d{4})\b/, (m) => ({ month: +m[1], year: +m[2] })],
    [/ki bao cao\s+(\d{1,2})\s+(\d{4})/, (m) => ({ month: +m[1], year: +m[2] })],
  ];
  for (const [re, f] of patterns) {
    const m = re.exec(k);
    if (m) {
      const p = f(m);
      if (p.month >= 1 && p.month <= 12 && p.year >= 2000 && p.year < 2100) return p;
    }
  }
  // No lookbehind: Safari before 16.4 (Excel for Mac's webview) and EdgeHTML cannot parse it.
  const iso = /(?:^|[^\d/])(20\d{2})[-_.](\d{1,2})(?![\d/])/.exec(undated);
  if (iso && +iso[2] >= 1 && +iso[2] <= 12) return { year: +iso[1], month: +iso[2] };
  // "10/2026", but not the "09/2019" of a document number "09/2019/NĐ-CP".
  const mmYyyy = /(?:^|[^\d/])(\d{1,2})[/_.-](20\d{2})(?![\d/])/.exec(undated);
  if (mmYyyy && +mmYyyy[1] >= 1 && +mmYyyy[1] <= 12) return { year: +mmYyyy[2], month: +mmYyyy[1] };
  return null;
}

/** Calendar dates in a line: the signing date of the header block, the date of a decision. */
const DATES = [/ngày\s*\d{1,2}\s*tháng\s*\d{1,2}\s*năm\s*\d{4}/giu, /(?:ngày\s*)?\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}/giu];

function withoutDates(line: string): string {
  return DATES.reduce((s, re) => s.replace(re, " "), line);
}

/** A signing date ("Quảng Phú, ngày 05 tháng 11 năm 2026"): never the period, but it dates the report. */
export function findSigningDate(lines: readonly string[]): { readonly year: number; readonly month: number } | null {
  for (const line of lines) {
    const m = /ngày\s*\d{1,2}\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})/iu.exec(line.normalize("NFC"));
    if (m) return { month: +m[1], year: +m[2] };
  }
  return null;
}

/**
 * Where the period is written, in the order a person reads it: the title or the table
 * caption, then the sheet name, then the file name. A sheet named only "Tháng 10" takes its
 * year from the signing date (a report is signed in its month or soon after).
 */
export function findPeriodIn(captions: readonly string[], sheetNames: readonly string[], fileName: string): Period | null {
  for (const line of captions) {
    const p = findPeriod(line);
    if (p) return p;
  }
  for (const name of sheetNames) {
    const p = findPeriod(name);
    if (p) return p;
  }
  const fromFile = findPeriod(fileName.replace(/\.[^.]+$/, ""));
  if (fromFile) return fromFile;
  const signed = findSigningDate(captions);
  for (const name of sheetNames) {
    const m = /^(?:thang|t)\s?(\d{1,2})$/.exec(foldKey(name));
    if (m && signed && +m[1] >= 1 && +m[1] <= 12) {
      const month = +m[1];
      return { month, year: month <= signed.month ? signed.year : signed.year - 1 };
    }
  }
  return null;
}

const UNIT_LABEL = /^\s*(?:đơn vị(?: báo cáo)?|cơ quan(?: báo cáo)?|tên đơn vị)\s*:\s*(.+)$/iu;

/**
 * A unit's name without what often follows it on the same line: the period or a title
 * ("Công an tỉnh Thanh Hóa - tháng 9/2024" → "Công an tỉnh Thanh Hóa").
 */
export function unitNameOnly(text: string): string {
  return text
    .normalize("NFC")
    .replace(/\s*[-–—,;(:]?\s*(?:báo cáo\s+)?(?:tháng|kỳ(?: báo cáo)?|quý|năm|t)\s*\d{1,2}\s*(?:năm\s*|[/.\-_ ]\s*)\d{4}.*$/iu, "")
    .replace(/\s*[-–—,;(:]?\s*(?:báo cáo|kết quả|tình hình)\b.*$/iu, "")
    .replace(/[\s\-–—,;:(]+$/u, "")
    .trim();
}

export interface UnitFound {
  readonly name: string;
  readonly match: UnitMatch | null;
  readonly source: "caption" | "file";
}

/**
 * The reporting unit from the lines above the table ("Đơn vị: Sở Tư pháp",
 * "UBND XÃ QUẢNG PHÚ"), else from the file name.
 */
export function findUnitIn(registry: UnitRegistry, captions: readonly string[], fileName: string): UnitFound | null {
  for (const line of captions) {
    const labelled = UNIT_LABEL.exec(line.normalize("NFC"));
    if (labelled) {
      const name = unitNameOnly(labelled[1]);
      return { name, match: findUnit(registry, name), source: "caption" };
    }
  }
  for (const line of captions) {
    // Titles mention the province's working group ("Tổ công tác Đề án 06 tỉnh"), not a unit.
    if (/đề án|phụ lục|tình hình|kèm theo|báo cáo số/iu.test(line)) continue;
    const match = findUnit(registry, line);
    if (match) return { name: match.unit.name, match, source: "caption" };
  }
  const stem = fileName
    .replace(/\.[^.]+$/, "")
    .replace(/(?:^|[\s_-])(?:t|thang|tháng|ky|kỳ)?[\s_-]*\d{1,2}[\s_./-]+\d{4}(?=$|[\s_-])/giu, " ")
    .replace(/\b20\d{2}[-_.]\d{1,2}\b/g, " ");
  const match = findUnit(registry, stem.replace(/[_]+/g, " "));
  if (match) return { name: match.unit.name, match, source: "file" };
  return null;
}
