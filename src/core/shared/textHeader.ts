import type { CellRange, Sheet } from "./grid";
import { headerKey } from "./normalize";
import { readText } from "./values";

/** A header rule: the first rule whose pattern matches the folded, space-free header text wins. */
export type HeaderRules<C extends string> = ReadonlyArray<{ readonly column: C; readonly pattern: RegExp }>;

const memo = new WeakMap<HeaderRules<string>, Map<string, string | null>>();

/** No header cell is this long; a longer text (a pasted page, a hostile file) is not keyed at all. */
const MAX_HEADER_TEXT = 1_000;

/** The column a header text names under `rules`; memoised per rule set, as every text cell of every sheet is asked. */
export function classifyWith<C extends string>(rules: HeaderRules<C>, text: string): C | null {
  if (text.length > MAX_HEADER_TEXT) return null;
  let seen = memo.get(rules);
  if (!seen) memo.set(rules, (seen = new Map()));
  let column = seen.get(text);
  if (column === undefined) {
    const key = headerKey(text.replace(/<[^>]+>/g, " "));
    column = !key || key.length > 120 ? null : (rules.find((r) => r.pattern.test(key))?.column ?? null);
    if (seen.size > 20_000) seen.clear();
    seen.set(text, column);
  }
  return column as C | null;
}

export interface TextHeader<C extends string> {
  readonly range: CellRange;
  readonly columns: Readonly<Partial<Record<C, number>>>;
}

/**
 * A header row of a text table (tasks, models): every non-empty cell is a
 * known header and the `required` columns are present. A second row made of
 * header words only (a split header) belongs to it.
 */
export function matchTextHeader<C extends string>(
  sheet: Sheet,
  r: number,
  width: number,
  rules: HeaderRules<C>,
  required: readonly C[],
): TextHeader<C> | null {
  const row = sheet.rows[r];
  if (!row) return null;
  const columns: Partial<Record<C, number>> = {};
  let known = 0;
  for (let c = 0; c < Math.min(row.length, width); c++) {
    const t = readText(row[c]).trim();
    if (!t) continue;
    const col = classifyWith(rules, t);
    if (!col) {
      if (/^\(?\d+\)?$/.test(t)) continue;
      return null;
    }
    known++;
    if (columns[col] === undefined) columns[col] = c;
  }
  if (known < 3 || required.some((c) => columns[c] === undefined)) return null;
  let bottom = r;
  // A two-row header ("Cơ quan thực hiện" over "Chủ trì | Phối hợp"): the lower row names more columns.
  const next = sheet.rows[r + 1];
  if (next && next.some((c) => readText(c).trim())) {
    const lower: Partial<Record<C, number>> = {};
    let ok = true;
    for (let c = 0; c < width; c++) {
      const t = readText(next[c]).trim();
      if (!t) continue;
      const col = classifyWith(rules, t);
      if (!col) {
        ok = false;
        break;
      }
      lower[col] = c;
    }
    if (ok && Object.keys(lower).length > 0) {
      bottom = r + 1;
      for (const [k, v] of Object.entries(lower) as [C, number][]) columns[k] = v;
    }
  }
  return { range: { top: r, left: 0, bottom, right: width - 1 }, columns };
}
