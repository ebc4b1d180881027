import { type Period, formatDate, isIsoDate } from "../../core";
import { findPeriod } from "../../core/pipeline/caption";

/**
 * What the clerk types in the settings, read the ways clerks write it. Each
 * reader gives the value to store or the reason it is refused (a key of
 * `strings.problems`), so every rejection can be explained in the field.
 */
export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: Problem };

export type Problem =
  | "periodEmpty"
  | "periodBad"
  | "reportNoSlash"
  | "dateBad"
  | "dateNotCalendar"
  | "targetBad"
  | "targetRange"
  | "deadlineBad"
  | "provinceEmpty";

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const no = <T>(problem: Problem): Parsed<T> => ({ ok: false, problem });

/** "9/2024", "09/2024", "T9/2024", "tháng 9 năm 2024", "tháng 9/2024", "2024-09": the engine's own caption reader. */
export function readPeriodInput(text: string): Parsed<Period> {
  if (text.trim() === "") return no("periodEmpty");
  const p = findPeriod(text.trim());
  return p ? ok(p) : no("periodBad");
}

/** The report header prints "<số>/BC-UBND": a typed "123/BC-UBND" keeps only "123", so the suffix is printed once. */
export function readReportNo(text: string): Parsed<string | undefined> {
  const t = text.trim().replace(/\s*\/\s*BC\s*-\s*UBND\s*$/i, "");
  if (t === "") return ok(undefined);
  if (t.includes("/")) return no("reportNoSlash");
  return ok(t);
}

const pad = (n: number) => String(n).padStart(2, "0");

/** dd/mm/yyyy (also d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy and yyyy-mm-dd), stored as dd/mm/yyyy; blank is allowed. */
export function readReportDate(text: string): Parsed<string | undefined> {
  const t = text.trim();
  if (t === "") return ok(undefined);
  let d: number;
  let m: number;
  let y: number;
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (dmy) [d, m, y] = [+dmy[1], +dmy[2], +dmy[3]];
  else if (ymd) [y, m, d] = [+ymd[1], +ymd[2], +ymd[3]];
  else return no("dateBad");
  const iso = `${y}-${pad(m)}-${pad(d)}`;
  if (!isIsoDate(iso)) return no("dateNotCalendar");
  return ok(formatDate(iso));
}

/** "85", "85%", "85,5 %" or "0,85" → 0.85; blank means the plan's target. */
export function readTarget(text: string): Parsed<number | undefined> {
  const t = text.trim().replace(/\s*%$/, "").replace(",", ".");
  if (t === "") return ok(undefined);
  if (!/^\d+(\.\d+)?$/.test(t)) return no("targetBad");
  const n = Number(t);
  // "0,85" is a fraction already; "85" and "85%" are percent.
  const fraction = n > 0 && n < 1 && !text.includes("%") ? n : n / 100;
  if (fraction < 0 || fraction > 1) return no("targetRange");
  return ok(Math.round(fraction * 10000) / 10000);
}

export function readDeadlineDay(text: string): Parsed<number> {
  const t = text.trim();
  const n = Number(t);
  if (!/^\d{1,2}$/.test(t) || n < 1 || n > 31) return no("deadlineBad");
  return ok(n);
}

export function readProvince(text: string): Parsed<string> {
  return text.trim() === "" ? no("provinceEmpty") : ok(text.trim().replace(/^tỉnh\s+/i, ""));
}
