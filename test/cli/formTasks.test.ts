import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readXlsxSubmission } from "../../src/io/xlsx";

const ROOT = join(__dirname, "../..");
const tmp = mkdtempSync(join(tmpdir(), "bc06-form-tasks-"));

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, "bin/baocao06.js"), ...args], { encoding: "utf8", cwd: tmp });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(() => {
  if (!existsSync(join(ROOT, "lib/cli.js"))) spawnSync(process.execPath, [join(ROOT, "scripts/build-cli.mjs")], { cwd: ROOT });
});

describe("baocao06 form --template tasks", () => {
  test("writes the unit's tasks form, which validate reads back as a task table of the right unit and month", async () => {
    const out = join(tmp, "khcn.xlsx");
    const r = cli("form", "--unit", "Sở Khoa học và Công nghệ", "--template", "tasks", "--period", "2026-10", "--out", out);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toContain("Đã ghi biểu mẫu tasks kỳ 2026-10 cho Sở Khoa học và Công nghệ (45 nhiệm vụ)");
    const s = await readXlsxSubmission("khcn.xlsx", new Uint8Array(readFileSync(out)));
    expect(s.form).toEqual({ id: "tasks", version: 1 });
    expect(s.period).toEqual({ year: 2026, month: 10 });
    expect(s.taskTables[0].rows).toHaveLength(45);
    // Returned as made, the form has no result at all: its only finding is that it is blank.
    const v = cli("validate", out, "--json");
    expect(v.code).toBe(1);
    expect(JSON.parse(v.out).files[0]).toMatchObject({
      unit: "Sở Khoa học và Công nghệ",
      period: "2026-10",
      tables: [{ template: "tasks", rows: 45 }],
      issues: [{ code: "FORM_BLANK", severity: "error" }],
    });
    expect(JSON.parse(v.out).files[0].issues).toHaveLength(1);
  });

  test("a unit with no task in the plan is told so in Vietnamese, exit 2, no file", () => {
    const out = join(tmp, "dien-luc.xlsx");
    const r = cli("form", "--unit", "Công ty Điện lực", "--template", "tasks", "--period", "2026-10", "--out", out);
    expect(r.code).toBe(2);
    expect(r.err).toContain("không có nhiệm vụ nào trong Phụ lục II, Phụ lục III");
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
  });

  test("a unit not in the unit list gets the whole plan, with a note on stderr", () => {
    const out = join(tmp, "abc.xlsx");
    const r = cli("form", "--unit", "Ban Quản lý dự án ABC", "--template", "tasks", "--period", "2026-10", "--out", out);
    expect(r.code).toBe(0);
    expect(r.err).toContain('Không tìm thấy "Ban Quản lý dự án ABC" trong danh sách đơn vị: biểu mẫu gồm toàn bộ 66 nhiệm vụ');
    expect(existsSync(out)).toBe(true);
  });

  test("the usage lists the tasks template", () => {
    const r = cli("form", "--unit", "Sở Y tế", "--template", "nhiemvu", "--period", "2026-10", "--out", join(tmp, "x.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err).toContain("Cần --template là một trong: dvc25, dvc422, tasks.");
  });
});
