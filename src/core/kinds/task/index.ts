import { registerKind } from "../kind";
import { formCode } from "../../shared/formMarker";
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
  // A tasks form returned without a single result is an error.
  check(tables, { sink, form }) {
    if (form?.id !== "tasks" || tables.length === 0 || !tables.every((t) => t.rows.every((r) => !r.result.trim() && !r.note.trim())))
      return;
    sink.add(
      "FORM_BLANK",
      { form: formCode(form.id), detail: "chưa ghi kết quả thực hiện của nhiệm vụ nào", detailEn: "no task has a result" },
      { sheet: tables[0]?.sheet },
    );
  },
  merge: (submissions, { judgedAt }) => mergeTasks(submissions, judgedAt),
  layOut: (tasks, { settings, judgedAt }) => (tasks.length > 0 ? [taskSheet({ tasks, judgedAt }, settings)] : []),
});
