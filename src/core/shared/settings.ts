import type { Period } from "./period";

/** What the clerk sets once per report; stored in the workbook by the add-in. */
export interface ReportSettings {
  /** Province name as printed: "Thanh Hóa". */
  readonly province: string;
  /** Report number, printed before "/BC-UBND"; blank leaves room to fill by hand. */
  readonly reportNo?: string;
  /** Report date as printed (dd/mm/yyyy); blank leaves room to fill by hand. */
  readonly reportDate?: string;
  readonly period: Period | null;
  /** Day of the month units must report by (DOMAIN.md §1). */
  readonly deadlineDay?: number;
}

/** Units report by the 10th of the following month ("trước ngày 10 hằng tháng") unless the clerk sets another day. */
export const DEFAULT_DEADLINE_DAY = 10;

/** The deadline day the clerk set, else the default. */
export const deadlineDayOf = (s: Pick<ReportSettings, "deadlineDay">): number => s.deadlineDay ?? DEFAULT_DEADLINE_DAY;

export const defaultSettings: ReportSettings = { province: "Thanh Hóa", period: null, deadlineDay: DEFAULT_DEADLINE_DAY };

/** The report's number suffix: "Số: 12/BC-UBND". */
export const REPORT_CODE = "BC-UBND";

/** "(kèm theo Báo cáo số: 12/BC-UBND ngày 05/10/2024 của Tổ công tác Đề án 06 tỉnh Thanh Hóa)" */
export function attachmentLine(s: ReportSettings): string {
  const no = s.reportNo?.trim() || "       ";
  const date =
    s.reportDate?.trim() ||
    (s.period ? `      /      /${s.period.month === 12 ? s.period.year + 1 : s.period.year}` : "      /      /      ");
  return `(kèm theo Báo cáo số: ${no}/${REPORT_CODE} ngày ${date} của Tổ công tác Đề án 06 tỉnh ${s.province})`;
}
