import { type Period, type Submission, type UnitRegistry, unitStandings } from "../../core";
import type { Received } from "./types";

/** Red, amber or green: what the clerk must know about one received file first. */
export type FileStatus = "unreadable" | "errors" | "warnings" | "ok";

export const FILE_STATUS_ORDER: readonly FileStatus[] = ["unreadable", "errors", "warnings", "ok"];

export function fileStatus(s: Submission): FileStatus {
  if (!s.readable) return "unreadable";
  if (s.findings.some((f) => f.severity === "error")) return "errors";
  if (s.findings.some((f) => f.severity === "warning")) return "warnings";
  return "ok";
}

export interface ReceivedTotals {
  readonly files: number;
  /** Readable, no error (warnings allowed). */
  readonly valid: number;
  readonly withErrors: number;
  readonly unreadable: number;
  /** Units of the registry with nothing received for the period; null without a period. */
  readonly missing: number | null;
}

/** The total line: "34 đơn vị: 29 hợp lệ, 4 có lỗi, 1 không đọc được; còn thiếu 12". */
export function receivedTotals(
  received: readonly Received[],
  registry: UnitRegistry,
  period: Period | null | undefined,
  deadlineDay: number,
): ReceivedTotals {
  const statuses = received.map((r) => fileStatus(r.submission));
  const missing = period
    ? unitStandings(
        registry,
        received.map((r) => r.receipt),
        period,
        deadlineDay,
      ).filter((s) => s.status === "missing").length
    : null;
  return {
    files: received.length,
    valid: statuses.filter((s) => s === "ok" || s === "warnings").length,
    withErrors: statuses.filter((s) => s === "errors").length,
    unreadable: statuses.filter((s) => s === "unreadable").length,
    missing,
  };
}

/** The clerk's date for a file (yyyy-mm-dd) as a moment: midday, local time, so the day never shifts. */
export const receivedMoment = (day: string): string => new Date(`${day}T12:00:00`).toISOString();

/** Received files with the arrival dates the clerk gave applied to the receipt and the submission alike. */
export function withReceivedDates(received: readonly Received[], dates: Readonly<Record<string, string>> | undefined): Received[] {
  if (!dates || Object.keys(dates).length === 0) return [...received];
  return received.map((r) => {
    const day = dates[r.receipt.file];
    if (!day) return r;
    const at = receivedMoment(day);
    return { ...r, receipt: { ...r.receipt, receivedAt: at }, submission: { ...r.submission, receivedAt: at } };
  });
}

/** Worst first, then by unit name: what needs the clerk comes to the top. */
export function sortReceived(received: readonly Received[]): Received[] {
  const rank = (r: Received) => FILE_STATUS_ORDER.indexOf(fileStatus(r.submission));
  return [...received].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      a.submission.unit.name.localeCompare(b.submission.unit.name, "vi") ||
      a.receipt.file.localeCompare(b.receipt.file),
  );
}
