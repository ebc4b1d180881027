import planFile from "./plan2026.json";

/**
 * Task lists of the Thanh Hóa 2026–2030 plan (Kế hoạch số 210/KH-UBND ngày 24/6/2026, seed 004_*):
 * Phụ lục II, tasks led by national bodies that the province co-operates on, and Phụ lục III,
 * tasks the province leads. Transcribed as printed (footnote markers and HTML dropped, a task
 * split by a page break joined). Data, not code: the tasks live in plan2026.json, by appendix and
 * group as printed, and the clerk's next plan replaces that file.
 */

export type PlanAppendix = "II" | "III";

export interface PlanTask {
  /** The appendix the task is listed in. */
  readonly plan: PlanAppendix;
  /** Roman numeral of the group caption, as printed. */
  readonly groupNo: string;
  /** Group caption title, as printed (with its "(03 nhiệm vụ)" count where the plan prints one). */
  readonly group: string;
  /** Number as printed without the trailing dot: Phụ lục II counts on through the groups, Phụ lục III restarts in each. */
  readonly no: string;
  readonly task: string;
  /** Cơ quan chủ trì as printed: national bodies, provincial units, or "Các sở, ban, ngành…". */
  readonly lead: string;
  /** Cơ quan phối hợp as printed. */
  readonly partners: string;
  /** Thời gian thực hiện as printed: a deadline phrase (see deadline.ts). */
  readonly deadline: string;
  /** Kết quả, sản phẩm: the expected result. */
  readonly product: string;
}

/** plan2026.json: the plan as printed, each group's caption written once above its tasks. */
interface PlanFile {
  readonly document: string;
  readonly appendices: ReadonlyArray<{
    readonly id: PlanAppendix;
    readonly title: string;
    readonly groups: ReadonlyArray<{
      readonly no: string;
      readonly title: string;
      readonly tasks: ReadonlyArray<Pick<PlanTask, "no" | "task" | "lead" | "partners" | "deadline" | "product">>;
    }>;
  }>;
}

const file = planFile as PlanFile;

/** The document that assigns the tasks. */
export const PLAN_2026_DOCUMENT = file.document;

/** Appendix titles as printed. */
export const PLAN_2026_APPENDIX_TITLES = Object.fromEntries(file.appendices.map((a) => [a.id, a.title])) as Readonly<
  Record<PlanAppendix, string>
>;

/** Every task, in the plan's order, with its appendix and group. */
export const PLAN_2026_TASKS: readonly PlanTask[] = file.appendices.flatMap((a) =>
  a.groups.flatMap((g) => g.tasks.map((t): PlanTask => ({ plan: a.id, groupNo: g.no, group: g.title, ...t }))),
);
