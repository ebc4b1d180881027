import type { Consolidation } from "../pipeline/consolidate";
import { formatPeriod } from "../shared/period";
import { AUXILIARY_TITLES } from "../shared/auxiliary";
import type { ReportCell, ReportSheet } from "../shared/layout";

export const SUBMISSIONS_SHEET_NAME = "Đơn vị";

/** One line per file received: who, which period, how many problems. */
export function submissionsSheet(c: Consolidation): ReportSheet {
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
  return {
    name: SUBMISSIONS_SHEET_NAME,
    rows,
    merges: [{ top: 0, left: 0, bottom: 0, right: head.length - 1 }],
    widths: [6, 32, 34, 12, 12, 8, 10, 16],
    freezeRows: 3,
    textColumns: [1, 2, 3, 7],
  };
}
