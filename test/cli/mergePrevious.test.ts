import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unitWorkbook } from "../../scripts/lib/unitWorkbook";

const BIN = join(__dirname, "../../bin/baocao06.js");
const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });

const police = (period: string, total: string) =>
  unitWorkbook({
    unit: "Công an tỉnh",
    periodText: period,
    layout: "official",
    tables: [
      { rows: [{ no: "2", name: "Cấp lại, đổi thẻ căn cước công dân", connection: "Đã kết nối", total, online: "100", onTime: "100" }] },
    ],
  });

describe("baocao06 merge --previous", () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "bc06-prev-"));
    writeFileSync(join(dir, "ca-8.xlsx"), await police("tháng 8/2026", "1.000"));
    writeFileSync(join(dir, "ca-9.xlsx"), await police("tháng 9/2026", "1.594"));
    writeFileSync(join(dir, "broken.xlsx"), "not a workbook");
  });

  test("adds the change of every number against last month's consolidated workbook", () => {
    expect(run(["merge", join(dir, "ca-8.xlsx"), "--out", join(dir, "th-8.xlsx")]).status).toBe(0);
    const r = run(["merge", join(dir, "ca-9.xlsx"), "--out", join(dir, "th-9.xlsx"), "--previous", join(dir, "th-8.xlsx"), "--json"]);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.changes.previousPeriod).toBe("2026-08");
    const row = json.changes.rows.find((x: { id: string }) => x.id === "dvc25-02");
    expect(row.total).toEqual({ current: 1594, previous: 1000, delta: 594, text: "tăng 594 so với tháng 8" });
    expect(row.online.text).toBe("không đổi so với tháng 8");
    // Targets travel in the JSON too: 100/1594 is far below 80%.
    expect(json.targets[0]).toMatchObject({ id: "I.5", year: 2026, target: 0.8, met: false });
  });

  test("an unreadable previous workbook is a Vietnamese message", () => {
    const r = run(["merge", join(dir, "ca-9.xlsx"), "--out", join(dir, "x.xlsx"), "--previous", join(dir, "broken.xlsx")]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("Không đọc được bảng tổng hợp kỳ trước");
  });
});
