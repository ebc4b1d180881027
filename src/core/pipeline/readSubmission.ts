import type { FindingCode } from "../shared/findings";
import type { Finding } from "../shared/findings";
import type { Sheet, WorkbookGrid } from "../shared/grid";
import { type Period, formatPeriod, samePeriod } from "../shared/period";
import { type UnitRegistry, defaultRegistry } from "../units/registry";
import { slugify } from "../shared/normalize";
import { readText } from "../shared/values";
import { findPeriodIn, findUnitIn } from "./caption";
import { FindingSink } from "../shared/sink";
import { isAuxiliaryTitle } from "../shared/auxiliary";
import { parseFormMarker } from "../shared/formMarker";
import type { SubmissionSource } from "../kinds/kind";
import { type KindTables, tableKinds } from "../kinds/registry";

export type { SubmissionUnit } from "../kinds/kind";

/** One unit's workbook, read and checked. */
export interface Submission extends SubmissionSource, KindTables {
  /** False when the file could not be opened at all (see `error`). */
  readonly readable: boolean;
  readonly error?: string;
  /** Template id and version when the file is a form the engine made ("Mẫu: BC06-DVC25 v1"). */
  readonly form?: { readonly id: string; readonly version: number };
  readonly findings: readonly Finding[];
  /**
   * The file's own date (ISO date-time: its modification time on disk, `File.lastModified` in a
   * browser), set by the adapter that read it: of two reports of one unit, the newer is summed.
   */
  readonly receivedAt?: string;
  /** SHA-256 of the file's bytes (hex), set by the adapter: the same file given twice counts once. */
  readonly contentHash?: string;
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

/** Empty tables of every kind, for a file with nothing read. */
function noTables(): KindTables {
  return Object.fromEntries(tableKinds.map((k) => [k.slot, []])) as unknown as KindTables;
}

/** Read every table of every registered kind in a workbook, then check what was read. */
export function readSubmission(grid: WorkbookGrid, options: ReadOptions = {}): Submission {
  const registry = options.registry ?? defaultRegistry;
  const sink = new FindingSink(grid.fileName);
  const read = new Map<string, unknown[]>(tableKinds.map((k) => [k.id, []]));
  const captions: string[] = [];
  // Lines of sheets without a table (a cover sheet naming the unit), used only when no table has captions.
  const looseLines: string[] = [];
  for (const sheet of grid.sheets) {
    if (isAuxiliaryTitle(captionLines(sheet, 0, 1)[0] ?? "")) continue;
    const maxRow = Math.min(sheet.rows.length, options.maxRows ?? DEFAULT_MAX_ROWS);
    let anyRows = false;
    for (const kind of tableKinds) {
      const others = tableKinds.filter((k) => k !== kind);
      const otherTableAt = (r: number) => others.some((k) => k.isHeaderAt(sheet, r));
      const scan = kind.scan(sheet, maxRow, { sink, captionLines, otherTableAt });
      captions.push(...scan.captions);
      read.get(kind.id)!.push(...scan.tables);
      if (scan.end > 0) anyRows = true;
    }
    if (!anyRows) looseLines.push(...captionLines(sheet, 0, Math.min(maxRow, 12)));
  }

  const anyTable = [...read.values()].some((t) => t.length > 0);
  if (!anyTable) captions.push(...looseLines);
  const unitFound = findUnitIn(registry, captions, grid.fileName);
  const stem = grid.fileName.replace(/\.[^.]+$/, "");
  const unit: Submission["unit"] = unitFound
    ? { id: unitFound.match?.unit.id ?? slugify(unitFound.name), name: unitFound.name, known: unitFound.match !== null }
    : { id: slugify(stem), name: stem, known: false };
  if (!unitFound) sink.add("UNIT_UNKNOWN", { name: stem });

  // The title or caption, then the sheet name, then the file name; never the signing date.
  const sheetNames = grid.sheets.filter((s) => !isAuxiliaryTitle(captionLines(s, 0, 1)[0] ?? "")).map((s) => s.name);
  const period = findPeriodIn(captions, sheetNames, grid.fileName);
  if (!period) sink.add("PERIOD_UNKNOWN");
  else if (options.period && !samePeriod(period, options.period)) {
    sink.add("PERIOD_MISMATCH", { found: formatPeriod(period), expected: formatPeriod(options.period) });
  }

  if (!anyTable) sink.add("TEMPLATE_NOT_RECOGNIZED");
  const marker = captions.map(parseFormMarker).find((m) => m !== null) ?? null;
  for (const kind of tableKinds) kind.check(read.get(kind.id)!, { sink, unit: unitFound?.match?.unit ?? null, form: marker });

  const tables = Object.fromEntries(tableKinds.map((k) => [k.slot, read.get(k.id)!])) as unknown as KindTables;
  return {
    file: grid.fileName,
    unit,
    period,
    readable: true,
    ...tables,
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
    ...noTables(),
    findings: sink.findings,
  };
}
