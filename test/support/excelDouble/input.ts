/**
 * What Excel makes of a value written through `range.values` or `range.formulas`: the same as a
 * clerk typing it. Modelled on Excel's documented input parsing for two locales; the self-check
 * ("Kiểm tra tương thích") confirms the parts a real Excel decides (see docs/addin.md).
 */
export type Locale = "en-US" | "vi-VN";

export type Stored =
  | { readonly kind: "empty" }
  | { readonly kind: "number"; readonly value: number; readonly format?: string }
  | { readonly kind: "boolean"; readonly value: boolean }
  | { readonly kind: "text"; readonly value: string; readonly quotePrefix?: boolean }
  | { readonly kind: "error"; readonly value: string }
  | { readonly kind: "formula"; readonly formula: string };

/** Input Excel refuses as a formula: "- Khó khăn", "@ghi chú", "=(" … */
export class InvalidInput extends Error {}

const ERRORS = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!"];

function separators(locale: Locale): { group: string; decimal: string } {
  return locale === "vi-VN" ? { group: ".", decimal: "," } : { group: ",", decimal: "." };
}

/** "9.857" → 9857 in vi-VN, 9.857 in en-US; "12,5%" → 0.125 in vi-VN; null when Excel would keep text. */
export function parseNumber(text: string, locale: Locale): { value: number; format?: string } | null {
  const { group, decimal } = separators(locale);
  const g = group === "." ? "\\." : ",";
  const d = decimal === "." ? "\\." : ",";
  const m = new RegExp(`^([+-]?)(\\d{1,3}(?:${g}\\d{3})+|\\d+)?(?:${d}(\\d+))?(%?)$`).exec(text.trim());
  if (!m || (m[2] === undefined && m[3] === undefined)) return null;
  const int = (m[2] ?? "0").split(group).join("");
  let value = Number(`${m[1]}${int}.${m[3] ?? "0"}`);
  if (!Number.isFinite(value)) return null;
  if (m[4]) {
    value /= 100;
    return { value, format: m[3] ? "0.00%" : "0%" };
  }
  return { value, ...(m[2]?.includes(group) ? { format: "#,##0" } : {}) };
}

const DAY = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

/** Excel's serial day number of a calendar date. */
export function serial(year: number, month: number, day: number): number {
  return (Date.UTC(year, month - 1, day) - EPOCH) / DAY;
}

/** "2024-09-30", "30/9/2024" (vi-VN) or "9/30/2024" (en-US) → a date serial with a date format. */
export function parseDate(text: string, locale: Locale): { value: number; format: string } | null {
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim());
  if (m) return valid(+m[1], +m[2], +m[3], "yyyy-mm-dd");
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!m) return null;
  return locale === "vi-VN" ? valid(+m[3], +m[2], +m[1], "dd/mm/yyyy") : valid(+m[3], +m[1], +m[2], "m/d/yyyy");
}

function valid(y: number, mo: number, d: number, format: string): { value: number; format: string } | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1) return null;
  return { value: serial(y, mo, d), format };
}

/**
 * Parse one written value. `format` is the cell's number format at the moment the write runs:
 * text ("@") keeps the string as it is — including a leading apostrophe, which only General
 * cells treat as the quote prefix.
 */
export function parseInput(raw: unknown, format: string, locale: Locale, validateFormula: (f: string) => void): Stored | null {
  if (raw === null || raw === undefined) return null; // null leaves the cell as it is
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) throw new InvalidInput(`not a finite number: ${raw}`);
    return { kind: "number", value: raw };
  }
  if (typeof raw === "boolean") return { kind: "boolean", value: raw };
  if (typeof raw !== "string") throw new InvalidInput(`cannot write a ${typeof raw}`);
  if (raw === "") return { kind: "empty" };
  if (format === "@") return { kind: "text", value: raw };
  if (raw.startsWith("'")) return { kind: "text", value: raw.slice(1), quotePrefix: true };
  if (raw.startsWith("=") && raw.length > 1) {
    validateFormula(raw.slice(1));
    return { kind: "formula", formula: raw };
  }
  const upper = raw.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { kind: "boolean", value: upper === "TRUE" };
  if (ERRORS.includes(upper)) return { kind: "error", value: upper };
  const num = parseNumber(raw, locale);
  if (num) return { kind: "number", ...num };
  const date = parseDate(raw, locale);
  if (date) return { kind: "number", ...date };
  // What a clerk would type as a formula start: Excel takes it as one and refuses what does not parse.
  if (/^[+\-@]/.test(raw)) {
    const formula = `=${raw.startsWith("@") ? raw.slice(1) : raw}`;
    try {
      validateFormula(formula.slice(1));
    } catch {
      throw new InvalidInput(`not a valid formula: ${raw}`);
    }
    return { kind: "formula", formula };
  }
  return { kind: "text", value: raw };
}
