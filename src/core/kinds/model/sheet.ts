import type { CellRange } from "../../shared/grid";
import { modelText } from "./merge";
import type { MergedModel } from "./types";
import { type Period, periodLabel } from "../../shared/period";
import type { ReportCell, ReportSheet } from "../../shared/layout";
import { type ReportSettings, attachmentLine } from "../../shared/settings";

export const MODEL_SHEET_NAME = "PL Mô hình";

const HEAD = [
  "STT",
  "Mô hình",
  "Đánh giá tiến độ",
  "Kết quả triển khai",
  "Khó khăn vướng mắc",
  "Đánh giá hiệu quả, giá trị tiện ích mang lại và tiết kiệm",
  "Kinh phí đầu tư",
  "Có tiếp tục nhân rộng không",
];

/** The consolidated models table (9/2024 Phụ lục III) with the progress phrase in its own column. */
export function modelSheet(models: readonly MergedModel[], settings: ReportSettings & { period: Period | null }): ReportSheet {
  const rows: ReportCell[][] = [];
  const merges: CellRange[] = [];
  const last = HEAD.length - 1;
  const line = (value: string, style: ReportCell["style"]) => {
    merges.push({ top: rows.length, left: 0, bottom: rows.length, right: last });
    rows.push([{ value, style }]);
  };
  line("BÁO CÁO KẾT QUẢ TRIỂN KHAI MÔ HÌNH ĐỀ ÁN 06", "title");
  if (settings.period) line(`(${periodLabel(settings.period).toUpperCase()})`, "subtitle");
  line(attachmentLine(settings), "caption");
  rows.push([]);
  rows.push(HEAD.map((value) => ({ value, style: "header" as const })));
  const freezeRows = rows.length;
  let group: string | null = null;
  for (const m of models) {
    if (m.group.no !== group) {
      group = m.group.no;
      if (group) {
        merges.push({ top: rows.length, left: 1, bottom: rows.length, right: last });
        rows.push([
          { value: m.group.no, style: "group" },
          { value: m.group.title, style: "group" },
        ]);
      }
    }
    rows.push([
      { value: m.no || null, style: "textCenter" },
      { value: m.model, style: "text" },
      { value: modelText(m, (u) => u.progress), style: "text" },
      { value: modelText(m, (u) => u.results), style: "text" },
      { value: modelText(m, (u) => u.difficulties), style: "text" },
      { value: modelText(m, (u) => u.effectiveness), style: "text" },
      { value: modelText(m, (u) => u.funding), style: "text" },
      { value: modelText(m, (u) => u.replicate), style: "text" },
    ]);
  }
  return {
    name: MODEL_SHEET_NAME,
    rows,
    merges,
    widths: [6, 30, 30, 60, 36, 30, 20, 24],
    freezeRows,
    textColumns: [0, 1, 2, 3, 4, 5, 6, 7],
  };
}
