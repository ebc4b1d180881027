import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { consolidate } from "../../../src/core";
import { readXlsxSubmission } from "../../../src/io/xlsx";

/**
 * Spreadsheets that are not .xlsx — an Excel 97-2003 .xls and an .ods saved by LibreOffice Calc
 * (test/fixtures/other-formats), an .xlsx locked with a password — each get one finding that
 * says how to save the file as .xlsx, and the rest of the batch goes on.
 */

const ROOT = join(__dirname, "../../..");
const FIXTURES = join(ROOT, "test/fixtures/other-formats");
const bytesOf = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));

test("an old .xls says it is Excel 97-2003 and how to save it as .xlsx in Excel or Calc", async () => {
  const s = await readXlsxSubmission("so-tu-phap.xls", bytesOf("so-tu-phap.xls"));
  expect(s.readable).toBe(false);
  expect(s.findings.map((f) => f.code)).toEqual(["FILE_UNREADABLE"]);
  expect(s.error).toMatch(/Excel 97-2003 \(\.xls\)/);
  expect(s.error).toMatch(/Lưu thành \(File → Save As\)/);
  expect(s.error).toMatch(/Sổ làm việc Excel \(\*\.xlsx\)/);
  expect(s.error).toMatch(/Excel 2007-365/);
  expect(s.error).not.toMatch(/mật khẩu/);
});

test("an .ods says it is OpenDocument and how to save it as .xlsx", async () => {
  const s = await readXlsxSubmission("so-tu-phap.ods", bytesOf("so-tu-phap.ods"));
  expect(s.readable).toBe(false);
  expect(s.error).toMatch(/OpenDocument \(\.ods\)/);
  expect(s.error).toMatch(/Excel 2007-365 \(\.xlsx\)/);
});

test("a password-locked .xlsx says to remove the password, not to convert", async () => {
  // An encrypted OOXML package is an OLE compound file whose directory names an EncryptedPackage stream.
  const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const name = Array.from("EncryptedPackage").flatMap((c) => [c.charCodeAt(0), 0]);
  const bytes = new Uint8Array(4096);
  bytes.set(header, 0);
  bytes.set(name, 1024);
  const s = await readXlsxSubmission("khoa.xlsx", bytes);
  expect(s.error).toMatch(/đặt mật khẩu/);
  expect(s.error).not.toMatch(/97-2003/);
});

test("a folder with an .xls and an .ods lists both with their finding and still checks the .xlsx beside them", () => {
  const cliJs = join(ROOT, "bin/baocao06.js");
  if (!existsSync(join(ROOT, "lib/cli.js"))) spawnSync(process.execPath, [join(ROOT, "scripts/build-cli.mjs")], { cwd: ROOT });
  const dir = mkdtempSync(join(tmpdir(), "baocao06-formats-"));
  copyFileSync(join(FIXTURES, "so-tu-phap.xls"), join(dir, "so-tu-phap.xls"));
  copyFileSync(join(FIXTURES, "so-tu-phap.ods"), join(dir, "so-tu-phap-ban-2.ods"));
  copyFileSync(join(ROOT, "samples/so-y-te.xlsx"), join(dir, "so-y-te.xlsx"));
  const r = spawnSync(process.execPath, [cliJs, "validate", dir, "--json"], { encoding: "utf8" });
  expect(r.status).toBe(2);
  const doc = JSON.parse(r.stdout) as { files: { file: string; readable: boolean; error?: string }[] };
  expect(doc.files.map((f) => [f.file, f.readable])).toEqual([
    ["so-tu-phap-ban-2.ods", false],
    ["so-tu-phap.xls", false],
    ["so-y-te.xlsx", true],
  ]);
  expect(doc.files[1].error).toMatch(/Lưu thành/);
});

test("an .xls in a batch does not stop the merge of the others", async () => {
  const xls = await readXlsxSubmission("so-tu-phap.xls", bytesOf("so-tu-phap.xls"));
  const good = await readXlsxSubmission("so-y-te.xlsx", new Uint8Array(readFileSync(join(ROOT, "samples/so-y-te.xlsx"))));
  const merged = consolidate([xls, good], { year: 2026, month: 10 });
  expect(merged.tables.dvc422.rows.find((r) => r.service.id === "dvc422-13")?.total).not.toBeNull();
  expect(merged.findings.filter((f) => f.code === "FILE_UNREADABLE").map((f) => f.file)).toEqual(["so-tu-phap.xls"]);
});
