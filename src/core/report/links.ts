import type { ReportCell, ReportSheet } from "../shared/layout";
import { linkCell } from "../shared/layout";

/** A unit's sheet that the consolidated workbook holds (the add-in copies the units' sheets in). */
export interface SheetInWorkbook {
  /** The file the sheet came from, as findings and provenance name it. */
  readonly file: string;
  /** The sheet's name in this workbook, which is also the name findings and provenance give it. */
  readonly sheet: string;
}

/**
 * Where the lists of the workbook (Kiểm tra, Nguồn số liệu) may link to: the appendix row of a
 * service, and the cells of the units' sheets that are in this workbook. A unit's file that is
 * not in the workbook gets no link: its file, sheet and cell stay as text.
 */
export interface WorkbookLinks {
  /** A link to the service's row in its appendix, showing `display`; null when no appendix holds the service. */
  service(id: string, display: string): ReportCell | null;
  /** A link to a unit's cell, when its sheet is in this workbook; null otherwise. */
  unitCell(file: string, sheet: string | undefined, cell: string): ReportCell | null;
}

export const NO_LINKS: WorkbookLinks = { service: () => null, unitCell: () => null };

/** Links into the given sheets (their `anchors`: a service id → its row) and the units' sheets held. */
export function workbookLinks(sheets: readonly ReportSheet[], held: readonly SheetInWorkbook[] = []): WorkbookLinks {
  const rows = new Map<string, { sheet: string; cell: string }>();
  for (const s of sheets) {
    // The service name's column: the row is recognised at a glance.
    for (const [key, row] of Object.entries(s.anchors ?? {})) if (!rows.has(key)) rows.set(key, { sheet: s.name, cell: `B${row + 1}` });
  }
  return {
    service(id, display) {
      const at = rows.get(id);
      return at ? linkCell(at.sheet, at.cell, display) : null;
    },
    unitCell(file, sheet, cell) {
      if (!sheet || !held.some((h) => h.file === file && h.sheet === sheet)) return null;
      return linkCell(sheet, cell, cell);
    },
  };
}

/** The filter range of a list: its header row and the rows below it, all its columns. */
export function listFilter(headerRow: number, lastRow: number, columns: number): NonNullable<ReportSheet["autoFilter"]> {
  return { top: headerRow, left: 0, bottom: Math.max(headerRow, lastRow), right: columns - 1 };
}
