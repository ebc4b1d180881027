import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { DOMParser } from "@xmldom/xmldom";
import { strFromU8, unzipSync } from "fflate";
import { serviceById } from "../../src/core";
import { unitWorkbook } from "../../scripts/lib/unitWorkbook";

const ROOT = join(__dirname, "../..");
const SAMPLES = join(ROOT, "samples");
const tmp = mkdtempSync(join(tmpdir(), "baocao06-feedback-"));

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, "bin/baocao06.js"), ...args], { encoding: "utf8", cwd: tmp });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

interface FileResult {
  file: string;
  unit: string;
  errors: number;
  warnings: number;
  out: string | null;
  message: string | null;
  messageFile: string | null;
}

async function load(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** The text of a cell note, however exceljs hands it over. */
function noteText(c: ExcelJS.Cell): string {
  const note = c.note as string | ExcelJS.Comment | undefined;
  if (!note) return "";
  return typeof note === "string" ? note : (note.texts ?? []).map((t) => t.text).join("");
}

/** Everything of a cell a unit would see, except the fill (which marks findings) and the note. */
function cellLook(c: ExcelJS.Cell) {
  return JSON.stringify({
    value: c.value,
    formula: c.formula ?? null,
    numFmt: c.numFmt ?? null,
    font: c.font ?? null,
    border: c.border ?? null,
    alignment: c.alignment ?? null,
  });
}

/** Findings the unit gets back, by sheet and cell, from `validate --json`. */
function findingCells(file: string): { sheet: string; cell: string; message: string; severity: string }[] {
  const v = JSON.parse(cli("validate", file, "--json").out) as {
    files: { issues: { sheet: string | null; cell: string | null; message: string; severity: string; code: string }[] }[];
  };
  return v.files[0].issues.filter((i) => i.sheet && i.cell && i.severity !== "info" && i.code !== "UNIT_UNKNOWN") as never;
}

beforeAll(() => {
  if (!existsSync(join(ROOT, "lib/cli.js"))) spawnSync(process.execPath, [join(ROOT, "scripts/build-cli.mjs")], { cwd: ROOT });
});

describe("baocao06 feedback on the samples", () => {
  const out = join(tmp, "gui-lai");
  const before = new Map<string, string>();
  let results: FileResult[] = [];

  beforeAll(() => {
    for (const f of readdirSync(SAMPLES)) before.set(f, sha(join(SAMPLES, f)));
    const r = cli("feedback", SAMPLES, "--out", out, "--period", "2026-10", "--resend-by", "2026-11-13", "--json");
    expect(r.code).toBe(0);
    results = (JSON.parse(r.out) as { files: FileResult[] }).files;
  });

  test("originals are byte-identical afterwards", () => {
    for (const [f, hash] of before) expect(sha(join(SAMPLES, f))).toBe(hash);
  });

  test("one annotated copy per readable file with errors or warnings, none for clean files, only a message for an unreadable one", () => {
    expect(results).toHaveLength(before.size);
    const withFindings = results.filter((r) => r.errors + r.warnings > 0);
    expect(withFindings.length).toBeGreaterThanOrEqual(7);
    for (const r of results) {
      const unreadable = r.file === "ubnd-xa-ba-thuoc-hong.xlsx";
      if (unreadable) {
        expect(r.out).toBeNull();
        expect(r.message).toMatch(
          /^Kính gửi: .*\n.*không đọc được.*\nĐề nghị đơn vị kiểm tra, gửi lại tệp Excel \(\.xlsx\) trước ngày 13\/11\/2026\./,
        );
      } else if (r.errors + r.warnings > 0) {
        expect(r.out).toBe(join(out, r.file.replace(/\.xlsx$/, "-kiem-tra.xlsx")));
        expect(existsSync(r.out!)).toBe(true);
      } else {
        expect(r.out).toBeNull();
        expect(r.message).toBeNull();
      }
      if (r.message) expect(readFileSync(r.messageFile!, "utf8")).toBe(`${r.message}\n`);
    }
    expect(readdirSync(out).filter((f) => f.endsWith(".xlsx"))).toHaveLength(withFindings.length - 1);
  });

  test("the message is an official note naming the cells, the counts and the date to resend by", () => {
    const bhxh = results.find((r) => r.file === "bhxh-tinh.xlsx")!;
    expect(bhxh.message).toBe(
      "Kính gửi: Bảo hiểm xã hội tỉnh.\n" +
        "Báo cáo tháng 10/2026 của đơn vị (tệp \u201Cbhxh-tinh.xlsx\u201D) có 1 lỗi: ô E8 (17. " +
        `${serviceById("dvc25-17")!.name.slice(0, 69).trimEnd()}…: Số hồ sơ trực tuyến (975) lớn hơn tổng số hồ sơ (957)).\n` +
        "Đề nghị đơn vị kiểm tra, chỉnh sửa và gửi lại báo cáo trước ngày 13/11/2026. " +
        "Các ô cần sửa được tô màu và ghi chú trong tệp gửi kèm (trang \u201CKết quả kiểm tra\u201D).",
    );
    const caTinh = results.find((r) => r.file === "cong-an-tinh.xlsx")!;
    expect(caTinh.message).toContain("có 1 cảnh báo: ô F9 (2. ");
  });

  test("every copy keeps every original sheet, value, formula, merge and format; each finding's cell is filled and carries a note", async () => {
    for (const r of results.filter((x) => x.out)) {
      const original = await load(join(SAMPLES, r.file));
      const copy = await load(r.out!);
      expect(copy.worksheets.map((w) => w.name)).toEqual(["Kết quả kiểm tra", ...original.worksheets.map((w) => w.name)]);
      const findings = findingCells(join(SAMPLES, r.file));
      const marked = new Set(findings.map((f) => `${f.sheet}!${f.cell}`));
      let compared = 0;
      for (const ws of original.worksheets) {
        const cs = copy.getWorksheet(ws.name)!;
        expect(cs.model.merges.slice().sort()).toEqual(ws.model.merges.slice().sort());
        expect(cs.columns?.map((c) => c.width)).toEqual(ws.columns?.map((c) => c.width));
        ws.eachRow({ includeEmpty: true }, (row, rn) => {
          row.eachCell({ includeEmpty: true }, (cell, cn) => {
            const other = cs.getRow(rn).getCell(cn);
            if (marked.has(`${ws.name}!${cell.address}`)) {
              // A marked cell gets its own format (the original plus a fill), which exceljs spells out in full.
              expect([other.value, other.formula, other.numFmt]).toEqual([cell.value, cell.formula, cell.numFmt]);
            } else {
              expect(cellLook(other)).toBe(cellLook(cell));
              expect(JSON.stringify(other.fill ?? null)).toBe(JSON.stringify(cell.fill ?? null));
            }
            compared++;
          });
        });
      }
      expect(compared).toBeGreaterThan(50);
      for (const f of findings) {
        const cell = copy.getWorksheet(f.sheet)!.getCell(f.cell);
        const text = noteText(cell);
        expect(text).toContain(f.message);
        expect(text).toContain("Cần: ");
        const fill = cell.fill as ExcelJS.FillPattern;
        expect(fill.fgColor?.argb).toBe(f.severity === "error" ? "FFFFC7CE" : "FFFFEB9C");
      }
    }
  });

  test("parts the annotation does not need stay byte for byte; the first sheet links each finding to its cell", () => {
    const r = results.find((x) => x.file === "so-tai-chinh.xlsx")!;
    const a = unzipSync(readFileSync(join(SAMPLES, r.file)));
    const b = unzipSync(readFileSync(r.out!));
    for (const name of ["xl/sharedStrings.xml", "xl/theme/theme1.xml", "docProps/core.xml", "docProps/app.xml"]) {
      expect(Buffer.from(b[name]).equals(Buffer.from(a[name]))).toBe(true);
    }
    const wb = new DOMParser().parseFromString(strFromU8(b["xl/workbook.xml"]), "text/xml");
    const names = Array.from(wb.getElementsByTagName("sheet")).map((s) => s.getAttribute("name"));
    expect(names[0]).toBe("Kết quả kiểm tra");
    const sheetXml = Object.entries(b)
      .filter(([n]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))
      .map(([, v]) => strFromU8(v))
      .find((x) => x.includes("KẾT QUẢ KIỂM TRA"))!;
    const links = Array.from(new DOMParser().parseFromString(sheetXml, "text/xml").getElementsByTagName("hyperlink"));
    expect(links.map((l) => l.getAttribute("location"))).toEqual(["'Báo cáo'!G9"]);
  });

  test("a resent copy reads back to the same findings as the original: the summary sheet is not taken for a table", () => {
    const r = results.find((x) => x.file === "bhxh-tinh.xlsx")!;
    const strip = (xs: { code: string; cell: string }[]) => xs.map((f) => `${f.code}@${f.cell}`).sort();
    expect(strip(findingCells(r.out!) as never)).toEqual(strip(findingCells(join(SAMPLES, r.file)) as never));
  });

  test("LibreOffice opens a copy and prints the findings sheet first", () => {
    const r = results.find((x) => x.file === "ubnd-xa-hau-loc.xlsx")!;
    const pdfDir = join(tmp, "pdf");
    const conv = spawnSync(
      "soffice",
      ["--headless", `-env:UserInstallation=file://${join(tmp, "lo")}`, "--convert-to", "pdf", "--outdir", pdfDir, r.out!],
      {
        encoding: "utf8",
        timeout: 180_000,
      },
    );
    expect(conv.status).toBe(0);
    const pdf = join(pdfDir, "ubnd-xa-hau-loc-kiem-tra.pdf");
    const text = spawnSync("pdftotext", ["-f", "1", "-l", "1", pdf, "-"], { encoding: "utf8" }).stdout;
    expect(text).toContain("KẾT QUẢ KIỂM TRA BÁO CÁO CỦA ĐƠN VỊ");
    expect(text).toContain("D9");
  }, 200_000);
});

describe("baocao06 feedback on a workbook with its own notes and formulas", () => {
  test("the unit's own notes and formulas stay; ours are added beside them", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      (await unitWorkbook({
        unit: "UBND xã Quảng Phú",
        periodText: "tháng 10/2026",
        layout: "official",
        tables: [
          {
            rows: ["dvc25-09", "dvc25-10", "dvc25-11", "dvc25-15", "dvc25-16"].map((id, i) => {
              const s = serviceById(id)!;
              return {
                no: s.no,
                name: s.name,
                connection: "Đã kết nối",
                total: "100",
                online: i === 1 ? "120" : "80",
                ratio: "",
                onTime: "80",
                overdue: "0",
              };
            }),
          },
        ],
      })) as never,
    );
    const ws = wb.worksheets[0];
    ws.getCell("A1").note = "Ghi chú của đơn vị";
    ws.getCell("K1").value = { formula: "1+1", result: 2 };
    const path = join(tmp, "co-ghi-chu.xlsx");
    await wb.xlsx.writeFile(path);
    const hash = sha(path);
    const r = cli("feedback", path, "--out", join(tmp, "gui-lai-2"), "--resend-by", "2026-11-13", "--json");
    expect(r.code).toBe(0);
    const res = (JSON.parse(r.out) as { files: FileResult[] }).files[0];
    expect(res.errors).toBeGreaterThan(0);
    expect(sha(path)).toBe(hash);
    const copy = await load(res.out!);
    const cs = copy.getWorksheet(ws.name)!;
    expect(noteText(cs.getCell("A1"))).toBe("Ghi chú của đơn vị");
    expect(cs.getCell("K1").formula).toBe("1+1");
    const findings = findingCells(path);
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect(noteText(cs.getCell(f.cell))).toContain(f.message);
  });

  test("an input path that is not a workbook gets no copy and a message; exit 0", () => {
    const bad = join(tmp, "hong.xlsx");
    writeFileSync(bad, "không phải tệp excel");
    const r = cli("feedback", bad, "--out", join(tmp, "gui-lai-3"), "--resend-by", "2026-11-13", "--json");
    expect(r.code).toBe(0);
    const res = (JSON.parse(r.out) as { files: FileResult[] }).files[0];
    expect(res.out).toBeNull();
    expect(res.message).toContain("không đọc được");
  });
});
