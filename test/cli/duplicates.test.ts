import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { serviceById } from "../../src/core";
import { type RowSpec, unitWorkbook } from "../../scripts/lib/unitWorkbook";

// DOMAIN.md §4: one unit, one report per period. The same file twice counts once; two reports of a
// unit are a duplicate submission: the newer (by the file's date) or the clerk's pick is summed.
const ROOT = join(__dirname, "../..");
const tmp = mkdtempSync(join(tmpdir(), "baocao06-dup-"));

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, "bin/baocao06.js"), ...args], { encoding: "utf8", cwd: tmp, maxBuffer: 64 << 20 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

interface Json {
  files: { file: string; summed?: boolean; issues: { code: string; severity: string; message: string }[] }[];
  tables: { dvc25: { id: string; total: number | null; sources: { file: string }[] }[]; dvc422: { id: string; total: number | null }[] };
  duplicates: { unit: string; chosen: string; by: string; setAside: { file: string }[] }[];
  copies: { file: string; sameAs: string }[];
}
const merge = (...args: string[]) => {
  const r = cli("merge", ...args, "--out", join(tmp, `out-${Math.random().toString(36).slice(2)}.xlsx`), "--json");
  expect(r.err).toBe("");
  return JSON.parse(r.out) as Json;
};
const total = (j: Json, id: string) => [...j.tables.dvc25, ...j.tables.dvc422].find((r) => r.id === id)?.total ?? null;

const row = (id: string, total: number): RowSpec => {
  const s = serviceById(id)!;
  return { no: s.no, name: s.name, connection: "Đã kết nối", total: String(total), online: "10", ratio: "", onTime: "10", overdue: "0" };
};
const commune = (rows: RowSpec[]) =>
  unitWorkbook({ unit: "UBND xã Quảng Phú", periodText: "tháng 10/2026", layout: "official", tables: [{ rows }] });

const sample = join(ROOT, "samples/cong-an-tinh.xlsx");
const copy = join(tmp, "cong-an-tinh-gui-lai.xlsx");
const older = join(tmp, "quang-phu-lan-1.xlsx");
const newer = join(tmp, "quang-phu-lan-2.xlsx");
const form422 = join(tmp, "quang-phu-422.xlsx");

beforeAll(async () => {
  if (!existsSync(join(ROOT, "lib/cli.js"))) spawnSync(process.execPath, [join(ROOT, "scripts/build-cli.mjs")], { cwd: ROOT });
  mkdirSync(tmp, { recursive: true });
  copyFileSync(sample, copy);
  writeFileSync(older, await commune([row("dvc25-09", 397)]));
  writeFileSync(newer, await commune([row("dvc25-09", 400)]));
  writeFileSync(form422, await commune([row("dvc422-01", 50)]));
  // The corrected report is the later file, whatever order the names sort in.
  utimesSync(older, new Date("2026-11-03T08:00:00Z"), new Date("2026-11-03T08:00:00Z"));
  utimesSync(newer, new Date("2026-11-05T08:00:00Z"), new Date("2026-11-05T08:00:00Z"));
});

test("the same file given twice is read and summed once, with an info finding", () => {
  const once = merge(sample);
  const twice = merge(sample, copy);
  expect(total(twice, "dvc25-01")).toBe(total(once, "dvc25-01"));
  expect(total(twice, "dvc25-01")).toBe(9857);
  expect(twice.copies).toEqual([{ file: "cong-an-tinh-gui-lai.xlsx", sameAs: "cong-an-tinh.xlsx" }]);
  const skipped = twice.files.find((f) => f.file === "cong-an-tinh-gui-lai.xlsx")!;
  expect(skipped.summed).toBe(false);
  expect(skipped.issues).toEqual([expect.objectContaining({ code: "DUPLICATE_FILE", severity: "info" })]);
  expect(skipped.issues[0].message).toContain("cong-an-tinh.xlsx");
  // Every consolidated figure still comes from one file only.
  expect(twice.tables.dvc25.flatMap((r) => r.sources.map((s) => s.file))).not.toContain("cong-an-tinh-gui-lai.xlsx");
});

test("a unit's two reports for the period: only the newer is summed, and a finding names both files", () => {
  const j = merge(newer, older);
  expect(total(j, "dvc25-09")).toBe(400);
  expect(j.duplicates).toEqual([
    expect.objectContaining({
      unit: "UBND xã Quảng Phú",
      chosen: "quang-phu-lan-2.xlsx",
      by: "newer",
      setAside: [expect.objectContaining({ file: "quang-phu-lan-1.xlsx" })],
    }),
  ]);
  const left = j.files.find((f) => f.file === "quang-phu-lan-1.xlsx")!;
  expect(left.summed).toBe(false);
  const finding = left.issues.find((f) => f.code === "DUPLICATE_SUBMISSION")!;
  expect(finding.severity).toBe("warning");
  expect(finding.message).toContain("quang-phu-lan-1.xlsx");
  expect(finding.message).toContain("quang-phu-lan-2.xlsx");
  expect(finding.message).toContain("mới hơn");
});

test("--pick sums the clerk's choice instead of the newer file, and the choice is recorded in provenance", async () => {
  const out = join(tmp, "picked.xlsx");
  const r = cli("merge", newer, older, "--pick", older, "--out", out, "--json");
  expect(r.err).toBe("");
  const j = JSON.parse(r.out) as Json;
  expect(total(j, "dvc25-09")).toBe(397);
  expect(j.duplicates[0]).toEqual(expect.objectContaining({ chosen: "quang-phu-lan-1.xlsx", by: "clerk" }));
  const finding = j.files.find((f) => f.file === "quang-phu-lan-2.xlsx")!.issues.find((f) => f.code === "DUPLICATE_SUBMISSION")!;
  expect(finding.severity).toBe("info");

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const texts: string[] = [];
  wb.getWorksheet("Nguồn số liệu")!.eachRow((row) => texts.push((row.values as unknown[]).map((v) => String(v ?? "")).join(" | ")));
  expect(texts.find((t) => t.includes("Người tổng hợp chọn"))).toContain("quang-phu-lan-1.xlsx");
  expect(texts.find((t) => t.includes("Người tổng hợp chọn"))).toContain("quang-phu-lan-2.xlsx");

  expect(cli("merge", newer, "--pick", "khong-co.xlsx", "--out", join(tmp, "x.xlsx")).code).toBe(2);
});

test("a unit's Decision 06 and Decision 422 reports as two files are one report, both summed", () => {
  const j = merge(newer, form422);
  expect(j.duplicates).toEqual([]);
  expect(total(j, "dvc25-09")).toBe(400);
  expect(total(j, "dvc422-01")).toBe(50);
});

test("validate says so too, before the merge", () => {
  const r = cli("validate", older, newer, sample, copy);
  expect(r.out).toContain("tệp trùng không tính");
  expect(r.out).toMatch(/quang-phu-lan-1\.xlsx\): không tính/);
  expect(r.out).toMatch(/cong-an-tinh-gui-lai\.xlsx\): không tính/);
});
