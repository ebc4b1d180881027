import type { CellRange } from "../shared/grid";
import type { Period } from "../shared/period";
import type { ReportSheet } from "../shared/layout";
import { PLAN_2026_DOCUMENT, PLAN_2026_TASKS, type PlanTask } from "../kinds/task/plan2026";
import { tasksForUnit } from "../kinds/task/unitTasks";
import { type UnitRegistry, findUnit } from "../units/registry";
import { type FormValidation, formHeading } from "./heading";

/**
 * Status phrases offered in the result column. The reader takes a task's
 * status from the phrase its result starts with (tasks/status.ts), so the
 * list is a suggestion the unit extends with its own words.
 */
export const TASK_STATUS_CHOICES: readonly string[] = ["Đã hoàn thành", "Đang thực hiện", "Chưa thực hiện"];

/**
 * Column headers, in the words the task reader recognises (tasks/table.ts):
 * the plan's columns, then the unit's result and a note.
 */
export const TASK_FORM_HEADER: readonly string[] = [
  "STT",
  "Nhiệm vụ",
  "Cơ quan chủ trì",
  "Cơ quan phối hợp",
  "Thời gian thực hiện",
  "Kết quả, sản phẩm",
  "Kết quả thực hiện",
  "Ghi chú",
];
const RESULT = 6;
const NOTE = 7;
const WIDTHS = [6, 48, 20, 24, 16, 26, 48, 16];

/**
 * The group caption as the form prints it. Both appendices have groups of the
 * same title and some tasks of the same text (II.11 and III.V.3); the
 * appendix in the caption keeps them apart when forms are merged.
 */
export function taskGroupCaption(task: PlanTask): string {
  return `${task.group} - Phụ lục ${task.plan}`;
}

/** The plan tasks on a unit's form: its own, or the whole plan for a unit the registry does not know. */
export function formTasks(unit: string, registry: UnitRegistry): readonly PlanTask[] {
  return findUnit(registry, unit) ? tasksForUnit(unit, registry).map((t) => t.task) : PLAN_2026_TASKS;
}

/** Sheet, inputs and dropdowns of the tasks form; form.ts adds the template and version. */
export function buildTaskFormBody(
  unit: string,
  period: Period,
  marker: string,
  registry: UnitRegistry,
): { sheet: ReportSheet; inputs: CellRange[]; validations: FormValidation[]; rowCount: number } {
  const { rows, merges } = formHeading(
    unit,
    period,
    [
      ["KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ, GIẢI PHÁP PHÁT TRIỂN ĐỀ ÁN 06 GIAI ĐOẠN 2026 - 2030", "title"],
      [`(Nhiệm vụ tại Phụ lục II, Phụ lục III kèm theo ${PLAN_2026_DOCUMENT})`, "caption"],
      [`Cột “Kết quả thực hiện”: bắt đầu bằng tình trạng (${TASK_STATUS_CHOICES.join(" / ")}), sau đó ghi kết quả cụ thể.`, "caption"],
    ],
    marker,
    WIDTHS.length,
  );
  rows.push([]);
  const top = rows.length;
  rows.push(TASK_FORM_HEADER.map((value) => ({ value, style: "header" })));
  const inputs: CellRange[] = [];
  const validations: FormValidation[] = [];
  const tasks = formTasks(unit, registry);
  let group = "";
  for (const t of tasks) {
    const caption = taskGroupCaption(t);
    if (caption !== group) {
      group = caption;
      merges.push({ top: rows.length, left: 1, bottom: rows.length, right: WIDTHS.length - 1 });
      rows.push([
        { value: t.groupNo, style: "group" },
        { value: caption, style: "group" },
      ]);
    }
    const r = rows.length;
    rows.push([
      { value: t.no, style: "textCenter" },
      { value: t.task, style: "text" },
      { value: t.lead, style: "text" },
      { value: t.partners, style: "text" },
      { value: t.deadline, style: "textCenter" },
      { value: t.product, style: "text" },
      { value: null, style: "text" },
      { value: null, style: "text" },
    ]);
    inputs.push({ top: r, left: RESULT, bottom: r, right: NOTE });
    validations.push({
      range: { top: r, left: RESULT, bottom: r, right: RESULT },
      list: TASK_STATUS_CHOICES,
      strict: false,
      prompt: {
        title: "Kết quả thực hiện",
        text: `Bắt đầu bằng ${TASK_STATUS_CHOICES.join(", ")}, rồi ghi kết quả cụ thể. Ví dụ: Đang thực hiện: đã tích hợp 12/20 thủ tục.`,
      },
    });
  }
  const sheet: ReportSheet = {
    name: "Nhiệm vụ",
    rows,
    merges,
    widths: WIDTHS,
    freezeRows: top + 1,
    textColumns: [1, 2, 3, 4, 5, RESULT, NOTE],
  };
  return { sheet, inputs, validations, rowCount: tasks.length };
}
