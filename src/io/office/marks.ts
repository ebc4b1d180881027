import type { Finding, Severity } from "../../core";
import { parseA1 } from "../../core";
import { quotedSheet, splitSheetAddress } from "./addresses";
import { SETTING_KEYS } from "./settings";
import { sameSheetName } from "./sheetNames";

/**
 * Marking problem cells of submitted sheets: a fill by severity plus a comment (ExcelApi 1.10)
 * with the messages. What was changed is remembered in the workbook so that one button removes
 * it and restores the original fill. Marks never wedge: a mark whose sheet was re-imported,
 * whose comment was deleted by hand, or that a newer Excel made, is dropped or kept for later,
 * never an error.
 */

/** Fill colours of the report's findings styles (report/layout.ts), as Excel wants them. */
export const MARK_FILL: Record<Severity, string> = { error: "#F8CBAD", warning: "#FFE699", info: "#DDEBF7" };
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
/** Every comment the add-in writes starts with this; comments without it are the clerk's. */
export const COMMENT_PREFIX = "BaoCao06: ";

export interface CellMark {
  readonly sheet: string;
  readonly cell: string;
  readonly severity: Severity;
  readonly text: string;
}

export interface AppliedMark {
  readonly sheet: string;
  /** Worksheet id when marked: a re-imported sheet of the same name is another sheet. */
  readonly sheetId?: string;
  readonly cell: string;
  /** Fill before marking; null = no fill. */
  readonly fill: string | null;
  readonly comment: boolean;
  /** False once the fill was restored but the comment is left for an Excel that can delete it. */
  readonly filled?: boolean;
}

export interface MarkUpdate {
  readonly applied: readonly AppliedMark[];
  readonly cleared: number;
  /** Comments of cleared marks this Excel cannot delete (no ExcelApi 1.10); kept for a newer Excel. */
  readonly commentsLeft: number;
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
      text: `${COMMENT_PREFIX}${sorted.map((f) => f.message).join("\n")}`,
    };
  });
}

function storedMarks(v: unknown): AppliedMark[] {
  if (!Array.isArray(v)) return [];
  return v.filter(
    (m): m is AppliedMark =>
      !!m && typeof m === "object" && typeof (m as AppliedMark).sheet === "string" && typeof (m as AppliedMark).cell === "string",
  );
}

const sameCell = (a: string, b: string) => a.replace(/\$/g, "").toUpperCase() === b.replace(/\$/g, "").toUpperCase();

/**
 * Remove the stored marks `clear` selects and apply `marks`, in three syncs whatever the number
 * of cells: (1) stored marks, sheets and comments; (2) the old fills and where comments sit;
 * (3) every write, and the new list of marks.
 */
export async function updateMarks(
  context: Excel.RequestContext,
  options: { readonly clear: (m: AppliedMark) => boolean; readonly marks: readonly CellMark[] },
): Promise<MarkUpdate> {
  const withComments = Office.context.requirements.isSetSupported("ExcelApi", "1.10");
  const setting = context.workbook.settings.getItemOrNullObject(SETTING_KEYS.marks);
  setting.load("value");
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/id");
  const comments = withComments ? context.workbook.comments : null;
  comments?.load("items/id,items/content");
  await context.sync();

  let raw: unknown = null;
  try {
    raw = setting.isNullObject ? null : typeof setting.value === "string" ? JSON.parse(setting.value) : setting.value;
  } catch {
    raw = null;
  }
  const stored = storedMarks(raw);
  const live = sheets.items.map((ws) => ({ name: ws.name, id: ws.id }));
  // A stored mark belongs to the sheet it was made on (by id); older marks have only the name.
  const sheetOf = (m: { sheet: string; sheetId?: string }) =>
    live.find((s) => (m.sheetId ? s.id === m.sheetId : sameSheetName(s.name, m.sheet)));
  const toClear = stored.filter(options.clear);
  const remain = stored.filter((m) => !options.clear(m));
  const marks = options.marks.filter((m) => live.some((s) => sameSheetName(s.name, m.sheet)));

  // (2) fills before marking, and the location of every comment (ours and the clerk's).
  const fills = marks.map((m) => {
    const fill = sheets.getItem(m.sheet).getRange(m.cell).format.fill;
    fill.load("color");
    return fill;
  });
  const located = (comments?.items ?? []).map((c) => {
    const where = c.getLocation();
    where.load("address");
    return { comment: c, where };
  });
  await context.sync();

  const at = located.map(({ comment, where }) => {
    const { sheet, ref } = splitSheetAddress(where.address);
    return { comment, sheet: sheet ?? "", cell: ref, ours: comment.content.startsWith(COMMENT_PREFIX.trim()) };
  });
  const scope = new Set([...toClear.map((m) => m.sheet), ...marks.map((m) => m.sheet)].map((s) => s.toLocaleLowerCase("vi")));
  const inScope = (sheet: string) => scope.has(sheet.toLocaleLowerCase("vi"));

  // (3) restore, delete our comments, mark, store.
  let cleared = 0;
  const leftovers: AppliedMark[] = [];
  for (const m of toClear) {
    const ws = sheetOf(m);
    if (ws && m.filled !== false) {
      const fill = sheets.getItem(ws.name).getRange(m.cell).format.fill;
      if (m.fill) fill.color = m.fill;
      else fill.clear();
    }
    cleared++;
    if (m.comment && !withComments && ws) leftovers.push({ ...m, filled: false });
  }
  for (const c of at) if (c.ours && inScope(c.sheet)) c.comment.delete();
  const applied = marks.map((m, i): AppliedMark => {
    const ws = live.find((s) => sameSheetName(s.name, m.sheet)) as { name: string; id: string };
    const previous = toClear.find((o) => sameSheetName(o.sheet, m.sheet) && sameCell(o.cell, m.cell) && o.filled !== false);
    const old = previous ? previous.fill : fills[i].color;
    sheets.getItem(m.sheet).getRange(m.cell).format.fill.color = MARK_FILL[m.severity];
    const clerksComment = at.some((c) => !c.ours && sameSheetName(c.sheet, m.sheet) && sameCell(c.cell, m.cell));
    const comment = withComments && !clerksComment;
    if (comment) context.workbook.comments.add(`${quotedSheet(m.sheet)}!${m.cell}`, m.text);
    return { sheet: m.sheet, sheetId: ws.id, cell: m.cell, fill: old && old.toUpperCase() !== "#FFFFFF" ? old : null, comment };
  });
  context.workbook.settings.add(SETTING_KEYS.marks, JSON.stringify([...remain, ...leftovers, ...applied]));
  await context.sync();
  return { applied, cleared, commentsLeft: leftovers.length };
}

/** Select a finding's cell (activates its sheet). */
export async function selectCell(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  parseA1(cell); // refuse anything that is not an address before Excel sees it
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(cell).select();
  await context.sync();
}
