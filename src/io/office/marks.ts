import type { Finding, Severity } from "../../core";
import { parseA1 } from "../../core";

/**
 * Marking problem cells of submitted sheets: a fill by severity plus a comment
 * (ExcelApi 1.10) with the messages. What was changed is remembered so one
 * button removes it all and restores the original fill.
 */

/** Fill colours of the report's findings styles (report/layout.ts), as Excel wants them. */
export const MARK_FILL: Record<Severity, string> = { error: "#F8CBAD", warning: "#FFE699", info: "#DDEBF7" };
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface CellMark {
  readonly sheet: string;
  readonly cell: string;
  readonly severity: Severity;
  readonly text: string;
}

export interface AppliedMark {
  readonly sheet: string;
  readonly cell: string;
  /** Fill before marking; null = no fill. */
  readonly fill: string | null;
  readonly comment: boolean;
}

/** One mark per cell: the most severe finding colours it, every message goes in the comment. */
export function marksFor(findings: readonly Finding[], sheets: ReadonlySet<string>): CellMark[] {
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!f.sheet || !f.cell || !sheets.has(f.sheet)) continue;
    const key = `${f.sheet}\u0000${f.cell}`;
    byCell.set(key, [...(byCell.get(key) ?? []), f]);
  }
  return [...byCell.values()].map((fs) => {
    const sorted = [...fs].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
    return {
      sheet: sorted[0].sheet as string,
      cell: sorted[0].cell as string,
      severity: sorted[0].severity,
      text: `BaoCao06: ${sorted.map((f) => f.message).join("\n")}`,
    };
  });
}

function commentsSupported(): boolean {
  return Office.context.requirements.isSetSupported("ExcelApi", "1.10");
}

/** Two syncs whatever the number of cells: read the old fills, then write. */
export async function applyMarks(context: Excel.RequestContext, marks: readonly CellMark[]): Promise<AppliedMark[]> {
  const fills = marks.map((m) => {
    const fill = context.workbook.worksheets.getItem(m.sheet).getRange(m.cell).format.fill;
    fill.load("color");
    return fill;
  });
  await context.sync();
  const withComments = commentsSupported();
  const applied = marks.map((m, i): AppliedMark => {
    const range = context.workbook.worksheets.getItem(m.sheet).getRange(m.cell);
    range.format.fill.color = MARK_FILL[m.severity];
    if (withComments) context.workbook.comments.add(`'${m.sheet.replace(/'/g, "''")}'!${m.cell}`, m.text);
    const old = fills[i].color;
    return { sheet: m.sheet, cell: m.cell, fill: old && old !== "#FFFFFF" ? old : null, comment: withComments };
  });
  await context.sync();
  return applied;
}

/** Undo `applyMarks`; the caller syncs. */
export function queueClearMarks(context: Excel.RequestContext, marks: readonly AppliedMark[]): void {
  for (const m of marks) {
    const ws = context.workbook.worksheets.getItemOrNullObject(m.sheet);
    const range = ws.getRange(m.cell);
    if (m.fill) range.format.fill.color = m.fill;
    else range.format.fill.clear();
    if (m.comment) context.workbook.comments.getItemByCell(`'${m.sheet.replace(/'/g, "''")}'!${m.cell}`).delete();
  }
}

/** Select a finding's cell (activates its sheet). */
export async function selectCell(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  parseA1(cell); // refuse anything that is not an address before Excel sees it
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(cell).select();
  await context.sync();
}
