import type { Finding } from "../shared/findings";
import type { Acceptance } from "../shared/acceptance";
import type { CellRange, Sheet } from "../shared/grid";
import type { ReportSheet } from "../shared/layout";
import type { Period } from "../shared/period";
import type { ReportSettings } from "../shared/settings";
import type { FindingSink } from "../shared/sink";
import type { UnitDef } from "../units/registry";
import type { FormTemplateId } from "../shared/formMarker";

/**
 * A table kind — an appendix table of DOMAIN.md §2 (service table, task table, model table…) — is
 * one folder under kinds/ exposing one `TableKind`, registered in kinds/registry.ts. The pipeline
 * knows nothing of any kind: it asks each registered kind to find its headers in every sheet,
 * read the rows under them, check them, merge them across units and lay out its appendix sheets.
 */

export interface SubmissionUnit {
  readonly id: string;
  readonly name: string;
  /** False when the name came from the file name alone and matches no registry unit. */
  readonly known: boolean;
}

/** Who sent a submission, for which period, and what the checks found: what every kind's merge needs besides its own tables. */
export interface SubmissionSource {
  readonly file: string;
  readonly unit: SubmissionUnit;
  readonly period: Period | null;
  /** The submission's findings: a value with an error finding stays out of the sums unless accepted. */
  readonly findings: readonly Finding[];
}

export interface ReadContext {
  readonly sink: FindingSink;
  readonly maxRow: number;
  /** Caption lines between the previous table of this kind and this header (title, unit, period). */
  readonly above: readonly string[];
  /** Does another registered kind's table start at this row? A table ends where the next one begins. */
  readonly otherTableAt: (row: number) => boolean;
}

export interface CheckContext {
  readonly sink: FindingSink;
  /** The registry unit the submission was recognised as, if any (what it is expected to report). */
  readonly unit: UnitDef | null;
  /**
   * The form the file was made from, by its marker ("Mẫu: BC06-DVC25 v1"); null for a file of the
   * unit's own making. A unit's forms belong together: each carries only its own template's part of
   * the unit's report, and a form returned with nothing filled in is an error.
   */
  readonly form: { readonly id: FormTemplateId; readonly version: number } | null;
}

export interface MergeContext {
  /** Findings of the merge itself, under the consolidated table's file label. */
  readonly sink: FindingSink;
  /** Flagged values the clerk accepted deliberately: they are summed, and recorded as accepted. */
  readonly accepted: readonly Acceptance[];
  /** The date task deadlines are judged at (ISO). */
  readonly judgedAt: string;
}

export interface LayoutContext {
  readonly settings: ReportSettings;
  /** The date task deadlines were judged at (ISO). */
  readonly judgedAt: string;
}

/** What the pipeline reads from a submission for one kind: its tables, in the kind's slot. */
export type WithTables<Slot extends string, Table> = SubmissionSource & { readonly [S in Slot]: readonly Table[] };

export interface TableKind<Slot extends string, Header extends { readonly range: CellRange }, Table, MergedSlot extends string, Merged> {
  readonly id: string;
  /** Field of a submission holding this kind's tables. */
  readonly slot: Slot;
  /** Field of the consolidation holding this kind's merged result. */
  readonly mergedSlot: MergedSlot;
  /** The first header of this kind in rows [from, maxRow), or null. */
  findHeader(sheet: Sheet, from: number, maxRow: number): Header | null;
  /** The rows under a header; `table` null when there is nothing worth keeping; `end` is the row after the table. */
  read(sheet: Sheet, header: Header, context: ReadContext): { readonly table: Table | null; readonly end: number };
  /** Checks over everything read of this kind in one submission. */
  check(tables: readonly Table[], context: CheckContext): void;
  /** Every unit's tables of this kind merged into one result. */
  merge(submissions: readonly WithTables<Slot, Table>[], context: MergeContext): Merged;
  /** The appendix sheets of the merged result (none when there is nothing to show). */
  layOut(merged: Merged, context: LayoutContext): ReportSheet[];
}

/** What one kind found in one sheet. */
export interface SheetScan<Table> {
  readonly tables: Table[];
  /** Caption lines above its headers, in order. */
  readonly captions: string[];
  /** Row after the last table read; 0 when the sheet holds none of this kind. */
  readonly end: number;
}

/**
 * A kind as the pipeline holds it: the same steps, with the header type closed over and the
 * kind-specific arguments taken as the pipeline has them. The pipeline hands each kind back only
 * what that kind produced, which is what makes the casts below sound.
 */
export interface RegisteredKind<Slot extends string, Table, MergedSlot extends string, Merged> {
  readonly id: string;
  readonly slot: Slot;
  readonly mergedSlot: MergedSlot;
  isHeaderAt(sheet: Sheet, row: number): boolean;
  scan(sheet: Sheet, maxRow: number, context: ScanContext): SheetScan<Table>;
  check(tables: readonly unknown[], context: CheckContext): void;
  merge(submissions: readonly SubmissionSource[], context: MergeContext): Merged;
  layOut(merged: unknown, context: LayoutContext): ReportSheet[];
}

export interface ScanContext {
  readonly sink: FindingSink;
  readonly captionLines: (sheet: Sheet, from: number, to: number) => string[];
  readonly otherTableAt: (row: number) => boolean;
}

export function registerKind<Slot extends string, Header extends { readonly range: CellRange }, Table, MergedSlot extends string, Merged>(
  kind: TableKind<Slot, Header, Table, MergedSlot, Merged>,
): RegisteredKind<Slot, Table, MergedSlot, Merged> {
  return {
    id: kind.id,
    slot: kind.slot,
    mergedSlot: kind.mergedSlot,
    isHeaderAt: (sheet, row) => kind.findHeader(sheet, row, row + 1)?.range.top === row,
    scan(sheet, maxRow, { sink, captionLines, otherTableAt }) {
      const tables: Table[] = [];
      const captions: string[] = [];
      let from = 0;
      for (;;) {
        const header = kind.findHeader(sheet, from, maxRow);
        if (!header) break;
        const above = captionLines(sheet, from, header.range.top);
        captions.push(...above);
        const { table, end } = kind.read(sheet, header, { sink, maxRow, above, otherTableAt });
        if (table) tables.push(table);
        from = Math.max(end, header.range.bottom + 1);
      }
      return { tables, captions, end: from };
    },
    check: (tables, context) => kind.check(tables as readonly Table[], context),
    merge: (submissions, context) => kind.merge(submissions as readonly WithTables<Slot, Table>[], context),
    layOut: (merged, context) => kind.layOut(merged as Merged, context),
  };
}
