import type { Period } from "../shared/period";
import { foldKey } from "../shared/normalize";
import { type UnitMatch, type UnitRegistry, findUnit } from "../units/registry";

/**
 * The reporting period as captions and file names write it: "tháng 9/2024",
 * "tháng 9 năm 2024", "Kỳ báo cáo: 09/2024", "2024-09", "T9-2024", "thang_9_2024".
 */
export function findPeriod(text: string): Period | null {
  const k = foldKey(text.replace(/[_]/g, " ")).replace(/ /g, " ");
  const raw = text.normalize("NFC");
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
  const iso = /(20\d{2})[-_.](\d{1,2})(?!\d)/.exec(raw);
  if (iso && +iso[2] >= 1 && +iso[2] <= 12) return { year: +iso[1], month: +iso[2] };
  const mmYyyy = /(?<!\d)(\d{1,2})[/_.-](20\d{2})(?!\d)/.exec(raw);
  if (mmYyyy && +mmYyyy[1] >= 1 && +mmYyyy[1] <= 12) return { year: +mmYyyy[2], month: +mmYyyy[1] };
  return null;
}

const UNIT_LABEL = /^\s*(?:đơn vị(?: báo cáo)?|cơ quan(?: báo cáo)?|tên đơn vị)\s*:\s*(.+)$/iu;

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
      const name = labelled[1].trim();
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
