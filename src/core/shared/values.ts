import { type Cell, type CellValue, isCellError } from "./grid";
import { foldKey } from "./normalize";

/**
 * A number cell as it was written. Empty and "nothing arose" are kept apart
 * from zero: an empty cell is not a zero.
 */
export type Reading =
  | { readonly kind: "empty" }
  /** "Không phát sinh", "-": the unit says nothing arose. */
  | { readonly kind: "nil"; readonly raw: string }
  | { readonly kind: "number"; readonly value: number; readonly raw: string }
  | { readonly kind: "invalid"; readonly raw: string }
  | { readonly kind: "error"; readonly raw: string };

/** A ratio as written, with the number of decimals of its printed percent. */
export type RatioReading =
  | Exclude<Reading, { kind: "number" }>
  | { readonly kind: "number"; readonly value: number; readonly decimals: number; readonly raw: string };

const NIL_WORDS = ["khong phat sinh", "trong thang khong phat sinh", "khong co", "kphs"];

function isNilText(s: string): boolean {
  const k = foldKey(s);
  return k === "" || NIL_WORDS.some((w) => k === w || k.startsWith(w));
}

/**
 * Parse Vietnamese number text: `229.046` (dot thousands), `25,87` (comma
 * decimals), `1806`, `06`. Returns null when it is not a number.
 */
export function parseVietnameseNumber(text: string): number | null {
  let s = text.trim().replace(/[\s\u00A0]/g, "");
  if (s === "") return null;
  let sign = 1;
  if (/^[-\u2212]/.test(s)) {
    sign = -1;
    s = s.slice(1);
  } else if (s.startsWith("+")) s = s.slice(1);
  if (/^\d{1,3}(\.\d{3})+$/.test(s)) return sign * Number(s.replace(/\./g, ""));
  if (/^\d{1,3}(\.\d{3})+,\d+$/.test(s)) return sign * Number(s.replace(/\./g, "").replace(",", "."));
  if (/^\d{1,3}(,\d{3})+$/.test(s) && !/^0,/.test(s)) {
    // "1,234" is ambiguous; Vietnamese writes decimals with a comma, so only
    // groups of exactly three after a non-zero lead read as thousands.
    return sign * Number(s.replace(/,/g, ""));
  }
  if (/^\d+(,\d+)?$/.test(s)) return sign * Number(s.replace(",", "."));
  if (/^\d*\.\d+$/.test(s)) return sign * Number(s);
  return null;
}

function rawOf(v: CellValue): string {
  if (v === null) return "";
  if (isCellError(v)) return v.error;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v);
}

export function readNumber(cell: Cell | null | undefined): Reading {
  const v = cell?.value ?? null;
  if (v === null) return { kind: "empty" };
  if (isCellError(v)) return { kind: "error", raw: v.error };
  if (typeof v === "number") return { kind: "number", value: v, raw: String(v) };
  if (typeof v === "boolean" || v instanceof Date) return { kind: "invalid", raw: rawOf(v) };
  const text = v.trim();
  if (text === "") return { kind: "empty" };
  if (/^#(REF|DIV\/0|VALUE|N\/A|NAME|NUM|NULL)[!?]?/i.test(text)) return { kind: "error", raw: text };
  const n = parseVietnameseNumber(text);
  if (n !== null) return { kind: "number", value: n, raw: text };
  if (/^[-\u2013\u2014]+$/.test(text) || isNilText(text)) return { kind: "nil", raw: text };
  return { kind: "invalid", raw: text };
}

function percentDecimals(numFmt: string | undefined): number | null {
  if (!numFmt || !numFmt.includes("%")) return null;
  const m = /0(?:[.,](0+))?%/.exec(numFmt);
  return m?.[1]?.length ?? 0;
}

/**
 * Ratios come as `99,81%` text, 0.9981 with a percent format, 99.81 as a
 * plain number, or a formula result. The value is a fraction (0.9981).
 */
export function readRatio(cell: Cell | null | undefined): RatioReading {
  const v = cell?.value ?? null;
  if (typeof v === "number") {
    const fmtDecimals = percentDecimals(cell?.numFmt);
    if (fmtDecimals !== null) return { kind: "number", value: v, decimals: fmtDecimals, raw: String(v) };
    // A bare number: 0.9981 is a fraction, 99.81 a percent.
    if (v > 1) return { kind: "number", value: v / 100, decimals: decimalsOf(String(v)), raw: String(v) };
    if (v === 0) return { kind: "number", value: 0, decimals: 0, raw: "0" };
    return { kind: "number", value: v, decimals: Math.max(0, decimalsOf(String(v)) - 2), raw: String(v) };
  }
  const base = readNumber(cell);
  if (base.kind !== "invalid") {
    if (base.kind === "number") {
      const value = base.value > 1 ? base.value / 100 : base.value;
      return { kind: "number", value, decimals: decimalsOf(base.raw), raw: base.raw };
    }
    return base;
  }
  const m = /^(.*?)\s*%$/.exec(base.raw);
  if (m) {
    const n = parseVietnameseNumber(m[1]);
    if (n !== null) return { kind: "number", value: n / 100, decimals: decimalsOf(m[1]), raw: base.raw };
  }
  return base;
}

/** Decimals printed after the last separator; "229.046" is a thousands dot, not decimals. */
function decimalsOf(s: string): number {
  const t = s.trim();
  if (/^\d{1,3}(\.\d{3})+$/.test(t)) return 0;
  return /[.,](\d+)$/.exec(t)?.[1].length ?? 0;
}

/** Plain text of any cell, for names and free text. */
export function readText(cell: Cell | null | undefined): string {
  const v = cell?.value ?? null;
  return v === null ? "" : rawOf(v);
}
