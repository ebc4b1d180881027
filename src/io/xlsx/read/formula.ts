/**
 * Shared formulas: Excel writes the formula once, in the range's first cell,
 * and the other cells only point at it. Each cell's own formula is the first
 * one with its relative references moved by the cell's offset, as Excel shows it.
 */

const REF = /(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![\w(!])/g;

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

function colLetters(n: number): string {
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Move the relative references of `formula` by `dr` rows and `dc` columns; text in quotes is left alone. */
export function shiftFormula(formula: string, dr: number, dc: number): string {
  if (dr === 0 && dc === 0) return formula;
  // Split on string literals ("…") and quoted sheet names ('…'): only the rest holds references.
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(REF, (whole, colAbs: string, col: string, rowAbs: string, row: string, offset: number, all: string) => {
            // A name or function such as LOG10 or ATAN2 is not a reference.
            const before = all[offset - 1];
            if (before && /[\w.]/.test(before)) return whole;
            const c = colAbs ? colNumber(col) : colNumber(col) + dc;
            const r = rowAbs ? Number(row) : Number(row) + dr;
            if (c < 1 || r < 1 || c > 16384) return "#REF!";
            return `${colAbs}${colAbs ? col : colLetters(c)}${rowAbs}${r}`;
          }),
    )
    .join("");
}
