import { type CellRange, type ReportSheet, type StyleName, a1 } from "../../core";

/**
 * Formats are applied per rectangle of cells sharing a style and number
 * format, not per cell: horizontal runs in a row, merged downwards while the
 * next row has the same run. Keeps the queued commands proportional to the
 * layout's shape, not to its cell count.
 */
export interface StyleRun {
  readonly style: StyleName;
  readonly numFmt?: string;
  readonly range: CellRange;
}

export function styleRuns(sheet: ReportSheet): StyleRun[] {
  const open = new Map<string, StyleRun>();
  const done: StyleRun[] = [];
  sheet.rows.forEach((row, r) => {
    const seen = new Set<string>();
    let c = 0;
    while (c < row.length) {
      const cell = row[c];
      if (!cell) {
        c++;
        continue;
      }
      let end = c;
      while (end + 1 < row.length && row[end + 1]?.style === cell.style && row[end + 1]?.numFmt === cell.numFmt) end++;
      const key = `${c}:${end}:${cell.style}:${cell.numFmt ?? ""}`;
      const prev = open.get(key);
      if (prev && prev.range.bottom === r - 1) {
        open.set(key, { ...prev, range: { ...prev.range, bottom: r } });
      } else {
        if (prev) done.push(prev);
        open.set(key, {
          style: cell.style,
          ...(cell.numFmt ? { numFmt: cell.numFmt } : {}),
          range: { top: r, left: c, bottom: r, right: end },
        });
      }
      seen.add(key);
      c = end + 1;
    }
    for (const [key, run] of open) {
      if (!seen.has(key)) {
        done.push(run);
        open.delete(key);
      }
    }
  });
  done.push(...open.values());
  return done.sort((a, b) => a.range.top - b.range.top || a.range.left - b.range.left);
}

export function rangeAddress(r: CellRange): string {
  const from = a1(r.top, r.left);
  const to = a1(r.bottom, r.right);
  return from === to ? from : `${from}:${to}`;
}
