import type { Period } from "../shared/period";
import type { UnitRegistry } from "./registry";

/** Where a unit stands for the period being compiled (DOMAIN.md §1). */
export type UnitStatus = "on_time" | "late" | "missing" | "has_errors";

export const UNIT_STATUS_TEXT: Record<UnitStatus, string> = {
  on_time: "Đã nộp đúng hạn",
  late: "Nộp muộn",
  missing: "Chưa nộp",
  has_errors: "Có lỗi",
};

/** A submission as received: which unit, when, and how many errors it has. */
export interface Receipt {
  readonly unitId: string;
  readonly unit: string;
  readonly file: string;
  /** ISO date-time the clerk received (imported) the file. */
  readonly receivedAt: string;
  readonly errors: number;
}

export interface UnitStanding {
  readonly unitId: string;
  readonly unit: string;
  readonly status: UnitStatus;
  readonly file?: string;
  readonly receivedAt?: string;
  readonly errors: number;
  /** Also late when the status is has_errors. */
  readonly late: boolean;
}

/**
 * The reporting deadline of a period: units report a month's results before
 * `deadlineDay` of the following month ("trước ngày 10 hằng tháng"), so
 * September's numbers are due by 10 October. The last moment is the end of
 * that day, local time.
 */
export function deadlineOf(period: Period, deadlineDay: number): Date {
  const y = period.month === 12 ? period.year + 1 : period.year;
  const m = period.month === 12 ? 0 : period.month; // JS months are 0-based: this is the next month
  const lastDay = new Date(y, m + 1, 0).getDate();
  return new Date(y, m, Math.min(Math.max(1, Math.round(deadlineDay)), lastDay), 23, 59, 59, 999);
}

/**
 * Status of every registry unit, plus units that reported without being in
 * the registry (communes are recognised by name). Errors win over timeliness;
 * a unit with several files counts its latest one.
 */
export function unitStandings(registry: UnitRegistry, receipts: readonly Receipt[], period: Period, deadlineDay: number): UnitStanding[] {
  const deadline = deadlineOf(period, deadlineDay).getTime();
  const latest = new Map<string, Receipt>();
  for (const r of receipts) {
    const prev = latest.get(r.unitId);
    if (!prev || Date.parse(r.receivedAt) >= Date.parse(prev.receivedAt)) latest.set(r.unitId, r);
  }
  const standing = (unitId: string, unit: string): UnitStanding => {
    const r = latest.get(unitId);
    if (!r) return { unitId, unit, status: "missing", errors: 0, late: false };
    const late = Date.parse(r.receivedAt) > deadline;
    const status: UnitStatus = r.errors > 0 ? "has_errors" : late ? "late" : "on_time";
    return { unitId, unit, status, file: r.file, receivedAt: r.receivedAt, errors: r.errors, late };
  };
  const out = registry.units.map((u) => standing(u.id, u.name));
  const known = new Set(registry.units.map((u) => u.id));
  for (const r of latest.values()) if (!known.has(r.unitId)) out.push(standing(r.unitId, r.unit));
  return out;
}
