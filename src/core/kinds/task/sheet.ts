import { formatDate } from "../../shared/format";
import type { CellRange } from "../../shared/grid";
import { periodLabel } from "../../shared/period";
import { countByOnTime } from "./merge";
import { ON_TIME_STATUSES, ON_TIME_TEXT, type OnTimeStatus } from "./status";
import type { MergedTask } from "./types";
import { APPENDIX_LABEL, type ReportCell, type ReportSheet, type StyleName } from "../../shared/layout";
import { type ReportSettings, attachmentLine } from "../../shared/settings";

export const TASK_SHEET_NAME = "PL Nhiệm vụ";

export const ON_TIME_STYLE: Record<OnTimeStatus, StyleName> = {
  done: "taskDone",
  in_progress: "taskInProgress",
  overdue: "taskOverdue",
  recurring: "taskRecurring",
  no_deadline: "taskNoDeadline",
};

const HEAD = [
  "STT",
  "Nhiệm vụ được giao",
  "Văn bản giao nhiệm vụ",
  "Cơ quan thực hiện",
  "Thời hạn hoàn thành",
  "Kết quả thực hiện",
  "Tình trạng",
  "Ghi chú",
];
const WIDTHS = [6, 50, 26, 22, 16, 60, 16, 14];
const LAST = HEAD.length - 1;
/** Column of the status, for the COUNTIF totals. */
const STATUS_COL = "G";

/** Each unit's result, prefixed with the unit's name when several units report on the task. */
export function taskResultText(t: MergedTask): string | null {
  const withText = t.units.filter((u) => u.result);
  if (withText.length === 0) return null;
  if (withText.length === 1 && t.units.length === 1) return withText[0].result;
  return withText.map((u) => `${u.unit}: ${u.result}`).join("\n");
}

/** The consolidated task table: one row per merged task, a coloured status column, a count per status. */
export function taskSheet(
  c: { readonly tasks: readonly MergedTask[]; readonly reportDate: string },
  settings: ReportSettings,
): ReportSheet {
  const rows: ReportCell[][] = [];
  const merges: CellRange[] = [];
  const line = (value: string, style: ReportCell["style"]) => {
    merges.push({ top: rows.length, left: 0, bottom: rows.length, right: LAST });
    rows.push([{ value, style }]);
  };
  line(APPENDIX_LABEL, "appendixLabel");
  line("TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ ĐƯỢC GIAO", "title");
  if (settings.period) line(`(${periodLabel(settings.period).toUpperCase()})`, "subtitle");
  line(attachmentLine(settings), "caption");
  line(`Tình trạng tính đến ngày ${formatDate(c.reportDate)}`, "caption");
  rows.push([]);
  rows.push(HEAD.map((value) => ({ value, style: "header" as const })));
  const freezeRows = rows.length;
  const first = rows.length;
  let group: string | null = null;
  for (const t of c.tasks) {
    if (t.group.key !== group) {
      group = t.group.key;
      if (t.group.title || t.group.no) {
        if (t.group.no) {
          merges.push({ top: rows.length, left: 1, bottom: rows.length, right: LAST });
          rows.push([
            { value: t.group.no, style: "group" },
            { value: t.group.title, style: "group" },
          ]);
        } else {
          merges.push({ top: rows.length, left: 0, bottom: rows.length, right: LAST });
          rows.push([{ value: t.group.title, style: "group" }]);
        }
      }
    }
    rows.push([
      { value: t.no, style: "textCenter" },
      { value: t.task, style: "text" },
      { value: t.document || null, style: "text" },
      { value: t.lead || null, style: "text" },
      { value: t.deadline.raw || null, style: "text" },
      { value: taskResultText(t), style: "text" },
      // Coloured by the conditional formats below, so an edited status recolours itself.
      { value: ON_TIME_TEXT[t.onTimeStatus], style: "status" },
      { value: null, style: "text" },
    ]);
  }
  const last = rows.length;
  if (c.tasks.length === 0) rows.push([{ value: "Không có báo cáo nhiệm vụ nào.", style: "text" }]);
  rows.push([]);
  const counts = countByOnTime(c.tasks);
  merges.push({ top: rows.length, left: 0, bottom: rows.length, right: 1 });
  rows.push([
    { value: "Tổng hợp theo tình trạng", style: "totalLabel" },
    undefined as unknown as ReportCell,
    { value: "Số nhiệm vụ", style: "totalLabel" },
  ]);
  for (const s of ON_TIME_STATUSES) {
    merges.push({ top: rows.length, left: 0, bottom: rows.length, right: 1 });
    const range = `${STATUS_COL}${first + 1}:${STATUS_COL}${Math.max(first + 1, last)}`;
    rows.push([
      { value: ON_TIME_TEXT[s], style: ON_TIME_STYLE[s] },
      undefined as unknown as ReportCell,
      { value: counts[s], style: "totalCount", formula: `COUNTIF(${range},"${ON_TIME_TEXT[s]}")` },
    ]);
  }
  const statusCol = STATUS_COL.charCodeAt(0) - 65;
  const conditionalFormats =
    last > first
      ? [
          {
            range: { top: first, left: statusCol, bottom: last - 1, right: statusCol },
            rules: ON_TIME_STATUSES.map((st) => ({ equals: ON_TIME_TEXT[st], style: ON_TIME_STYLE[st] })),
          },
        ]
      : [];
  return { name: TASK_SHEET_NAME, rows, merges, widths: WIDTHS, freezeRows, textColumns: [0, 1, 2, 3, 4, 5, 6, 7], conditionalFormats };
}
