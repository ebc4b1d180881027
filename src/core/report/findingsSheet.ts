import { serviceById } from "../catalogue";
import type { Finding, Severity } from "../shared/findings";
import { AUXILIARY_TITLES } from "../shared/auxiliary";
import type { ReportCell, ReportSheet } from "../shared/layout";
import { NO_LINKS, type WorkbookLinks, listFilter } from "./links";

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

/** Captions of the findings list, in column order. */
export const FINDINGS_COLUMNS = [
  "STT",
  "Đơn vị",
  "Tệp",
  "Trang tính",
  "Ô",
  "Mã dịch vụ",
  "Dịch vụ",
  "Mức độ",
  "Mã kiểm tra",
  "Nội dung",
] as const;

/**
 * The findings as a list the clerk works from: filter buttons on the captions, the service's
 * name beside its id, the id a link to the service's row in the appendix, and the cell a link
 * to the unit's cell when the unit's sheet is in this workbook (otherwise file, sheet and cell
 * are text: a link into a file the workbook does not hold would be broken).
 */
export function findingsSheet(
  findings: readonly Finding[],
  unitOf: (file: string) => string,
  links: WorkbookLinks = NO_LINKS,
): ReportSheet {
  const head = FINDINGS_COLUMNS;
  const rows: ReportCell[][] = [
    [{ value: AUXILIARY_TITLES.findings, style: "title" }],
    [],
    head.map((value) => ({ value, style: "header" as const })),
  ];
  const headerRow = rows.length - 1;
  sortFindings(findings).forEach((f, i) => {
    const plain = (value: string | undefined): ReportCell => ({ value: value ?? null, style: "textCenter" });
    const cell = (f.cell && links.unitCell(f.file, f.sheet, f.cell)) || plain(f.cell);
    const service = (f.service && links.service(f.service, f.service)) || plain(f.service);
    rows.push([
      { value: i + 1, style: "textCenter" },
      { value: unitOf(f.file), style: "text" },
      { value: f.file, style: "text" },
      { value: f.sheet ?? null, style: "text" },
      cell,
      service,
      { value: f.service ? (serviceById(f.service)?.name ?? null) : null, style: "text" },
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
    widths: [6, 20, 22, 8, 7, 10, 24, 9, 30, 50],
    freezeRows: headerRow + 1,
    textColumns: [1, 2, 3, 4, 5, 6, 8, 9],
    autoFilter: listFilter(headerRow, rows.length - 1, head.length),
  };
}
