import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { unitWorkbook } from "../../scripts/lib/unitWorkbook";

const ROOT = join(__dirname, "../..");
const tmp = mkdtempSync(join(tmpdir(), "baocao06-units-"));
const cli = (...args: string[]) => {
  const r = spawnSync(process.execPath, [join(ROOT, "bin/baocao06.js"), ...args], { encoding: "utf8", cwd: tmp });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

test("the clerk exports the unit list, adds a unit in Excel, and the checks follow the edited list", async () => {
  const list = join(tmp, "don-vi.xlsx");
  expect(cli("units", "--out", list).code).toBe(0);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(list) as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet("Đơn vị báo cáo")!;
  ws.addRow(["bql-kkt-nghi-son", "Ban Quản lý Khu kinh tế Nghi Sơn", "Khác", "BQL KKT Nghi Sơn", "dvc25-09, dvc25-10"]);
  writeFileSync(list, Buffer.from(await wb.xlsx.writeBuffer()));

  const report = join(tmp, "bql.xlsx");
  writeFileSync(
    report,
    await unitWorkbook({
      unit: "BQL KKT Nghi Sơn",
      periodText: "tháng 10/2026",
      layout: "official",
      tables: [
        {
          rows: [
            {
              no: "9",
              name: "Đăng ký khai sinh",
              connection: "Đã kết nối",
              total: "10",
              online: "9",
              ratio: "90%",
              onTime: "9",
              overdue: "0",
            },
          ],
        },
      ],
    }),
  );
  const withDefault = JSON.parse(cli("validate", report, "--json").out).files[0];
  expect(withDefault.issues.map((i: { code: string }) => i.code)).toContain("UNIT_UNKNOWN");

  const withList = JSON.parse(cli("validate", report, "--units", list, "--json").out).files[0];
  expect(withList.unit).toBe("Ban Quản lý Khu kinh tế Nghi Sơn");
  expect(withList.issues.map((i: { code: string; service: string }) => [i.code, i.service])).toEqual([["SERVICE_MISSING", "dvc25-10"]]);
});

test("a unit list that is not one is refused in Vietnamese", () => {
  const bad = join(tmp, "x.json");
  writeFileSync(bad, "{}");
  const r = cli("validate", join(ROOT, "samples/so-y-te.xlsx"), "--units", bad);
  expect(r.code).toBe(2);
  expect(r.err).toContain("Không đọc được danh sách đơn vị");
  expect(r.err).not.toMatch(/\n\s+at /);
});
