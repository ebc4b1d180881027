import { foldKey, foldPattern } from "../../shared/normalize";

/**
 * Deadlines as the task tables write them (DOMAIN.md §2.2): "Tháng 02/2023",
 * "Trong tháng 02 năm 2023", "Quý I/2023", "Năm 2023", "Trước ngày 31/3/2023",
 * "Hoàn thành trước 30/6/2026", and open ones: "Thực hiện thường xuyên",
 * "Theo hướng dẫn của Bộ Công an", "Sau khi …". The phrases are data below.
 */

/** ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

export type DeadlineKind =
  /** A fixed date (the last day of a month, quarter or year when the phrase names one). */
  | "date"
  /** Done over and over: "Thực hiện thường xuyên". */
  | "recurring"
  /** No fixed date: "Theo hướng dẫn của Bộ Công an", "Sau khi …". */
  | "open"
  /** Nothing written. */
  | "empty"
  /** Written, but not a phrase the engine knows. */
  | "unparsed";

export interface Deadline {
  readonly kind: DeadlineKind;
  /** As written, trimmed. */
  readonly raw: string;
  /** The date a `date` deadline falls on; for `recurring`, a completion date written alongside, if any. */
  readonly due: IsoDate | null;
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function validDate(y: number, m: number, d: number): IsoDate | null {
  if (y < 2000 || y > 2100 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return isoDate(y, m, d);
}

const endOfMonth = (y: number, m: number) => validDate(y, m, m >= 1 && m <= 12 ? daysInMonth(y, m) : 1);

const ROMAN_QUARTER: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4, "1": 1, "2": 2, "3": 3, "4": 4 };

/**
 * Date phrases, tried in order on the folded text (lower case, no diacritics,
 * punctuation as spaces, y folded to i: "Quý I/2023" → "qui i 2023"). Written in
 * Vietnamese and folded when loaded (foldPattern).
 */
export const DATE_PHRASES: ReadonlyArray<{
  readonly id: string;
  readonly pattern: RegExp;
  readonly due: (m: RegExpExecArray) => IsoDate | null;
}> = [
  // "Trước ngày 31/3/2023", "Hoàn thành trước 30/6/2026", "31/12/2026"
  { id: "day", pattern: /(?:^| )(\d{1,2}) (\d{1,2}) (\d{4})(?: |$)/, due: (m) => validDate(+m[3], +m[2], +m[1]) },
  // "Tháng 02/2023", "Trong tháng 02 năm 2023", "Hoàn thành trong tháng 12/2026"
  { id: "month", pattern: foldPattern(/tháng (\d{1,2}) (?:năm )?(\d{4})/), due: (m) => endOfMonth(+m[2], +m[1]) },
  // "Quý I/2023", "Quý III năm 2026"
  {
    id: "quarter",
    pattern: foldPattern(/quý (iv|iii|ii|i|[1-4]) (?:năm )?(\d{4})/),
    due: (m) => endOfMonth(+m[2], ROMAN_QUARTER[m[1]] * 3),
  },
  // "6 tháng đầu năm 2026"
  { id: "half", pattern: foldPattern(/6 tháng đầu năm (\d{4})/), due: (m) => endOfMonth(+m[1], 6) },
  // "Năm 2023", "Trong năm 2026"
  { id: "year", pattern: foldPattern(/(?:^| )năm (\d{4})(?: |$)/), due: (m) => validDate(+m[1], 12, 31) },
  { id: "bare-year", pattern: /^(\d{4})$/, due: (m) => validDate(+m[1], 12, 31) },
];

/** Phrases that start a recurring deadline. */
export const RECURRING_PHRASES: readonly RegExp[] = [
  /^(?:thực hiện )?(?:thường xuyên|hằng tháng|hằng quý|hằng năm|định kỳ|liên tục)/,
  /^được thực hiện thường xuyên/,
].map(foldPattern);

/** Phrases that start a deadline without a fixed date. */
export const OPEN_PHRASES: readonly RegExp[] = [
  /^theo (?:hướng dẫn|tiến độ|lộ trình|kế hoạch|chỉ đạo|quyết định|yêu cầu|văn bản)/,
  /^lộ trình/,
  /^sau khi/,
  /^khi (?:có|được)/,
  /^thời hạn (?:cụ thể|theo)/,
  /^tùy (?:theo|thuộc)/,
  /^chưa (?:xác định|có thời hạn)/,
].map(foldPattern);

function findDate(key: string): IsoDate | null {
  for (const p of DATE_PHRASES) {
    const m = p.pattern.exec(key);
    if (m) {
      const due = p.due(m);
      if (due) return due;
    }
  }
  return null;
}

/** Parse one deadline phrase. Never throws; an unknown phrase is `unparsed`. */
export function parseDeadline(text: string): Deadline {
  const raw = text.normalize("NFC").replace(/\s+/g, " ").trim();
  if (!raw) return { kind: "empty", raw, due: null };
  const key = foldKey(raw);
  if (RECURRING_PHRASES.some((p) => p.test(key))) return { kind: "recurring", raw, due: findDate(key) };
  if (OPEN_PHRASES.some((p) => p.test(key))) {
    // "Theo tiến độ của Bộ Công an (Tháng 9/2026)": a date in brackets fixes it.
    const bracket = /\(([^)]*)\)/.exec(raw);
    const due = bracket ? findDate(foldKey(bracket[1])) : null;
    return due ? { kind: "date", raw, due } : { kind: "open", raw, due: null };
  }
  const due = findDate(key);
  return due ? { kind: "date", raw, due } : { kind: "unparsed", raw, due: null };
}

/** A deadline cell: Excel dates are dates, anything else is read as a phrase. */
export function parseDeadlineValue(value: string | number | boolean | Date | null | undefined | { error: string }): Deadline {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    const due = isoDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
    return { kind: "date", raw: due.split("-").reverse().join("/"), due };
  }
  if (value === null || value === undefined) return { kind: "empty", raw: "", due: null };
  if (typeof value === "object") return { kind: "unparsed", raw: "error" in value ? value.error : "", due: null };
  return parseDeadline(String(value));
}
