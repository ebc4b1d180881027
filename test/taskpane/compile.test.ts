import { unzipSync } from "fflate";
import {
  CHANGE_SHEET_NAME,
  type Period,
  type Submission,
  TASK_SHEET_NAME,
  buildReport,
  compileReport,
  reportYear,
  consolidate,
  defaultRegistry,
  targetFor,
} from "../../src/core";
import { readXlsxSubmission, writeReport } from "../../src/io/xlsx";
import { type RowSpec, unitWorkbook } from "../../scripts/lib/unitWorkbook";
import { compilePane, onlineTargetOf, taskDateOf } from "../../src/taskpane/backend/compile";
import { defaultPaneSettings, settingsFromJson, settingsToJson } from "../../src/taskpane/backend/common";
import { formsZip, formsZipName, uniqueNames } from "../../src/taskpane/backend/forms";
import { readPrevious } from "../../src/taskpane/backend/previous";
import type { PaneSettings } from "../../src/taskpane/backend/types";
import { seed2023TaskTable } from "../fixtures/seedTasks";
import { seed2024Dvc25 } from "../fixtures/seedTables";
import { textWorkbook } from "../fixtures/textTables";

const pick = (nums: number[]): RowSpec[] => seed2024Dvc25.filter((r) => nums.includes(Number.parseInt(r.no ?? "0", 10)));
const police = pick([1, 2, 3, 4, 5, 6, 7, 8, 12, 13, 14, 20]);
const justice = pick([9, 10, 11, 15, 16, 22]);
const sep2026: Period = { year: 2026, month: 9 };

async function unit(name: string, rows: readonly RowSpec[], periodText: string): Promise<Submission> {
  const bytes = await unitWorkbook({ unit: name, periodText, layout: "official", tables: [{ title: ["PHỤ LỤC I"], rows }] });
  return readXlsxSubmission(`${name}.xlsx`, bytes, { period: null });
}

const settings = (patch: Partial<PaneSettings> = {}): PaneSettings => ({
  province: "Thanh Hóa",
  period: sep2026,
  deadlineDay: 10,
  ...patch,
});

describe("settings", () => {
  test("the online-ratio target is an override only when the clerk set one", () => {
    // Version 1 stored the old default 0.8 whether or not the clerk chose it: not an override.
    expect(settingsFromJson({ province: "Thanh Hóa", period: "2026-09", onlineTarget: 0.8 }).onlineTarget).toBeUndefined();
    expect(settingsFromJson({ province: "Thanh Hóa", period: "2026-09", onlineTarget: 0.9 }).onlineTarget).toBe(0.9);
    const set = settings({ onlineTarget: 0.8, taskDate: "2026-10-05" });
    expect(settingsFromJson(JSON.parse(JSON.stringify(settingsToJson(set))))).toEqual(set);
    const unset = settings();
    const json = settingsToJson(unset);
    expect(json).not.toHaveProperty("onlineTarget");
    expect(settingsFromJson(JSON.parse(JSON.stringify(json)))).toEqual(unset);
    expect(defaultPaneSettings().onlineTarget).toBeUndefined();
  });

  test("a task date that is not a calendar date is dropped", () => {
    expect(settingsFromJson({ version: 2, period: "2026-09", taskDate: "2026-02-30" }).taskDate).toBeUndefined();
    expect(taskDateOf({ period: sep2026 })).toBe("2026-09-15");
    expect(taskDateOf({ period: sep2026, taskDate: "2026-10-01" })).toBe("2026-10-01");
  });

  test("the target is the plan's for the year unless overridden", () => {
    expect(onlineTargetOf({}, 2026)).toBe(targetFor("I.5", 2026));
    expect(onlineTargetOf({}, 2027)).toBeCloseTo(0.85);
    expect(onlineTargetOf({}, 2024)).toBeNull();
    expect(onlineTargetOf({ onlineTarget: 0.7 }, 2024)).toBe(0.7);
  });
});

describe("compilePane", () => {
  let subs: Submission[];
  beforeAll(async () => {
    subs = [await unit("Công an tỉnh", police, "tháng 9/2026"), await unit("Sở Tư pháp", justice, "tháng 9/2026")];
  });

  test("the chart's target line and the summary use the year's target from the plan", async () => {
    const r = compilePane(subs, settings());
    expect(r.year).toBe(2026);
    expect(r.onlineTarget).toBe(0.8);
    expect(r.summary.target).toBe(0.8);
    const chart = r.chart!;
    const rows = chart.sheet.rows.slice(chart.data.top + 1);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row[2]?.value).toBe(0.8);
    // Files of September 2026 are never summed into September 2027: the 2027 chart is made from 2027 files.
    const subs2027 = await Promise.all(subs.map((s) => unit(s.unit.name, s === subs[0] ? police : justice, "tháng 9/2027")));
    expect(compilePane(subs, settings({ period: { year: 2027, month: 9 } })).chart!.sheet.rows.slice(chart.data.top + 1)).toEqual([]);
    expect(compilePane(subs2027, settings({ period: { year: 2027, month: 9 } })).chart!.sheet.rows.at(-1)?.[2]?.value).toBeCloseTo(0.85);
    expect(compilePane(subs, settings({ onlineTarget: 0.95 })).chart!.sheet.rows.at(-1)?.[2]?.value).toBe(0.95);
  });

  test("targets: the overall online ratio first, against the year's target", () => {
    const r = compilePane(subs, settings());
    expect(r.targets[0].indicator.id).toBe("I.5");
    expect(r.targets[0].target?.value).toBe(0.8);
    const c = r.consolidation.tables.dvc25.total;
    expect(r.targets[0].actual).toBeCloseTo((c.online ?? 0) / (c.total ?? 1));
  });

  test("a year without a target: no chart, no comparison, no services 'below'", () => {
    const r = compilePane(subs, settings({ period: { year: 2024, month: 9 } }));
    expect(r.chart).toBeNull();
    expect(r.targets).toEqual([]);
    expect(r.summary.belowTarget).toEqual([]);
    expect(r.report.sheets.length).toBeGreaterThan(0);
  });

  test("the same workbook as the engine's compileReport when nothing pane-specific is set", () => {
    const pane = compilePane(subs, settings());
    const engine = compileReport(subs, settings(), { onlineTarget: 0.8 });
    expect(pane.report).toEqual(engine.report);
    expect(pane.chart).toEqual(engine.chart);
  });

  test("the task date decides the tasks' on-time status", async () => {
    const tasks = await readXlsxSubmission(
      "vp.xlsx",
      await textWorkbook({ unit: "Văn phòng UBND tỉnh", periodText: "tháng 9/2026", tables: [seed2023TaskTable] }),
    );
    const early = compilePane([...subs, tasks], settings({ period: { year: 2023, month: 1 }, taskDate: "2023-01-10" }));
    const late = compilePane([...subs, tasks], settings({ period: { year: 2023, month: 1 }, taskDate: "2026-10-01" }));
    expect(early.consolidation.judgedAt).toBe("2023-01-10");
    expect(late.taskCounts.overdue).toBeGreaterThan(early.taskCounts.overdue);
    expect(Object.values(late.taskCounts).reduce((a, b) => a + b, 0)).toBe(late.consolidation.tasks.length);
    expect(late.report.sheets.some((s) => s.name === TASK_SHEET_NAME)).toBe(true);
    expect(reportYear(late.consolidation)).toBe(2023);
  });

  test("last month's consolidated workbook gives the change of the totals and the 'Biến động' sheet", async () => {
    // August: the police only; September: police and justice.
    const aug = consolidate([await unit("Công an tỉnh", police, "tháng 8/2026")], { year: 2026, month: 8 });
    const bytes = await writeReport(buildReport(aug, { province: "Thanh Hóa", period: { year: 2026, month: 8 } }));
    const prev = await readPrevious({ name: "tong-hop-08.xlsx", bytes }, defaultRegistry);
    expect(prev.ok).toBe(true);
    if (!prev.ok) return;
    const r = compilePane(subs, settings(), prev.figures);
    expect(r.report.sheets.some((s) => s.name === CHANGE_SHEET_NAME)).toBe(true);
    const total = r.changes!.rows.find((x) => x.catalogue === "dvc25" && x.id === "total")!;
    const grown = (r.consolidation.tables.dvc25.total.total ?? 0) - (aug.tables.dvc25.total.total ?? 0);
    expect(grown).toBeGreaterThan(0);
    expect(total.changes.total.delta).toBe(grown);
    expect(total.changes.total.text).toBe(`tăng ${grown.toLocaleString("vi-VN")} so với tháng 8`);
  });

  test("a previous file that is not a consolidated workbook is refused with a reason", async () => {
    expect(await readPrevious({ name: "x.xlsx", bytes: new Uint8Array([1, 2, 3]) }, defaultRegistry)).toMatchObject({
      ok: false,
      reason: "unreadable",
    });
    const notes = await textWorkbook({ unit: "Văn phòng UBND tỉnh", periodText: "tháng 9/2026", tables: [seed2023TaskTable] });
    expect(await readPrevious({ name: "nv.xlsx", bytes: notes }, defaultRegistry)).toMatchObject({ ok: false, reason: "no_tables" });
  });
});

describe("forms for every unit", () => {
  test("file names stay unique inside the zip", () => {
    expect(uniqueNames(["a.xlsx", "b.xlsx", "A.xlsx", "a.xlsx"])).toEqual(["a.xlsx", "b.xlsx", "A-2.xlsx", "a-3.xlsx"]);
    expect(formsZipName("dvc25", sep2026)).toBe("Mau-bao-cao-dvc25-2026-09.zip");
  });

  test("one zip with one form per unit, each read back as that unit's report with its services", async () => {
    const units = ["Công an tỉnh", "Sở Tư pháp", "UBND xã Thọ Xuân"];
    const zip = await formsZip(units, "dvc25", sep2026, defaultRegistry);
    const entries = unzipSync(zip.bytes);
    expect(Object.keys(entries)).toEqual(zip.files);
    expect(zip.files).toHaveLength(3);
    const justiceFile = zip.files.find((f) => f.includes("so-tu-phap"))!;
    const sub = await readXlsxSubmission(justiceFile, entries[justiceFile], { period: sep2026 });
    // Read back as made, the form is blank: that is its only finding.
    expect(sub.findings.map((f) => f.code)).toEqual(["FORM_BLANK"]);
    expect(sub.unit.name).toBe("Sở Tư pháp");
    const ids = sub.tables.flatMap((t) => t.rows.map((r) => r.service?.id));
    const own = defaultRegistry.units.find((u) => u.name === "Sở Tư pháp")!.services.filter((s) => s.startsWith("dvc25"));
    expect(own.length).toBeGreaterThan(0);
    for (const id of own) expect(ids).toContain(id);
  }, 30_000);
});
