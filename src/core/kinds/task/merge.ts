import { distance } from "fastest-levenshtein";
import type { Period } from "../../shared/period";
import type { WithTables } from "../kind";
import { foldKey } from "../../shared/normalize";
import { type IsoDate, isoDate } from "./deadline";
import { type OnTimeStatus, type TaskStatus, ON_TIME_STATUSES, onTimeStatus } from "./status";
import type { MergedTask, TaskRowRead, TaskTable, TaskUnitResult } from "./types";

/** The date tasks are judged at when none is given: the 15th of the period's month, else today. */
export function defaultJudgementDate(period: Period | null, today: Date = new Date()): IsoDate {
  if (period) return isoDate(period.year, period.month, 15);
  return isoDate(today.getFullYear(), today.getMonth() + 1, today.getDate());
}

/** "2024-09-15" → true for a real calendar date. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** Two task texts say the same task: equal, one a shortened form of the other, or a few typos apart. */
export function sameTaskText(a: string, b: string): boolean {
  const x = foldKey(a);
  const y = foldKey(b);
  if (x === y) return true;
  const n = Math.min(x.length, y.length, 120);
  if (n < 12) return false;
  const px = x.slice(0, n);
  const py = y.slice(0, n);
  return px === py || distance(px, py) <= Math.floor(n * 0.15);
}

/**
 * Stricter than sameTaskText, for rows whose numbers differ: the whole texts
 * must agree (one a shortened form of the other, or a few typos apart), not
 * just their openings — plan tasks II.22 and II.24 share their first hundred
 * characters and are still two tasks.
 */
function sameWholeTaskText(a: string, b: string): boolean {
  const x = foldKey(a);
  const y = foldKey(b);
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length >= 12 && long.startsWith(short)) return true;
  return distance(x, y) <= Math.floor(long.length * 0.15);
}

interface Building {
  readonly first: TaskRowRead;
  readonly units: TaskUnitResult[];
  /** Files already in this task: two rows of one file are never one task. */
  readonly files: Set<string>;
  deadlineRow: TaskRowRead;
}

/** Combined status of several units' reports: done only when every unit that says something says done. */
export function combinedStatus(statuses: ReadonlyArray<TaskStatus | null>): TaskStatus | null {
  const known = statuses.filter((s): s is TaskStatus => s !== null);
  if (known.length === 0) return null;
  if (known.every((s) => s === "done")) return "done";
  if (known.some((s) => s === "in_progress" || s === "done")) return "in_progress";
  return "not_done";
}

/**
 * Merge the task tables of several submissions: the same task (same group,
 * same number and a matching text, or the same whole text under another
 * number) becomes one row keeping each unit's result text; two rows of one
 * file never merge. Order: first appearance.
 */
export function mergeTasks(submissions: readonly WithTables<"taskTables", TaskTable>[], judgedAt: IsoDate): MergedTask[] {
  const merged: Building[] = [];
  for (const s of submissions) {
    for (const t of s.taskTables) {
      for (const row of t.rows) {
        const candidates = merged.filter((m) => m.first.group.key === row.group.key && !m.files.has(s.file));
        // Same number first (units renumber rarely), then the same whole text under another number.
        const hit =
          candidates.find((m) => m.first.no === row.no && foldKey(m.first.task) === foldKey(row.task)) ??
          candidates.find((m) => m.first.no === row.no && sameTaskText(m.first.task, row.task)) ??
          candidates.find((m) => sameWholeTaskText(m.first.task, row.task));
        const unit: TaskUnitResult = {
          unitId: s.unit.id,
          unit: s.unit.name,
          file: s.file,
          sheet: row.sheet,
          cell: row.cells.result ?? null,
          result: row.result,
          status: row.status,
        };
        if (hit) {
          hit.units.push(unit);
          hit.files.add(s.file);
          if (hit.deadlineRow.deadline.kind === "empty" && row.deadline.kind !== "empty") hit.deadlineRow = row;
        } else merged.push({ first: row, units: [unit], files: new Set([s.file]), deadlineRow: row });
      }
    }
  }
  return merged.map(({ first, units, deadlineRow }) => {
    const status = combinedStatus(units.filter((u) => u.result).map((u) => u.status));
    return {
      group: first.group,
      no: first.no,
      task: first.task,
      document: first.document,
      lead: first.lead,
      partners: first.partners,
      deadline: deadlineRow.deadline,
      status,
      onTimeStatus: onTimeStatus(status, deadlineRow.deadline, judgedAt),
      units,
    };
  });
}

/** How many tasks stand in each on-time status. */
export function countByOnTime(tasks: readonly MergedTask[]): Record<OnTimeStatus, number> {
  const counts = Object.fromEntries(ON_TIME_STATUSES.map((s) => [s, 0])) as Record<OnTimeStatus, number>;
  for (const t of tasks) counts[t.onTimeStatus]++;
  return counts;
}
