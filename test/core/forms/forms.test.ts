import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { buildForm, buildForms, formFileName } from "../../../src/core";
import { readXlsxSubmission, writeForm } from "../../../src/io/xlsx";

const SEP_2026 = { year: 2026, month: 9 };

async function load(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

/** Rows of the form by STT, 1-based sheet row numbers. */
function rowsByNo(ws: ExcelJS.Worksheet): Map<string, number> {
  const out = new Map<string, number>();
  ws.eachRow((row, n) => {
    const v = row.getCell(1).value;
    if (typeof v === "string" && /^\d+(\.\d+)?$/.test(v)) out.set(v, n);
  });
  return out;
}

describe("unit forms", () => {
  test("a form pre-filled with the unit's own services, dropdowns, locked formulas and its template marker", async () => {
    const form = buildForm("Sở Tư pháp", "dvc25", SEP_2026);
    const wb = await load(await writeForm(form));
    const ws = wb.worksheets[0];
    expect(ws.getCell("A1").value).toBe("Đơn vị: Sở Tư pháp");
    expect(ws.getCell("A2").value).toBe("Kỳ báo cáo: tháng 9/2026");
    const rows = rowsByNo(ws);
    expect([...rows.keys()]).toEqual(["9", "10", "11", "15", "16", "22"]);
    const r = rows.get("9")!;
    expect(ws.getCell(`C${r}`).dataValidation).toMatchObject({ type: "list", formulae: ['"Đã kết nối,Chưa kết nối"'] });
    expect(ws.getCell(`D${r}`).protection).toMatchObject({ locked: false });
    expect(ws.getCell(`F${r}`).value).toMatchObject({ formula: `IF(D${r}>0,E${r}/D${r},"")` });
    expect(ws.getCell(`F${r}`).protection?.locked).not.toBe(false);
    expect((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
    expect(wb.title).toBe("BC06-DVC25 v1");
  });

  test("filled in and read back: exactly the numbers typed, no errors, template recognised", async () => {
    const wb = await load(await writeForm(buildForm("Sở Tư pháp", "dvc25", SEP_2026)));
    const ws = wb.worksheets[0];
    const rows = rowsByNo(ws);
    const typed: Record<string, [number, number, number, number]> = {
      "9": [4681, 4637, 4600, 37],
      "10": [1898, 1880, 1880, 0],
      "22": [3909, 3209, 3209, 0],
    };
    for (const [no, [total, online, onTime, overdue]] of Object.entries(typed)) {
      const r = rows.get(no)!;
      ws.getCell(`C${r}`).value = "Đã kết nối";
      ws.getCell(`D${r}`).value = total;
      ws.getCell(`E${r}`).value = online;
      ws.getCell(`G${r}`).value = onTime;
      ws.getCell(`H${r}`).value = overdue;
    }
    ws.getCell(`I${rows.get("22")!}`).value = "=Phần mềm lỗi";
    const s = await readXlsxSubmission("stp-filled.xlsx", new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), {
      period: SEP_2026,
    });
    expect(s.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(s.unit.name).toBe("Sở Tư pháp");
    expect(s.period).toEqual(SEP_2026);
    expect(s.form).toEqual({ id: "dvc25", version: 1 });
    const read = Object.fromEntries(
      s.tables[0].rows.map((row) => [
        row.service.no,
        (["total", "online", "onTime", "overdue"] as const).map((k) => row.numbers[k].reading),
      ]),
    );
    for (const [no, nums] of Object.entries(typed)) expect(read[no].map((x) => (x.kind === "number" ? x.value : x.kind))).toEqual(nums);
    // Left empty stays empty, not zero.
    expect(read["11"].every((x) => x.kind === "empty")).toBe(true);
    expect(s.tables[0].rows.find((r) => r.service.no === "22")!.difficulties).toBe("=Phần mềm lỗi");
  });

  test("forms for every unit at once, each with its own file name", () => {
    const forms = buildForms(["Công an tỉnh", "UBND xã Quảng Phú", "Sở Giáo dục và Đào tạo"], "dvc25", SEP_2026);
    expect(forms.map(formFileName)).toEqual([
      "bc06-dvc25-2026-09-cong-an-tinh.xlsx",
      "bc06-dvc25-2026-09-ubnd-xa-quang-phu.xlsx",
      "bc06-dvc25-2026-09-so-giao-duc-va-dao-tao.xlsx",
    ]);
    expect(forms[1].inputs.length / 2).toBe(5);
    expect(forms[2].inputs.length / 2).toBe(1);
  });

  test("baocao06 form writes the file; a bad template is a Vietnamese message", () => {
    const dir = mkdtempSync(join(tmpdir(), "bc06-form-"));
    const bin = join(__dirname, "../../../bin/baocao06.js");
    const ok = spawnSync(
      process.execPath,
      [bin, "form", "--unit", "Sở Tư pháp", "--template", "dvc422", "--period", "2026-09", "--out", join(dir, "f.xlsx")],
      { encoding: "utf8" },
    );
    expect(ok.status).toBe(0);
    expect(readFileSync(join(dir, "f.xlsx")).subarray(0, 2).toString()).toBe("PK");
    const bad = spawnSync(
      process.execPath,
      [bin, "form", "--unit", "X", "--template", "abc", "--period", "2026-09", "--out", join(dir, "g.xlsx")],
      { encoding: "utf8" },
    );
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("Cần --template");
  });
});
