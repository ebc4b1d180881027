import { registerKind } from "../kind";
import { mergeTasks } from "./merge";
import { taskSheet } from "./sheet";
import { findTaskHeader, readTaskTable } from "./table";

/** Task tracking tables (DOMAIN.md §2.2): deadline and status phrases, each task's on-time status. */
export const taskKind = registerKind({
  id: "task",
  slot: "taskTables",
  mergedSlot: "tasks",
  findHeader: findTaskHeader,
  read(sheet, header, { sink, maxRow, otherTableAt }) {
    const { table, end } = readTaskTable(sheet, header, maxRow, sink, otherTableAt);
    return { table: table.rows.length > 0 ? table : null, end };
  },
  // Deadline and status phrases are checked while reading: a finding needs the row it was read from.
  check: () => {},
  merge: (submissions, { judgedAt }) => mergeTasks(submissions, judgedAt),
  layOut: (tasks, { settings, judgedAt }) => (tasks.length > 0 ? [taskSheet({ tasks, judgedAt }, settings)] : []),
});
