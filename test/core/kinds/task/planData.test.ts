import planFile from "../../../../src/core/kinds/task/plan2026.json";
import { PLAN_2026_TASKS, isIsoDate, parseDeadline } from "../../../../src/core";

// The schema of plan2026.json, checked entry by entry: a hand edit to the data (the next year's
// plan pasted in) that drops a field, repeats a number or writes a date that does not exist fails here.
const TASK_FIELDS = ["no", "task", "lead", "partners", "deadline", "product"];
const ROMAN = /^(I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)$/;
const text = (v: unknown) => typeof v === "string" && v.trim() !== "" && v.trim() === v;

describe("plan2026.json", () => {
  test("the document and each appendix have a title, appendices are II then III", () => {
    expect(text(planFile.document)).toBe(true);
    expect(planFile.appendices.map((a) => a.id)).toEqual(["II", "III"]);
    for (const a of planFile.appendices) expect(text(a.title)).toBe(true);
  });

  test("groups: a Roman numeral and a title, each numeral once per appendix", () => {
    for (const a of planFile.appendices) {
      const nos = a.groups.map((g) => g.no);
      expect(nos.filter((n) => !ROMAN.test(n))).toEqual([]);
      expect(new Set(nos).size).toBe(nos.length);
      for (const g of a.groups) {
        expect(text(g.title)).toBe(true);
        expect(g.tasks.length).toBeGreaterThan(0);
      }
    }
  });

  test("every task has exactly the task fields, each a non-empty trimmed text", () => {
    const bad: string[] = [];
    for (const a of planFile.appendices)
      for (const g of a.groups)
        for (const t of g.tasks) {
          const where = `${a.id}.${g.no}.${t.no}`;
          if (Object.keys(t).sort().join() !== [...TASK_FIELDS].sort().join()) bad.push(`${where}: fields ${Object.keys(t).join(",")}`);
          for (const f of TASK_FIELDS) if (!text((t as Record<string, unknown>)[f])) bad.push(`${where}: ${f}`);
          if (!/^\d+$/.test(t.no)) bad.push(`${where}: number`);
        }
    expect(bad).toEqual([]);
  });

  test("task numbers are unique: on through Phụ lục II, within each group of Phụ lục III", () => {
    const refs = PLAN_2026_TASKS.map((t) => (t.plan === "II" ? `II.${t.no}` : `III.${t.groupNo}.${t.no}`));
    expect(refs.filter((r, i) => refs.indexOf(r) !== i)).toEqual([]);
  });

  test("every deadline is a phrase the parser knows, and every date it names is a real calendar date", () => {
    const bad = PLAN_2026_TASKS.map((t) => parseDeadline(t.deadline)).filter(
      (d) => d.kind === "unparsed" || d.kind === "empty" || (d.due !== null && !isIsoDate(d.due)),
    );
    expect(bad).toEqual([]);
  });

  test("the loaded list keeps the file's order and gives each task its appendix and group", () => {
    const flat = planFile.appendices.flatMap((a) => a.groups.flatMap((g) => g.tasks.map((t) => `${a.id}|${g.no}|${g.title}|${t.no}`)));
    expect(PLAN_2026_TASKS.map((t) => `${t.plan}|${t.groupNo}|${t.group}|${t.no}`)).toEqual(flat);
  });
});
