import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { messages, messagesEn } from "../../src/core";

/**
 * A unit's forms made by `baocao06 form`, filled in as a unit fills them (exceljs, typing into the
 * shaded cells) and given back to `validate` and `merge`: together, apart, and returned blank.
 */
const ROOT = join(__dirname, "../..");
const tmp = mkdtempSync(join(tmpdir(), "bc06-forms-together-"));
const UNIT = "Công ty Điện lực";

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, "bin/baocao06.js"), ...args], { encoding: "utf8", cwd: tmp });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function makeForm(template: string, file: string, unit = UNIT): string {
  const out = join(tmp, file);
  const r = cli("form", "--unit", unit, "--template", template, "--period", "2026-10", "--out", out);
  expect(r.code).toBe(0);
  return out;
}

type Typed = Record<string, { connection: string; total: number; online: number; onTime: number; overdue: number }>;

/** Type figures into a form's rows (found by STT in column A), save it under a new name. */
async function fill(form: string, file: string, typed: Typed): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(form) as unknown as ExcelJS.Buffer);
  const ws = wb.worksheets[0];
  const seen: string[] = [];
  ws.eachRow((row, r) => {
    const no = row.getCell(1).value;
    const t = typeof no === "string" ? typed[no] : undefined;
    if (!t) return;
    seen.push(no as string);
    ws.getCell(`C${r}`).value = t.connection;
    ws.getCell(`D${r}`).value = t.total;
    ws.getCell(`E${r}`).value = t.online;
    ws.getCell(`G${r}`).value = t.onTime;
    ws.getCell(`H${r}`).value = t.overdue;
  });
  expect(seen.sort()).toEqual(Object.keys(typed).sort());
  const out = join(tmp, file);
  writeFileSync(out, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  return out;
}

const row = (total: number, online: number, onTime: number, overdue: number, connection = "Đã kết nối") => ({
  connection,
  total,
  online,
  onTime,
  overdue,
});

let dvc25: string;
let dvc422: string;

beforeAll(async () => {
  if (!existsSync(join(ROOT, "lib/cli.js"))) spawnSync(process.execPath, [join(ROOT, "scripts/build-cli.mjs")], { cwd: ROOT });
  // The power company reports Decision 06 services 24 and 25, and Decision 422 services 6.1–6.5 and 19.
  dvc25 = await fill(makeForm("dvc25", "dl-dvc25-mau.xlsx"), "dl-dvc25.xlsx", {
    "24": row(1200, 1150, 1140, 10),
    "25": row(300, 290, 290, 0),
  });
  dvc422 = await fill(makeForm("dvc422", "dl-dvc422-mau.xlsx"), "dl-dvc422.xlsx", {
    "6.1": row(40, 38, 38, 0),
    "6.2": row(25, 25, 24, 1),
    "6.3": row(12, 12, 12, 0),
    "6.4": row(8, 6, 6, 0),
    "6.5": row(30, 30, 30, 0),
    "19": row(0, 0, 0, 0),
  });
}, 60_000);

describe("a unit's two service forms, filled in correctly", () => {
  test("validated together: no finding at all, exit 0 (the other form's services are not missing)", () => {
    const r = cli("validate", dvc25, dvc422, "--period", "2026-10", "--json");
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const files = JSON.parse(r.out).files as Array<{ file: string; unit: string; issues: unknown[]; tables: unknown[] }>;
    expect(files.map((f) => [f.file, f.unit, f.issues])).toEqual([
      ["dl-dvc25.xlsx", UNIT, []],
      ["dl-dvc422.xlsx", UNIT, []],
    ]);
  });

  test.each([["dl-dvc25.xlsx"], ["dl-dvc422.xlsx"]])("validated apart, %s: no finding, exit 0", (file) => {
    const r = cli("validate", join(tmp, file), "--period", "2026-10", "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).files[0].issues).toEqual([]);
  });

  test("merged: both forms count, as one report of the unit, with every figure typed", () => {
    const r = cli("merge", dvc25, dvc422, "--period", "2026-10", "--out", join(tmp, "tong-hop.xlsx"), "--json");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.duplicates).toEqual([]);
    const get = (cat: string, id: string) => (json.tables[cat] as Array<{ id: string; total: number }>).find((x) => x.id === id)!;
    expect(get("dvc25", "dvc25-24")).toMatchObject({ total: 1200, online: 1150, onTime: 1140, overdue: 10 });
    expect(get("dvc422", "dvc422-06.2")).toMatchObject({ total: 25, online: 25, onTime: 24, overdue: 1 });
    expect(get("dvc422", "dvc422-19")).toMatchObject({ total: 0, online: 0 });
  });

  test("a row the unit removed from its form is still missing, from that form only", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(dvc25) as unknown as ExcelJS.Buffer);
    const ws = wb.worksheets[0];
    ws.eachRow((r) => {
      if (r.getCell(1).value === "25") for (let c = 1; c <= 9; c++) r.getCell(c).value = null;
    });
    const cut = join(tmp, "dl-dvc25-thieu.xlsx");
    writeFileSync(cut, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    const r = cli("validate", cut, dvc422, "--period", "2026-10", "--json");
    const files = JSON.parse(r.out).files as Array<{ issues: Array<{ code: string; service: string }> }>;
    expect(files[0].issues.map((i) => [i.code, i.service])).toEqual([["SERVICE_MISSING", "dvc25-25"]]);
    expect(files[1].issues).toEqual([]);
  });
});

describe("a form returned blank", () => {
  test.each([
    ["dvc25", "BC06-DVC25", "chưa ghi số liệu của dịch vụ nào (không phát sinh hồ sơ thì ghi 0)"],
    ["dvc422", "BC06-DVC422", "chưa ghi số liệu của dịch vụ nào (không phát sinh hồ sơ thì ghi 0)"],
    ["tasks", "BC06-NHIEMVU", "chưa ghi kết quả thực hiện của nhiệm vụ nào"],
  ])("%s: one error finding in Vietnamese, exit 1", (template, code, detail) => {
    const unit = template === "tasks" ? "Sở Khoa học và Công nghệ" : UNIT;
    const sheet = template === "tasks" ? "Nhiệm vụ" : "Báo cáo";
    const blank = makeForm(template, `trong-${template}.xlsx`, unit);
    const r = cli("validate", blank, "--period", "2026-10", "--json");
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).files[0].issues).toEqual([
      {
        severity: "error",
        code: "FORM_BLANK",
        sheet,
        cell: null,
        service: null,
        message: `Biểu mẫu ${code} gửi về còn trống: ${detail}.`,
      },
    ]);
    const text = cli("validate", blank, "--period", "2026-10");
    expect(text.out).toContain(`Lỗi ${sheet}: Biểu mẫu ${code} gửi về còn trống`);
  });

  test("a form whose table was deleted is not a recognised table, and is not also called blank", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(tmp, "dl-dvc25-mau.xlsx")) as unknown as ExcelJS.Buffer);
    const ws = wb.worksheets[0];
    ws.unMergeCells("A7:I8");
    for (let r = 7; r <= ws.rowCount; r++) for (let c = 1; c <= 9; c++) ws.getCell(r, c).value = null;
    const cut = join(tmp, "dl-dvc25-xoa-bang.xlsx");
    writeFileSync(cut, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    const codes = JSON.parse(cli("validate", cut, "--period", "2026-10", "--json").out).files[0].issues.map(
      (i: { code: string }) => i.code,
    );
    expect(codes).toContain("TEMPLATE_NOT_RECOGNIZED");
    expect(codes).not.toContain("FORM_BLANK");
  });

  test("one figure typed is no longer blank; the finding has its message in both tables", async () => {
    const one = await fill(join(tmp, "dl-dvc25-mau.xlsx"), "dl-dvc25-mot.xlsx", { "24": row(0, 0, 0, 0) });
    const r = cli("validate", one, "--period", "2026-10", "--json");
    expect(JSON.parse(r.out).files[0].issues.map((i: { code: string }) => i.code)).not.toContain("FORM_BLANK");
    expect(messages.FORM_BLANK.severity).toBe("error");
    expect(messagesEn.FORM_BLANK).toBe("Form {form} came back blank: {detailEn}.");
  });
});

describe("the form's input cells", () => {
  test("the four count cells of every service row accept whole numbers from 0 only; status is a list; text is free", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(tmp, "dl-dvc422-mau.xlsx")) as unknown as ExcelJS.Buffer);
    const ws = wb.worksheets[0];
    const rows: number[] = [];
    ws.eachRow((r, n) => {
      if (typeof r.getCell(1).value === "string" && /^\d+(\.\d+)?$/.test(r.getCell(1).value as string)) rows.push(n);
    });
    expect(rows).toHaveLength(6);
    for (const r of rows) {
      for (const col of ["D", "E", "G", "H"]) {
        expect({ cell: `${col}${r}`, dv: ws.getCell(`${col}${r}`).dataValidation }).toEqual({
          cell: `${col}${r}`,
          dv: expect.objectContaining({
            type: "whole",
            operator: "greaterThanOrEqual",
            formulae: [0],
            allowBlank: true,
            showErrorMessage: true,
          }),
        });
      }
      expect(ws.getCell(`C${r}`).dataValidation).toMatchObject({ type: "list" });
      // The ratio is a locked formula, the difficulties free text: no rule on either.
      expect(ws.getCell(`F${r}`).dataValidation).toBeUndefined();
      expect(ws.getCell(`I${r}`).dataValidation).toBeUndefined();
    }
    expect(ws.getCell(`D${rows[0]}`).dataValidation.error).toContain("số nguyên");
  });
});
