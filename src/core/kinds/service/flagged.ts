import type { Finding, FindingCode } from "../../shared/findings";
import { type Figures, valueOf } from "../../shared/ratios";
import { type NumberColumn, numberColumns } from "./templates";
import type { ServiceRowRead } from "./types";

/**
 * Which of a unit's numbers may enter the consolidated figures (DOMAIN.md §4):
 * a value with an `error` finding is left out, a broken pair is left out as a
 * pair so that every ratio has the same units above and below the line, and
 * the clerk may accept a flagged value deliberately.
 */

/** One value of one unit left out of the sums, and why. */
export interface LeftOut {
  readonly unitId: string;
  readonly unit: string;
  readonly file: string;
  readonly sheet: string;
  readonly column: NumberColumn;
  /** A1 address of the value, when the column exists in the unit's table. */
  readonly cell: string | null;
  /** The finding that keeps it out (the value's own, or its partner's). */
  readonly code: FindingCode;
  /** The number as read, when it was one. */
  readonly value: number | null;
}

/** Why a value was left out, as the note under the appendix says it. */
export const LEFT_OUT_REASON: Partial<Record<FindingCode, string>> = {
  NOT_A_NUMBER: "không phải là số",
  NEGATIVE: "số âm",
  NOT_INTEGER: "không phải số nguyên",
  FORMULA_ERROR: "lỗi công thức",
  MISSING_VALUE: "ô bỏ trống",
  SUBITEMS_MISMATCH: "khác tổng các dòng con",
  ONLINE_EXCEEDS_TOTAL: "số trực tuyến lớn hơn tổng số hồ sơ",
  PROCESSED_EXCEEDS_ONLINE: "đúng hạn + quá hạn lớn hơn số trực tuyến",
  PERIOD_MISMATCH: "báo cáo của kỳ khác",
  HEADER_COLUMN_MISSING: "bảng thiếu cột",
};

/** Errors about one cell's value. */
const VALUE_CODES: ReadonlySet<FindingCode> = new Set([
  "NOT_A_NUMBER",
  "NEGATIVE",
  "NOT_INTEGER",
  "FORMULA_ERROR",
  "MISSING_VALUE",
  "SUBITEMS_MISMATCH",
]);
/** Errors about a relation between values, and the values each one puts in doubt. */
const RELATION_CODES: Partial<Record<FindingCode, readonly NumberColumn[]>> = {
  ONLINE_EXCEEDS_TOTAL: ["total", "online"],
  PROCESSED_EXCEEDS_ONLINE: ["onTime", "overdue"],
};
/** Errors about the whole file: nothing of it is summed. */
const FILE_CODES: ReadonlySet<FindingCode> = new Set(["PERIOD_MISMATCH"]);

/** The values that enter a ratio together: left out together. */
const PARTNERS: Record<NumberColumn, readonly NumberColumn[]> = {
  total: ["online"],
  // On-time and overdue records are online records: without the online count they have no base.
  online: ["total", "onTime", "overdue"],
  onTime: ["overdue"],
  overdue: ["onTime"],
};

/** Does the file as a whole stay out of the sums (another period)? */
export function fileBlocked(blocking: readonly Finding[]): FindingCode | null {
  return blocking.find((f) => FILE_CODES.has(f.code))?.code ?? null;
}

export interface UsableRow {
  readonly figures: Figures;
  readonly leftOut: readonly LeftOut[];
  /** Accepted findings on this row's values. */
  readonly accepted: readonly Finding[];
  /** The whole file stays out (another period): its texts and statuses too. */
  readonly fileBlocked: boolean;
}

/**
 * The numbers of one unit's row that may be summed. `blocking` are the unit's
 * unaccepted errors, `accepted` those it accepted; `fileCode` set when the
 * whole file stays out.
 */
export function usableRow(
  who: { readonly unitId: string; readonly unit: string; readonly file: string },
  row: ServiceRowRead,
  blocking: readonly Finding[],
  accepted: readonly Finding[],
  fileCode: FindingCode | null,
): UsableRow {
  const out = new Map<NumberColumn, FindingCode>();
  const mine = (f: Finding) => f.service === row.service.id && (f.sheet === undefined || f.sheet === row.sheet);
  if (fileCode) for (const c of numberColumns) out.set(c, fileCode);
  for (const f of blocking) {
    if (!mine(f)) continue;
    if (VALUE_CODES.has(f.code)) {
      const c = numberColumns.find((col) => row.numbers[col].cell !== null && row.numbers[col].cell === f.cell);
      if (c && !out.has(c)) out.set(c, f.code);
    }
    for (const c of RELATION_CODES[f.code] ?? []) if (!out.has(c)) out.set(c, f.code);
  }
  const value = (c: NumberColumn) => valueOf(row.numbers[c].reading);
  // A value that could not be read at all (text, #REF!) leaves its partners without their other half.
  const acceptedCells = new Set(accepted.filter(mine).map((f) => f.cell));
  for (const c of numberColumns) {
    const r = row.numbers[c].reading;
    if (acceptedCells.has(row.numbers[c].cell ?? undefined)) continue;
    if ((r.kind === "invalid" || r.kind === "error") && !out.has(c)) out.set(c, r.kind === "error" ? "FORMULA_ERROR" : "NOT_A_NUMBER");
  }
  // Total and online only ever count together: a table without one of the columns cannot give a ratio.
  const pairOpen = (a: NumberColumn, b: NumberColumn) => !out.has(a) && !out.has(b) && value(a) !== null && value(b) === null;
  if (pairOpen("online", "total") && row.numbers.total.cell === null) out.set("total", "HEADER_COLUMN_MISSING");
  if (pairOpen("total", "online") && row.numbers.online.cell === null) out.set("online", "HEADER_COLUMN_MISSING");
  // Partners follow, transitively (online pulls on-time and overdue, which pull each other).
  let grew = true;
  while (grew) {
    grew = false;
    for (const [c, code] of [...out]) {
      for (const p of PARTNERS[c]) {
        if (!out.has(p)) {
          out.set(p, code);
          grew = true;
        }
      }
    }
  }
  const leftOut: LeftOut[] = [];
  const figures: { -readonly [C in NumberColumn]: number | null } = {
    total: value("total"),
    online: value("online"),
    onTime: value("onTime"),
    overdue: value("overdue"),
  };
  for (const c of numberColumns) {
    const code = out.get(c);
    if (!code) continue;
    const v = value(c);
    const cell = row.numbers[c].cell;
    // Nothing to leave out: an empty cell whose partner alone was flagged.
    if (v === null && row.numbers[c].reading.kind === "empty" && code !== "MISSING_VALUE" && code !== "HEADER_COLUMN_MISSING") {
      figures[c] = null;
      continue;
    }
    leftOut.push({ ...who, sheet: row.sheet, column: c, cell, code, value: v });
    figures[c] = null;
  }
  return { figures, leftOut, accepted: accepted.filter(mine), fileBlocked: fileCode !== null };
}
