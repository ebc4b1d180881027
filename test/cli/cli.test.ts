import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serviceById } from "../../src/core";
import { type RowSpec, unitWorkbook } from "../../scripts/lib/unitWorkbook";

const ROOT = join(__dirname, "../..");
const SAMPLES = join(ROOT, "samples");
const tmp = mkdtempSync(join(tmpdir(), "baocao06-cli-"));

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, "bin/baocao06.js"), ...args], { encoding: "utf8", cwd: tmp });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const row = (id: string, v: Partial<RowSpec> = {}): RowSpec => {
  const s = serviceById(id)!;
  return { no: s.no, name: s.name, connection: "Đã kết nối", total: "100", online: "80", ratio: "80%", onTime: "80", overdue: "0", ...v };
};

async function file(name: string, rows: RowSpec[]): Promise<string> {
  const path = join(tmp, name);
  writeFileSync(
    path,
    await unitWorkbook({ unit: "UBND xã Quảng Phú", periodText: "tháng 10/2026", layout: "official", tables: [{ rows }] }),
  );
  return path;
}

const communeRows = () =>
  ["dvc25-09", "dvc25-10", "dvc25-11"]
    .map((id) => row(id))
    .concat(["dvc25-15", "dvc25-16"].map((id) => row(id, { connection: "Đã thực hiện" })));

beforeAll(() => {
  if (!existsSync(join(ROOT, "lib/cli.js"))) spawnSync(process.execPath, [join(ROOT, "scripts/build-cli.mjs")], { cwd: ROOT });
});

describe("baocao06 validate", () => {
  test("exit 0 and a Vietnamese summary when no file has errors", async () => {
    const r = cli("validate", await file("sach.xlsx", communeRows()));
    expect(r.code).toBe(0);
    expect(r.out).toContain("✔ UBND xã Quảng Phú (sach.xlsx): hợp lệ");
    expect(r.out).toContain("Kết quả: 1 hợp lệ, 0 có lỗi, 0 không đọc được.");
  });

  test("exit 1 when a file has errors; --json prints exactly one document of the documented shape", async () => {
    const bad = await file("loi.xlsx", [...communeRows().slice(1), row("dvc25-09", { online: "120", ratio: "120%" })]);
    const r = cli("validate", bad, "--json");
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.out);
    expect(Object.keys(doc)).toEqual(["files"]);
    expect(doc.files[0]).toEqual({
      file: "loi.xlsx",
      unit: "UBND xã Quảng Phú",
      period: "2026-10",
      readable: true,
      error: null,
      tables: [{ sheet: "Báo cáo", template: "dvc25", rows: 5 }],
      issues: [
        {
          severity: "error",
          code: "ONLINE_EXCEEDS_TOTAL",
          sheet: "Báo cáo",
          cell: "E10",
          service: "dvc25-09",
          message: "Số hồ sơ trực tuyến (120) lớn hơn tổng số hồ sơ (100).",
        },
      ],
    });
  });

  test("exit 2 when a file cannot be read, and the other files are still checked, without a stack trace", async () => {
    const broken = join(tmp, "hong.xlsx");
    writeFileSync(broken, "not a workbook");
    const r = cli("validate", broken, await file("tot.xlsx", communeRows()), join(tmp, "khong-co.xlsx"), "--json");
    expect(r.code).toBe(2);
    const doc = JSON.parse(r.out);
    expect(doc.files.map((f: { file: string; readable: boolean }) => [f.file, f.readable])).toEqual([
      ["hong.xlsx", false],
      ["tot.xlsx", true],
      ["khong-co.xlsx", false],
    ]);
    expect(doc.files[0].error).toContain("không phải tệp Excel");
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  test("--period flags a file of another month", async () => {
    const r = cli("validate", await file("sach2.xlsx", communeRows()), "--period", "2026-11", "--json");
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).files[0].issues.map((i: { code: string }) => i.code)).toEqual(["PERIOD_MISMATCH"]);
  });

  test("a wrong option gets the usage in Vietnamese and exit 2", () => {
    const r = cli("validate", "--khong-co");
    expect(r.code).toBe(2);
    expect(r.err).toContain("Cách dùng");
  });
});

describe("baocao06 merge", () => {
  test("merges the samples into a workbook and prints the tables as JSON", () => {
    const out = join(tmp, "tong-hop.xlsx");
    const r = cli("merge", SAMPLES, "--out", out, "--json");
    // The samples carry broken files on purpose: the workbook is written, the report is incomplete.
    expect(r.code).toBe(1);
    expect(existsSync(out)).toBe(true);
    const doc = JSON.parse(r.out);
    expect(doc.files).toHaveLength(35);
    expect(Object.keys(doc.tables)).toEqual(expect.arrayContaining(["dvc25", "dvc422"]));
    const first = doc.tables.dvc25[0];
    expect(Object.keys(first)).toEqual(expect.arrayContaining(["id", "total", "online", "onlineRatio", "onTime", "overdue", "sources"]));
    expect(first.id).toBe("dvc25-01");
    expect(typeof first.total).toBe("number");
  });

  test("services nobody reported stay null in the JSON, never 0", async () => {
    const r = cli("merge", await file("mot-xa.xlsx", communeRows()), "--out", join(tmp, "mot.xlsx"), "--json");
    const doc = JSON.parse(r.out);
    expect(doc.tables.dvc25[0]).toEqual({
      id: "dvc25-01",
      total: null,
      online: null,
      onlineRatio: null,
      onTime: null,
      overdue: null,
      onTimeRatio: null,
      complete: true,
      leftOut: [],
      sources: [],
    });
    expect(doc.tables.dvc25[8]).toMatchObject({
      id: "dvc25-09",
      total: 100,
      online: 80,
      onlineRatio: 0.8,
      onTime: 80,
      overdue: 0,
      onTimeRatio: 1,
    });
  });

  test("prints a Vietnamese summary and where the workbook went", () => {
    const out = join(tmp, "th.xlsx");
    const r = cli("merge", SAMPLES, "--out", out);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/Đã ghi bảng tổng hợp: .*th\.xlsx/);
    expect(r.out).toMatch(/Báo cáo chưa đầy đủ: số liệu có lỗi của \d+ đơn vị không được cộng vào \d+ dịch vụ/);
    expect(r.out).toMatch(/- 9\. Đăng ký khai sinh \(QĐ 06\): chưa gồm .*UBND xã Nga Sơn/);
    expect(r.out).toMatch(/tỷ lệ trực tuyến \d+,\d+%/);
  });

  test("--province, --report-no and --report-date go into the 'kèm theo' line", async () => {
    const out = join(tmp, "so.xlsx");
    expect(
      cli(
        "merge",
        await file("x.xlsx", communeRows()),
        "--out",
        out,
        "--province",
        "Quảng Nam",
        "--report-no",
        "125",
        "--report-date",
        "05/11/2026",
      ).code,
    ).toBe(0);
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet("PL DVC 06")!.getCell("A4").value).toBe(
      "(kèm theo Báo cáo số: 125/BC-UBND ngày 05/11/2026 của Tổ công tác Đề án 06 tỉnh Quảng Nam)",
    );
  });

  test("a flagged value is left out (exit 1) until the clerk accepts it with --accept (exit 0, recorded)", async () => {
    const bad = await file("nga-son.xlsx", [
      ...communeRows().slice(1),
      row("dvc25-09", { total: "30", online: "40", ratio: null, onTime: "40" }),
    ]);
    const left = cli("merge", bad, "--out", join(tmp, "left.xlsx"), "--json");
    expect(left.code).toBe(1);
    const doc = JSON.parse(left.out);
    const r09 = doc.tables.dvc25[8];
    expect(r09).toMatchObject({ id: "dvc25-09", total: null, online: null, complete: false });
    expect(r09.leftOut.map((l: { column: string; code: string }) => `${l.column}:${l.code}`)).toContain("online:ONLINE_EXCEEDS_TOTAL");
    const cell = r09.leftOut.find((l: { column: string }) => l.column === "online").cell;
    expect(doc.incomplete.services.map((x: { serviceId: string }) => x.serviceId)).toEqual(["dvc25-09"]);

    const ok = cli("merge", bad, "--out", join(tmp, "ok.xlsx"), "--json", "--accept", `nga-son.xlsx!${cell}`);
    expect(ok.code).toBe(0);
    const accepted = JSON.parse(ok.out).tables.dvc25[8];
    expect(accepted).toMatchObject({ total: 30, online: 40, complete: true, leftOut: [] });
    expect(accepted.sources[0].accepted).toEqual([{ code: "ONLINE_EXCEEDS_TOTAL", cell }]);
    expect(cli("merge", bad, "--out", join(tmp, "x.xlsx"), "--accept", "nga-son.xlsx!không-phải-ô").code).toBe(2);
  });

  test("without --out it refuses politely", () => {
    const r = cli("merge", SAMPLES);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--out");
  });
});
