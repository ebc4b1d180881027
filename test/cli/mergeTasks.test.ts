import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { seed2023TaskTable } from "../fixtures/seedTasks";
import { textWorkbook } from "../fixtures/textTables";

const BIN = join(__dirname, "../../bin/baocao06.js");
const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });

describe("baocao06 merge with task tables", () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "bc06-tasks-"));
    writeFileSync(
      join(dir, "vp.xlsx"),
      await textWorkbook({ unit: "Văn phòng UBND tỉnh", periodText: "tháng 9/2023", tables: [seed2023TaskTable] }),
    );
  });

  test("--json lists every task with due date and on-time status at --date", () => {
    const r = run(["merge", join(dir, "vp.xlsx"), "--out", join(dir, "out.xlsx"), "--json", "--date", "2023-06-20"]);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.reportDate).toBe("2023-06-20");
    expect(Object.keys(json.tables)).toEqual(expect.arrayContaining(["dvc25", "dvc422", "tasks"]));
    const tasks = json.tables.tasks as Array<Record<string, unknown>>;
    expect(tasks).toHaveLength(12);
    expect(tasks[0]).toEqual({
      group: "Đối với 18 nhiệm vụ chung",
      no: "1",
      task: expect.stringMatching(/^Chủ tịch UBND các địa phương/),
      deadline: "Tháng 02/2023",
      due: "2023-02-28",
      status: "done",
      onTimeStatus: "done",
      units: [expect.objectContaining({ unit: "Văn phòng UBND tỉnh", result: expect.stringMatching(/^Đã xong/) })],
    });
    const byNo = (group: string, no: string) => tasks.find((t) => (t.group as string).includes(group) && t.no === no)!;
    // "Tháng 7/2023", in progress: within deadline on 20/6, overdue in September.
    expect(byNo("bổ sung", "6").onTimeStatus).toBe("in_progress");
    expect(byNo("chung", "5")).toMatchObject({ due: null, onTimeStatus: "recurring" });
    expect(byNo("chung", "8")).toMatchObject({ due: null, onTimeStatus: "done" });
    expect(byNo("chung", "3")).toMatchObject({ due: "2023-03-31", status: "not_done", onTimeStatus: "overdue" });
    const files = json.files as Array<{ tables: Array<{ template: string; rows: number }> }>;
    expect(files[0].tables).toEqual([expect.objectContaining({ template: "tasks", rows: 12 })]);
  });

  test("default report date is the 15th of the period's month", () => {
    const r = run(["merge", join(dir, "vp.xlsx"), "--out", join(dir, "out2.xlsx"), "--json"]);
    const json = JSON.parse(r.stdout);
    expect(json.reportDate).toBe("2023-09-15");
    const tasks = json.tables.tasks as Array<Record<string, unknown>>;
    expect(tasks.find((t) => (t.group as string).includes("bổ sung") && t.no === "6")!.onTimeStatus).toBe("overdue");
  });

  test("a wrong --date is a Vietnamese message, not a stack trace", () => {
    const r = run(["merge", join(dir, "vp.xlsx"), "--out", join(dir, "out3.xlsx"), "--date", "2023-02-30"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("không đúng dạng YYYY-MM-DD");
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  test("the text summary counts tasks per status", () => {
    const r = run(["merge", join(dir, "vp.xlsx"), "--out", join(dir, "out4.xlsx"), "--date", "2023-09-15"]);
    expect(r.stdout).toMatch(/Nhiệm vụ \(tính đến 15\/09\/2023\): 12 nhiệm vụ — .*quá hạn/);
  });
});
