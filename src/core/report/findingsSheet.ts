import type { Finding, Severity } from "../shared/findings";
import { AUXILIARY_TITLES } from "../shared/auxiliary";
import type { ReportCell, ReportSheet } from "../shared/layout";

export const FINDINGS_SHEET_NAME = "Kiểm tra";

export const SEVERITY_TEXT: Record<Severity, string> = { error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" };
const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Findings sorted the way the clerk chases them: by file, then errors first, then by position. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      a.file.localeCompare(b.file, "vi") ||
      ORDER[a.severity] - ORDER[b.severity] ||
      (a.sheet ?? "").localeCompare(b.sheet ?? "") ||
      (a.cell ?? "").localeCompare(b.cell ?? "", undefined, { numeric: true }),
  );
}

export function findingsSheet(findings: readonly Finding[], unitOf: (file: string) => string): ReportSheet {
  const head = ["STT", "Đơn vị", "Tệp", "Trang tính", "Ô", "Mã dịch vụ", "Mức độ", "Mã kiểm tra", "Nội dung"];
  const rows: ReportCell[][] = [
    [{ value: AUXILIARY_TITLES.findings, style: "title" }],
    [],
    head.map((value) => ({ value, style: "header" as const })),
  ];
  sortFindings(findings).forEach((f, i) => {
    rows.push([
      { value: i + 1, style: "textCenter" },
      { value: unitOf(f.file), style: "text" },
      { value: f.file, style: "text" },
      { value: f.sheet ?? null, style: "text" },
      { value: f.cell ?? null, style: "textCenter" },
      { value: f.service ?? null, style: "textCenter" },
      { value: SEVERITY_TEXT[f.severity], style: f.severity },
      { value: f.code, style: "text" },
      { value: f.message, style: "text" },
    ]);
  });
  if (findings.length === 0) rows.push([{ value: "Không có phát hiện nào.", style: "text" }]);
  return {
    name: FINDINGS_SHEET_NAME,
    rows,
    merges: [{ top: 0, left: 0, bottom: 0, right: head.length - 1 }],
    widths: [6, 28, 30, 16, 8, 13, 11, 26, 70],
    freezeRows: 3,
    textColumns: [1, 2, 3, 4, 5, 7, 8],
  };
}
