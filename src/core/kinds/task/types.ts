import type { CellRange } from "../../shared/grid";
import type { Deadline } from "./deadline";
import type { OnTimeStatus, TaskStatus } from "./status";

export type TaskColumn = "stt" | "task" | "document" | "lead" | "partners" | "deadline" | "result" | "product" | "note" | "state";

/** A caption row grouping tasks: "Đối với 18 nhiệm vụ chung", "I. Phục vụ giải quyết thủ tục hành chính …". */
export interface TaskGroup {
  /** Roman numeral as printed, or "" for "Đối với …" captions. */
  readonly no: string;
  readonly title: string;
  /** Folded title without counts and numerals: what groups are matched by across units. */
  readonly key: string;
}

export interface TaskRowRead {
  readonly sheet: string;
  /** Zero-based row in the sheet. */
  readonly row: number;
  readonly group: TaskGroup;
  /** Number within the group as printed, without the trailing dot: "1", "12". */
  readonly no: string;
  readonly task: string;
  /** Văn bản giao nhiệm vụ. */
  readonly document: string;
  /** Cơ quan thực hiện / chủ trì. */
  readonly lead: string;
  /** Cơ quan phối hợp. */
  readonly partners: string;
  readonly deadline: Deadline;
  /** Kết quả thực hiện: the unit's own words, status phrase first. */
  readonly result: string;
  readonly status: TaskStatus | null;
  /** Kết quả, sản phẩm (the expected product, in plans). */
  readonly product: string;
  readonly note: string;
  /** A1 addresses of the task, deadline and result cells. */
  readonly cells: Readonly<Partial<Record<"task" | "deadline" | "result", string>>>;
}

export interface TaskTable {
  readonly kind: "tasks";
  readonly sheet: string;
  readonly header: CellRange;
  readonly columns: Readonly<Partial<Record<TaskColumn, number>>>;
  readonly rows: readonly TaskRowRead[];
}

/** One unit's report on a merged task. */
export interface TaskUnitResult {
  readonly unitId: string;
  readonly unit: string;
  readonly file: string;
  readonly sheet: string;
  readonly cell: string | null;
  readonly result: string;
  readonly status: TaskStatus | null;
}

/** The plan columns of a merged task come from its first row (its deadline from the first row that has one). */
export interface MergedTask extends Pick<TaskRowRead, "group" | "no" | "task" | "document" | "lead" | "partners" | "deadline"> {
  /** Combined status: done when every unit that says something says done. */
  readonly status: TaskStatus | null;
  readonly onTimeStatus: OnTimeStatus;
  readonly units: readonly TaskUnitResult[];
}
