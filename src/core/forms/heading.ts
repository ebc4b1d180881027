import type { CellRange } from "../shared/grid";
import { type Period, periodLabel } from "../shared/period";
import type { ReportCell } from "../shared/layout";

/** What a form's input cells accept: a dropdown list, or (number cells) whole numbers only. */
export type FormValidation = ListValidation | WholeNumberValidation;

/** A dropdown list of a form, in the sheet and in the part every form kind shares. */
export interface ListValidation {
  readonly range: CellRange;
  readonly list: readonly string[];
  /** False: the list is a suggestion and any text is accepted (a status phrase followed by the result). Default true. */
  readonly strict?: boolean;
  /** Hint shown when the cell is selected: title and text. */
  readonly prompt?: { readonly title: string; readonly text: string };
}

/** Counts of records: whole numbers from `min` up, or left empty (nothing reported). */
export interface WholeNumberValidation {
  readonly range: CellRange;
  readonly whole: { readonly min: number };
}

export interface FormHeading {
  readonly rows: ReportCell[][];
  readonly merges: CellRange[];
}

/**
 * The lines above a form's table, each merged across the table: unit and
 * period (which the reader takes back from these captions), the titles, and
 * the template marker last.
 */
export function formHeading(
  unit: string,
  period: Period,
  lines: ReadonlyArray<readonly [text: string, style: ReportCell["style"]]>,
  marker: string,
  width: number,
): FormHeading {
  const rows: ReportCell[][] = [];
  const merges: CellRange[] = [];
  const all: ReadonlyArray<readonly [string, ReportCell["style"]]> = [
    [`Đơn vị: ${unit}`, "subtitle"],
    [`Kỳ báo cáo: ${periodLabel(period)}`, "caption"],
    ...lines,
    [marker, "caption"],
  ];
  for (const [value, style] of all) {
    merges.push({ top: rows.length, left: 0, bottom: rows.length, right: width - 1 });
    rows.push([{ value, style }]);
  }
  return { rows, merges };
}
