import type { Consolidation } from "../pipeline/consolidate";
import { formatPeriod } from "../shared/period";
import { AUXILIARY_TITLES } from "../shared/auxiliary";
import type { ReportCell, ReportSheet } from "../shared/layout";
import type { UnitRegistry } from "../units/registry";
import { UNIT_STATUS_TEXT, type UnitStatus, deadlineOf, unitStandings } from "../units/status";

const pad = (n: number) => String(n).padStart(2, "0");

export const SUBMISSIONS_SHEET_NAME = "Đơn vị";

/** Who must report, and by which day: what the tracker judges every unit against. */
export interface Tracker {
  readonly registry: UnitRegistry;
  readonly deadlineDay: number;
}

const STATUS_STYLE: Record<UnitStatus, ReportCell["style"]> = { on_time: "status", late: "warning", missing: "error", has_errors: "error" };

/**
 * Every unit of the registry for the period — Đã nộp đúng hạn, Nộp muộn, Chưa nộp, Có lỗi — judged by
 * each file's own date (its modification time, or the date the clerk gave), then units that reported
 * without being in the registry.
 */
function trackerRows(c: Consolidation, tracker: Tracker, startRow: number): { rows: ReportCell[][]; title: number } {
  const period = c.period;
  if (!period) return { rows: [], title: -1 };
  const summed = new Set(c.submissions);
  const receipts = c.received
    .filter((s) => summed.has(s))
    .map((s) => ({
      unitId: s.unit.id,
      unit: s.unit.name,
      file: s.file,
      receivedAt: s.receivedAt ?? "",
      errors: s.findings.filter((f) => f.severity === "error").length + (s.readable ? 0 : 1),
    }));
  const standings = unitStandings(tracker.registry, receipts, period, tracker.deadlineDay);
  const rank: Record<UnitStatus, number> = { missing: 0, has_errors: 1, late: 2, on_time: 3 };
  const sorted = [...standings].sort((a, b) => rank[a.status] - rank[b.status] || a.unit.localeCompare(b.unit, "vi"));
  const count = (s: UnitStatus) => standings.filter((x) => x.status === s).length;
  const deadline = deadlineOf(period, tracker.deadlineDay);
  const day = (d: Date) => `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
  const lateDays = (iso: string) => Math.ceil((Date.parse(iso) - deadline.getTime()) / 86_400_000);
  const head = ["STT", "Đơn vị", "Tệp", "Ngày nhận", "Hạn nộp", "Lỗi", "Muộn (ngày)", "Tình trạng"];
  const rows: ReportCell[][] = [
    [],
    [{ value: `TÌNH HÌNH NỘP BÁO CÁO THÁNG ${period.month}/${period.year} CỦA TỪNG ĐƠN VỊ`, style: "title" }],
    [
      {
        value: `${standings.length} đơn vị: ${count("on_time")} đúng hạn, ${count("late")} nộp muộn, ${count("has_errors")} có lỗi, ${count("missing")} chưa nộp (hạn nộp ${day(deadline)}; ngày nhận là ngày của tệp).`,
        style: "text",
      },
    ],
    head.map((value) => ({ value, style: "header" as const })),
  ];
  sorted.forEach((u, i) => {
    const received = u.receivedAt ? new Date(u.receivedAt) : null;
    rows.push([
      { value: i + 1, style: "textCenter" },
      { value: u.unit, style: "text" },
      { value: u.file ?? null, style: "text" },
      { value: received && !Number.isNaN(received.getTime()) ? day(received) : null, style: "textCenter" },
      { value: day(deadline), style: "textCenter" },
      { value: u.status === "missing" ? null : u.errors, style: "count" },
      { value: u.late && u.receivedAt ? lateDays(u.receivedAt) : null, style: "count" },
      { value: UNIT_STATUS_TEXT[u.status] + (u.status === "has_errors" && u.late ? ", nộp muộn" : ""), style: STATUS_STYLE[u.status] },
    ]);
  });
  return { rows, title: startRow + 1 };
}

/** One line per file received (who, which period, how many problems), then every unit's standing. */
export function submissionsSheet(c: Consolidation, tracker?: Tracker): ReportSheet {
  const head = ["STT", "Đơn vị", "Tệp", "Kỳ báo cáo", "Số dòng dịch vụ", "Lỗi", "Cảnh báo", "Tình trạng"];
  const rows: ReportCell[][] = [
    [{ value: AUXILIARY_TITLES.submissions, style: "title" }],
    [],
    head.map((value) => ({ value, style: "header" as const })),
  ];
  const summed = new Set(c.submissions);
  const sorted = [...c.received].sort((a, b) => a.unit.name.localeCompare(b.unit.name, "vi"));
  sorted.forEach((s, i) => {
    const errors = s.findings.filter((f) => f.severity === "error").length;
    const warnings = s.findings.filter((f) => f.severity === "warning").length;
    const status = !summed.has(s)
      ? "Không tính (trùng)"
      : !s.readable
        ? "Không đọc được"
        : errors > 0
          ? "Có lỗi"
          : warnings > 0
            ? "Có cảnh báo"
            : "Hợp lệ";
    rows.push([
      { value: i + 1, style: "textCenter" },
      { value: s.unit.name, style: "text" },
      { value: s.file, style: "text" },
      { value: s.period ? formatPeriod(s.period) : null, style: "textCenter" },
      { value: s.tables.reduce((n, t) => n + t.rows.length, 0), style: "count" },
      { value: errors, style: "count" },
      { value: warnings, style: "count" },
      { value: status, style: errors > 0 || !s.readable ? "error" : warnings > 0 ? "warning" : "status" },
    ]);
  });
  const standing = tracker ? trackerRows(c, tracker, rows.length) : { rows: [], title: -1 };
  rows.push(...standing.rows);
  return {
    name: SUBMISSIONS_SHEET_NAME,
    rows,
    merges: [
      { top: 0, left: 0, bottom: 0, right: head.length - 1 },
      ...(standing.title >= 0
        ? [
            { top: standing.title, left: 0, bottom: standing.title, right: head.length - 1 },
            { top: standing.title + 1, left: 0, bottom: standing.title + 1, right: head.length - 1 },
          ]
        : []),
    ],
    widths: [6, 32, 34, 12, 12, 8, 10, 16],
    freezeRows: 3,
    textColumns: [1, 2, 3, 4, 7],
  };
}
