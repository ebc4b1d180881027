import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { REPORT_FONT, type ReportCell, type ReportSheet, styles } from "../../core";
import type { PrintPlan } from "../print";

/**
 * Width of a text in column-width units (the normal font's digit width), from
 * Times New Roman's advance widths: capitals are wider, spaces and
 * punctuation narrower than a digit.
 */
function textWidth(text: string, bold: boolean): number {
  let w = 0;
  for (const ch of text.normalize("NFC")) {
    if (ch === " ") w += 0.5;
    else if (/[0-9]/.test(ch)) w += 1;
    else if (/[.,:;'!()\-/]/.test(ch)) w += 0.6;
    else if (ch !== ch.toLowerCase()) w += 1.35;
    else w += 0.92;
  }
  return bold ? w * 1.06 : w;
}

/** Lines a text takes when wrapped word by word into a column `capacity` digits wide. */
export function wrappedLines(text: string, capacity: number, bold = false): number {
  let lines = 0;
  for (const para of text.split("\n")) {
    let used = 0;
    lines++;
    // Excel and LibreOffice also break a word after a hyphen ("ubnd-xa-" / "nga-son.xlsx"): each piece is placed on its own.
    for (const piece of para.split(" ").flatMap((word) => word.split(/(?<=-)/).map((p, i) => ({ p, glued: i > 0 })))) {
      const w = textWidth(piece.p, bold);
      const add = used === 0 ? w : used + (piece.glued ? 0 : 0.5) + w;
      if (add <= capacity || used === 0) used = used === 0 ? Math.min(w, capacity) : add;
      else {
        lines++;
        used = Math.min(w, capacity);
      }
      // A piece longer than the column breaks inside itself.
      if (w > capacity) lines += Math.ceil(w / capacity) - 1;
    }
  }
  return lines;
}

/**
 * Excel does not grow a row for wrapped text written by a library, so long
 * names and difficulties would overlap; estimate the lines each row needs.
 * `spans` gives the width of cells merged across several columns of the row
 * (titles, group captions); a cell merged over several rows is not measured.
 */
function rowHeight(
  row: ReadonlyArray<ReportCell | undefined>,
  widths: readonly number[],
  spans: ReadonlyMap<number, number>,
): number | undefined {
  let height = 0;
  row.forEach((c, col) => {
    if (!c || typeof c.value !== "string" || !styles[c.style].wrap) return;
    const span = spans.get(col) ?? widths[col] ?? 10;
    if (!Number.isFinite(span)) return;
    const size = styles[c.style].size ?? 11;
    // Capacity in digits of the cell's own font, less the cell's padding; a line is about 1.2 × the font size (Times New Roman's line spacing, 1.15, and a margin).
    const n = wrappedLines(c.value, Math.max(2, (span - 0.8) * (11 / size)), styles[c.style].bold);
    if (n > 1) height = Math.max(height, n * size * 1.2 + 3);
  });
  return height > 0 ? Math.min(409, Math.ceil(height)) : undefined;
}

/** Page setup from the print plan: A4 landscape, margins, caption rows on every page, page numbers. */
export function applyPrint(ws: ExcelJS.Worksheet, plan: PrintPlan): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9,
    orientation: "landscape",
    margins: plan.margins,
    horizontalCentered: true,
    // Fit to the page width only when the readable widths cannot fit: otherwise 100 %, never shrunk.
    ...(plan.shrinks ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : { fitToPage: false, scale: 100 }),
    ...(plan.titleRows ? { printTitlesRow: `${plan.titleRows[0] + 1}:${plan.titleRows[1] + 1}` } : {}),
  };
  ws.headerFooter = { ...ws.headerFooter, oddFooter: plan.footer };
}

/** Estimated height (points) of every row of a sheet at the given column widths; undefined keeps the default. */
export function rowHeights(sheet: ReportSheet, widths: readonly number[]): Array<number | undefined> {
  // Cells spanning several columns (titles, group captions) are measured against their whole width.
  const spans = new Map<number, Map<number, number>>();
  for (const m of sheet.merges) {
    if (m.right === m.left && m.top !== m.bottom) continue;
    const width = m.top === m.bottom ? widths.slice(m.left, m.right + 1).reduce((a, b) => a + b, 0) : Infinity;
    for (let r = m.top; r <= m.bottom; r++) {
      const row = spans.get(r) ?? new Map<number, number>();
      row.set(m.left, width);
      spans.set(r, row);
    }
  }
  return sheet.rows.map((row, r) => (row.length === 0 ? undefined : rowHeight(row, widths, spans.get(r) ?? new Map())));
}

/**
 * The workbook's normal font sets the unit of column widths (its digit width)
 * and the font of empty cells. exceljs always writes Calibri, which Excel has
 * but LibreOffice replaces by a wider font, so the same widths would print
 * wider there; the report's own font keeps widths and prints the same in both.
 */
export function withNormalFont(xlsx: Uint8Array): Uint8Array {
  const files = unzipSync(xlsx);
  const styles = strFromU8(files["xl/styles.xml"]);
  const fixed = styles.replace(
    /<fonts([^>]*)><font>.*?<\/font>/,
    `<fonts$1><font><sz val="11"/><name val="${REPORT_FONT}"/><family val="1"/></font>`,
  );
  files["xl/styles.xml"] = strToU8(fixed);
  return zipSync(files, { level: 1 });
}
