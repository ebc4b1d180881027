import { foldKey } from "../../shared/normalize";
import type { Deadline, IsoDate } from "./deadline";

/** What the unit says about a task, from the phrase its result text starts with. */
export type TaskStatus = "done" | "in_progress" | "not_done";

/** Where a task stands at the report date (DOMAIN.md §2.2). */
export type OnTimeStatus = "done" | "in_progress" | "overdue" | "recurring" | "no_deadline";

export const ON_TIME_STATUSES: readonly OnTimeStatus[] = ["done", "in_progress", "overdue", "recurring", "no_deadline"];

/**
 * Status phrases at the start of a result ("Đã xong: …", "Chưa hoàn thành.",
 * "Đang thực hiện, tiến độ: …"), as units write them; folded when loaded. The longest
 * matching phrase wins, so "chưa hoàn thành" is not read as "hoàn thành".
 */
const STATUS_WORDING: Readonly<Record<TaskStatus, readonly string[]>> = {
  done: ["Đã xong", "Đã hoàn thành", "Hoàn thành", "Đã thực hiện xong"],
  not_done: ["Chưa hoàn thành", "Chưa xong", "Chưa thực hiện", "Chưa triển khai"],
  in_progress: [
    "Đang thực hiện",
    "Đang triển khai",
    "Đang tổ chức",
    "Đang xây dựng",
    "Đã chỉ đạo và đang",
    "Tiếp tục",
    "Thường xuyên",
    "Được triển khai thực hiện thường xuyên",
    "Được thực hiện thường xuyên",
  ],
};

/** The status phrases folded (foldKey), each with its status. */
export const STATUS_PHRASES: ReadonlyArray<readonly [phrase: string, status: TaskStatus]> = (
  Object.entries(STATUS_WORDING) as [TaskStatus, readonly string[]][]
).flatMap(([status, phrases]) => phrases.map((p) => [foldKey(p), status] as const));

const BY_LENGTH = [...STATUS_PHRASES].sort((a, b) => b[0].length - a[0].length);

/** The status phrase a result starts with (after bullets and "1)"), or null. */
export function parseTaskStatus(result: string): TaskStatus | null {
  const key = foldKey(result).replace(/^(?:\d{1,2}|[a-d]) /, "");
  if (!key) return null;
  for (const [phrase, status] of BY_LENGTH) {
    if (key === phrase || key.startsWith(`${phrase} `)) return status;
  }
  return null;
}

/**
 * Where a task stands at `reportDate`: done when the unit says so; otherwise
 * recurring and open deadlines say so, and a dated deadline is in progress up
 * to and including its day, overdue after it.
 */
export function onTimeStatus(status: TaskStatus | null, deadline: Deadline, reportDate: IsoDate): OnTimeStatus {
  if (status === "done") return "done";
  if (deadline.kind === "recurring") return "recurring";
  if (deadline.kind === "date" && deadline.due) return reportDate > deadline.due ? "overdue" : "in_progress";
  return "no_deadline";
}

/** Vietnamese labels, for sheets and summaries. */
export const ON_TIME_TEXT: Record<OnTimeStatus, string> = {
  done: "Đã hoàn thành",
  in_progress: "Đang thực hiện, trong hạn",
  overdue: "Quá hạn",
  recurring: "Thường xuyên",
  no_deadline: "Không có thời hạn cụ thể",
};

export const TASK_STATUS_TEXT: Record<TaskStatus, string> = {
  done: "Đã hoàn thành",
  in_progress: "Đang thực hiện",
  not_done: "Chưa hoàn thành",
};
