import { type CatalogueId, type ServiceDef, serviceById } from "../catalogue";
import type { Finding, FindingCode } from "../shared/findings";
import type { Sheet, WorkbookGrid } from "../shared/grid";
import { type Period, formatPeriod, samePeriod } from "../shared/period";
import { type UnitRegistry, defaultRegistry } from "../units/registry";
import { checkMissingServices, checkServiceTable } from "../kinds/service/checks";
import { slugify } from "../shared/normalize";
import { readText } from "../shared/values";
import { findPeriod, findUnitIn } from "./caption";
import { findServiceHeader } from "../kinds/service/header";
import { readServiceTable } from "../kinds/service/table";
import { FindingSink } from "../shared/sink";
import { classifyHeader, columnLabels } from "../kinds/service/templates";
import type { ServiceTable } from "../kinds/service/types";
import { isAuxiliaryTitle } from "../shared/auxiliary";
import { parseFormMarker } from "../forms/form";
import { findTaskHeader, readTaskTable } from "../kinds/task/table";
import type { TaskTable } from "../kinds/task/types";
import { findModelHeader, readModelTable } from "../kinds/model/table";
import type { ModelTable } from "../kinds/model/types";

export interface SubmissionUnit {
  readonly id: string;
  readonly name: string;
  /** False when the name came from the file name alone and matches no registry unit. */
  readonly known: boolean;
}

/** One unit's workbook, read and checked. */
export interface Submission {
  readonly file: string;
  readonly unit: SubmissionUnit;
  readonly period: Period | null;
  /** False when the file could not be opened at all (see `error`). */
  readonly readable: boolean;
  readonly error?: string;
  readonly tables: readonly ServiceTable[];
  /** Task tracking tables (nhiệm vụ), DOMAIN.md §2.2. */
  readonly taskTables: readonly TaskTable[];
  /** Template id and version when the file is a form the engine made ("Mẫu: BC06-DVC25 v1"). */
  readonly form?: { readonly id: string; readonly version: number };
  /** Model tables (mô hình), DOMAIN.md §2.3. */
  readonly modelTables: readonly ModelTable[];
  readonly findings: readonly Finding[];
}

export interface ReadOptions {
  readonly registry?: UnitRegistry;
  /** The period being compiled; a different period in the file is a finding. */
  readonly period?: Period | null;
  /** Rows scanned per sheet at most; the rest is ignored (hostile or huge sheets). */
  readonly maxRows?: number;
}

export const DEFAULT_MAX_ROWS = 5000;

function captionLines(sheet: Sheet, from: number, to: number): string[] {
  const lines: string[] = [];
  for (let r = from; r < to; r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    for (const c of row) {
      const t = readText(c).trim();
      if (t)
        lines.push(
          ...t
            .split(/\n/)
            .map((s) => s.trim())
            .filter(Boolean),
        );
    }
  }
  return lines;
}

function catalogueHint(lines: readonly string[]): CatalogueId | null {
  const text = lines.join(" ");
  if (/422\s*\/\s*QĐ/iu.test(text)) return "dvc422";
  if (/06\s*\/\s*QĐ|25 dịch vụ/iu.test(text)) return "dvc25";
  return null;
}

function rowStartsHeader(sheet: Sheet, r: number): boolean {
  const row = sheet.rows[r];
  if (!row || !row.some((c) => c && typeof c.value === "string" && classifyHeader(c.value) === "service")) return false;
  return findServiceHeader(sheet, r, r + 1)?.range.top === r;
}

/** Read every service table of a workbook, then check what was read. */
export function readSubmission(grid: WorkbookGrid, options: ReadOptions = {}): Submission {
  const registry = options.registry ?? defaultRegistry;
  const sink = new FindingSink(grid.fileName);
  const tables: ServiceTable[] = [];
  const taskTables: TaskTable[] = [];
  const modelTables: ModelTable[] = [];
  const captions: string[] = [];
  // Lines of sheets without a table (a cover sheet naming the unit), used only when no table has captions.
  const looseLines: string[] = [];
  for (const sheet of grid.sheets) {
    if (isAuxiliaryTitle(captionLines(sheet, 0, 1)[0] ?? "")) continue;
    const maxRow = Math.min(sheet.rows.length, options.maxRows ?? DEFAULT_MAX_ROWS);
    let from = 0;
    for (;;) {
      const header = findServiceHeader(sheet, from, maxRow);
      if (!header) break;
      const above = captionLines(sheet, from, header.range.top);
      captions.push(...above);
      for (const column of header.missing) {
        sink.add("HEADER_COLUMN_MISSING", { column: columnLabels[column] }, { sheet: sheet.name });
      }
      const { table, end } = readServiceTable(sheet, header, maxRow, catalogueHint(above), sink, (r) => rowStartsHeader(sheet, r));
      if (table.rows.length > 0 || header.missing.length === 0) tables.push(table);
      from = Math.max(end, header.range.bottom + 1);
    }
    const serviceRows = from;
    from = 0;
    for (;;) {
      const header = findTaskHeader(sheet, from, maxRow);
      if (!header) break;
      captions.push(...captionLines(sheet, from, header.range.top));
      const { table, end } = readTaskTable(sheet, header, maxRow, sink);
      if (table.rows.length > 0) taskTables.push(table);
      from = Math.max(end, header.range.bottom + 1);
    }
    const taskRows = from;
    from = 0;
    for (;;) {
      const header = findModelHeader(sheet, from, maxRow);
      if (!header) break;
      captions.push(...captionLines(sheet, from, header.range.top));
      const { table, end } = readModelTable(sheet, header, maxRow, sink);
      if (table.rows.length > 0) modelTables.push(table);
      from = Math.max(end, header.range.bottom + 1);
    }
    if (serviceRows === 0 && taskRows === 0 && from === 0) looseLines.push(...captionLines(sheet, 0, Math.min(maxRow, 12)));
  }

  const anyTable = tables.length + taskTables.length + modelTables.length > 0;
  if (!anyTable) captions.push(...looseLines);
  const unitFound = findUnitIn(registry, captions, grid.fileName);
  const stem = grid.fileName.replace(/\.[^.]+$/, "");
  const unit: SubmissionUnit = unitFound
    ? { id: unitFound.match?.unit.id ?? slugify(unitFound.name), name: unitFound.name, known: unitFound.match !== null }
    : { id: slugify(stem), name: stem, known: false };
  if (!unitFound) sink.add("UNIT_UNKNOWN", { name: stem });

  const period = findPeriod(captions.join("\n")) ?? findPeriod(grid.fileName);
  if (!period) sink.add("PERIOD_UNKNOWN");
  else if (options.period && !samePeriod(period, options.period)) {
    sink.add("PERIOD_MISMATCH", { found: formatPeriod(period), expected: formatPeriod(options.period) });
  }

  if (!anyTable) sink.add("TEMPLATE_NOT_RECOGNIZED");
  for (const t of tables) checkServiceTable(t, sink);
  const expected = unitFound?.match?.unit.services.map(serviceById).filter((s): s is ServiceDef => !!s) ?? [];
  if (tables.length > 0 && expected.length > 0) checkMissingServices(expected, tables, sink);

  const marker = captions.map(parseFormMarker).find((m) => m !== null) ?? null;
  return {
    file: grid.fileName,
    unit,
    period,
    readable: true,
    tables,
    taskTables,
    modelTables,
    ...(marker ? { form: marker } : {}),
    findings: sink.findings,
  };
}

/** A file the adapters could not open: one finding, nothing to merge. */
export function unreadableSubmission(
  file: string,
  code: Extract<FindingCode, "FILE_UNREADABLE" | "FILE_TOO_LARGE">,
  reason: string,
): Submission {
  const sink = new FindingSink(file);
  sink.add(code, { reason });
  const stem = file.replace(/\.[^.]+$/, "");
  return {
    file,
    unit: { id: slugify(stem), name: stem, known: false },
    period: null,
    readable: false,
    error: sink.findings[0].message,
    tables: [],
    taskTables: [],
    modelTables: [],
    findings: sink.findings,
  };
}
