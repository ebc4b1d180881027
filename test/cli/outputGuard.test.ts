import { spawnSync } from "node:child_process";
import { existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serviceById } from "../../src/core";
import { type RowSpec, unitWorkbook } from "../../scripts/lib/unitWorkbook";

const ROOT = join(__dirname, "../..");
const tmp = mkdtempSync(join(tmpdir(), "baocao06-out-"));

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, "bin/baocao06.js"), ...args], { encoding: "utf8", cwd: tmp });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const row = (id: string): RowSpec => {
  const s = serviceById(id)!;
  return { no: s.no, name: s.name, connection: "Đã kết nối", total: "100", online: "80", ratio: "80%", onTime: "80", overdue: "0" };
};

const inputs = join(tmp, "thang-10");
const unit = join(inputs, "xa-quang-phu.xlsx");
let original: Buffer;

beforeAll(async () => {
  if (!existsSync(join(ROOT, "lib/cli.js"))) spawnSync(process.execPath, [join(ROOT, "scripts/build-cli.mjs")], { cwd: ROOT });
  mkdirSync(inputs);
  writeFileSync(
    unit,
    await unitWorkbook({
      unit: "UBND xã Quảng Phú",
      periodText: "tháng 10/2026",
      layout: "official",
      tables: [{ rows: [row("dvc25-09")] }],
    }),
  );
  original = readFileSync(unit);
  symlinkSync(unit, join(tmp, "lien-ket.xlsx"));
  symlinkSync(inputs, join(tmp, "thu-muc-lien-ket"));
  linkSync(unit, join(tmp, "cung-inode.xlsx"));
});

const refusals: Record<string, () => string[]> = {
  "--out is the input file": () => ["merge", unit, "--out", unit],
  "--out names an input inside the folder given": () => ["merge", inputs, "--out", join(inputs, "xa-quang-phu.xlsx")],
  "--out is a symlink to an input": () => ["merge", unit, "--out", join(tmp, "lien-ket.xlsx")],
  "--out goes through a symlinked folder to an input": () => ["merge", inputs, "--out", join(tmp, "thu-muc-lien-ket", "xa-quang-phu.xlsx")],
  "--out is a hard link to an input": () => ["merge", unit, "--out", join(tmp, "cung-inode.xlsx")],
  "--out differs from an input only in letter case": () => ["merge", inputs, "--out", join(inputs, "XA-QUANG-PHU.xlsx")],
  "--out is the previous month's workbook given with --previous": () => ["merge", inputs, "--previous", unit, "--out", unit],
  "units --out is the --units file": () => ["units", "--units", unit, "--out", unit],
};

describe("no input is ever written", () => {
  test.each(Object.entries(refusals))("%s: refused with a clear message, the file untouched", (_, argv) => {
    const r = cli(...argv());
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^Không ghi vào .*: đó là tệp đầu vào .*hãy chọn tên khác cho --out\.\n$/);
    expect(r.err).not.toMatch(/at .*\.js/);
    expect(readFileSync(unit).equals(original)).toBe(true);
  });

  test("a new name in the input folder is allowed, written whole, no temporary file left", () => {
    const r = cli("merge", unit, "--out", join(inputs, "tong-hop.xlsx"));
    expect(r.code).toBe(0);
    expect(readFileSync(join(inputs, "tong-hop.xlsx")).subarray(0, 2).toString()).toBe("PK");
    expect(readdirSync(inputs).sort()).toEqual(["tong-hop.xlsx", "xa-quang-phu.xlsx"]);
  });

  test("a write that cannot happen is reported, and leaves neither half a file nor a temporary one", () => {
    writeFileSync(join(tmp, "khong-phai-thu-muc"), "x");
    const r = cli("merge", unit, "--out", join(tmp, "khong-phai-thu-muc", "t.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^Không ghi được .*t\.xlsx .*không có tệp nào bị ghi dở\.\n$/);
    const dir = cli("merge", unit, "--out", inputs);
    expect(dir.err).toContain("đó là một thư mục");
    expect(readdirSync(tmp).filter((n) => n.endsWith(".tmp"))).toEqual([]);
    expect(readdirSync(inputs).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });
});
