import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { catalogues, defaultRegistry, plan2026 } from "../../src/core";

/**
 * `merge --docx` on the samples: the draft report opened by LibreOffice, its page checked, and every
 * number of its text found among the figures `merge --json` prints for the same merge.
 */
const ROOT = join(__dirname, "../..");
const tmp = mkdtempSync(join(tmpdir(), "baocao06-docx-"));

function run(cmd: string, args: string[]) {
  const r = spawnSync(cmd, args, { encoding: "utf8", cwd: tmp, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const cli = (...args: string[]) => run(process.execPath, [join(ROOT, "bin/baocao06.js"), ...args]);
const must = (cmd: string, args: string[]) => {
  const r = run(cmd, args);
  if (r.code !== 0) throw new Error(`${cmd} ${args.join(" ")} failed (${r.code}): ${r.err}`);
  return r.out;
};

/** Two units' files arrive after the 10th of November; the rest before. */
const LATE = ["so-y-te.xlsx", "ubnd-xa-yen-dinh.xlsx"];

// The merge --json document, as far as this test reads it.
interface Row {
  id: string;
  total: number | null;
  online: number | null;
  onlineRatio: number | null;
  complete: boolean;
}
interface Totals {
  total: number | null;
  online: number | null;
  onTime: number | null;
  overdue: number | null;
  onlineRatio: number | null;
  onTimeRatio: number | null;
}
interface Merge {
  period: string;
  reportDate: string;
  docx: string;
  files: { file: string; unit: string; readable: boolean; summed: boolean; issues: { severity: string }[] }[];
  tables: Record<"dvc25" | "dvc422", Row[]> & {
    tasks: { task: string; deadline: string; due: string | null; onTimeStatus: string; units: { unit: string }[] }[];
  };
  totals: Record<"dvc25" | "dvc422", Totals>;
  targets: { scope: string; target: number; actual: number | null; gap: number | null; met: boolean | null }[];
  incomplete: { units: string[]; services: { catalogue: string; no: string; units: string[] }[] };
  changes: { rows: { catalogue: string; id: string; [m: string]: unknown }[] };
}

let json: Merge;
let pages: string[];
let text: string;
let docx: Record<string, string>;
let pdfInfo: string;
/** The first page as laid out (pdftotext -layout): the header block's two columns side by side. */
let firstLayout: string;

beforeAll(() => {
  if (!existsSync(join(ROOT, "lib/cli.js"))) must(process.execPath, [join(ROOT, "scripts/build-cli.mjs")]);
  const samples = join(tmp, "thang-10");
  const previous = join(tmp, "thang-9");
  mkdirSync(samples);
  mkdirSync(previous);
  for (const f of readdirSync(join(ROOT, "samples"))) {
    copyFileSync(join(ROOT, "samples", f), join(samples, f));
    const at = new Date(LATE.includes(f) ? "2026-11-12T09:00:00Z" : "2026-11-06T09:00:00Z");
    utimesSync(join(samples, f), at, at);
    // Last month: the same units less the police and the health department, so every total changes.
    if (f !== "cong-an-tinh.xlsx" && f !== "so-y-te.xlsx") copyFileSync(join(ROOT, "samples", f), join(previous, f));
  }
  const prev = cli("merge", previous, "--out", join(tmp, "t9.xlsx"));
  expect(existsSync(join(tmp, "t9.xlsx"))).toBe(true);
  expect(prev.err).toBe("");
  const merged = cli(
    "merge",
    samples,
    "--out",
    join(tmp, "t10.xlsx"),
    "--previous",
    join(tmp, "t9.xlsx"),
    "--docx",
    join(tmp, "du-thao.docx"),
    "--json",
  );
  expect(merged.code).toBe(1); // the samples are incomplete on purpose
  json = JSON.parse(merged.out) as Merge;
  const parts = unzipSync(readFileSync(join(tmp, "du-thao.docx")));
  docx = Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, Buffer.from(v).toString("utf8")]));
  // A private profile, so that a LibreOffice running elsewhere on the machine does not take the job.
  must("soffice", [
    `-env:UserInstallation=file://${tmp}/lo-profile`,
    "--headless",
    "--convert-to",
    "pdf",
    "--outdir",
    tmp,
    join(tmp, "du-thao.docx"),
  ]);
  const pdf = join(tmp, "du-thao.pdf");
  pdfInfo = must("pdfinfo", [pdf]);
  pages = must("pdftotext", [pdf, "-"])
    .split("\f")
    .filter((p) => p.trim());
  firstLayout = must("pdftotext", ["-layout", "-f", "1", "-l", "1", pdf, "-"]);
  text = pages.join("\n");
}, 180000);

const squash = (s: string) => s.replace(/\s+/g, " ").trim();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** "96.028" → 96028, "80,55" → 80.55. */
const parseVi = (s: string) => Number(s.replace(/\./g, "").replace(",", "."));

describe("merge --docx: the draft report as LibreOffice prints it", () => {
  test("the draft is written beside the workbook and named in the JSON", () => {
    expect(json.docx).toBe(join(tmp, "du-thao.docx"));
    expect(existsSync(join(tmp, "t10.xlsx"))).toBe(true);
    expect(readdirSync(tmp).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  test("A4 portrait, the margins of Decree 30/2020, Times New Roman 14 pt, page numbers from page 2", () => {
    expect(pdfInfo).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(pdfInfo).toMatch(/Page rot:\s+0/);
    expect(pages.length).toBeGreaterThan(1);
    const doc = docx["word/document.xml"];
    // Twips: 20 mm = 1134, 30 mm = 1701, 15 mm = 850.
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    const margin = /<w:pgMar ([^>]*)\/>/.exec(doc)![1];
    const mm = (side: string) => Number(new RegExp(`w:${side}="(\\d+)"`).exec(margin)![1]) / 56.6929;
    expect(mm("top")).toBeCloseTo(20, 0);
    expect(mm("bottom")).toBeCloseTo(20, 0);
    expect(mm("left")).toBeCloseTo(30, 0);
    expect(mm("right")).toBeCloseTo(15, 0);
    expect(docx["word/styles.xml"]).toContain('w:ascii="Times New Roman"');
    const fonts = new Set([...doc.matchAll(/w:ascii="([^"]+)"/g)].map((m) => m[1]));
    expect([...fonts]).toEqual(["Times New Roman"]);
    // Body 14 pt; the header block 13 pt; the motto's first line and "Nơi nhận" 12, its lines 11 (Decree 30, Phụ lục I).
    const sizes = [...doc.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((m) => Number(m[1]) / 2);
    expect(new Set(sizes)).toEqual(new Set([14, 13, 12, 11]));
    expect(sizes.filter((s) => s === 14).length).toBeGreaterThan(sizes.length / 2);
    // No number on the first page (titlePg), then centred in the top margin.
    expect(doc).toContain("<w:titlePg/>");
    const numbered = Object.entries(docx).filter(([k, v]) => /^word\/header\d+\.xml$/.test(k) && v.includes("PAGE"));
    expect(numbered).toHaveLength(1);
    pages.slice(1).forEach((p, i) => expect(p.trim().split("\n")[0].trim()).toBe(String(i + 2)));
    expect(pages[0].trim().split("\n")[0].trim()).not.toBe("1");
  });

  test("the header block, the title and the headed placeholders", () => {
    const first = squash(pages[0]);
    for (const line of [
      "UBND TỈNH THANH HÓA",
      "TỔ CÔNG TÁC ĐỀ ÁN 06",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "BÁO CÁO",
      "Kết quả triển khai thực hiện Đề án 06 trên địa bàn tỉnh Thanh Hóa tháng 10/2026",
    ]) {
      expect(first).toContain(line);
    }
    expect(firstLayout).toMatch(/UBND TỈNH THANH HÓA +CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
    expect(firstLayout).toMatch(/Số: +\/BC-UBND +Thanh Hóa, ngày +tháng +năm 2026/);
    const all = squash(text);
    for (const heading of [
      "I. CÔNG TÁC THAM MƯU, CHỈ ĐẠO, TRIỂN KHAI",
      "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI",
      "V. ĐỀ XUẤT, KIẾN NGHỊ",
    ]) {
      expect(all).toContain(`${heading} (Phần này do cán bộ soạn thảo)`);
    }
  });

  test("each catalogue's records, online, ratio and on-time are the JSON totals", () => {
    const all = squash(text);
    const said = [
      ...all.matchAll(
        /tổng số hồ sơ tiếp nhận là ([\d.]+) hồ sơ, trong đó tiếp nhận trực tuyến ([\d.]+) hồ sơ, tỷ lệ hồ sơ trực tuyến đạt ([\d,]+)%\. Về tình hình xử lý hồ sơ trực tuyến: ([\d.]+) hồ sơ giải quyết đúng hạn, ([\d.]+) hồ sơ quá hạn \(tỷ lệ đúng hạn ([\d,]+)%\)/g,
      ),
    ];
    expect(said).toHaveLength(2);
    (["dvc25", "dvc422"] as const).forEach((cat, i) => {
      const t = json.totals[cat];
      const m = said[i];
      expect([parseVi(m[1]), parseVi(m[2]), parseVi(m[4]), parseVi(m[5])]).toEqual([t.total, t.online, t.onTime, t.overdue]);
      expect(parseVi(m[3])).toBeCloseTo(t.onlineRatio! * 100, 2);
      expect(parseVi(m[6])).toBeCloseTo(t.onTimeRatio! * 100, 2);
    });
    // The samples leave flagged values out: both catalogues say so.
    expect(all.match(/Các số liệu trên chưa đầy đủ/g)).toHaveLength(2);
  });

  test("the change since last month is the JSON change, in records and percentage points", () => {
    const all = squash(text);
    const said = [
      ...all.matchAll(
        /So với tháng 9: tổng số hồ sơ (tăng|giảm) ([\d.]+); số hồ sơ trực tuyến (tăng|giảm) ([\d.]+); tỷ lệ hồ sơ trực tuyến (tăng|giảm) ([\d,]+) điểm %/g,
      ),
    ];
    expect(said).toHaveLength(2);
    (["dvc25", "dvc422"] as const).forEach((cat, i) => {
      const row = json.changes.rows.find((r) => r.catalogue === cat && r.id === "total")! as unknown as Record<string, { delta: number }>;
      const m = said[i];
      const signed = (verb: string, n: string) => (verb === "tăng" ? 1 : -1) * parseVi(n);
      expect(signed(m[1], m[2])).toBe(row.total.delta);
      expect(signed(m[3], m[4])).toBe(row.online.delta);
      expect(signed(m[5], m[6])).toBeCloseTo(row.onlineRatio.delta * 100, 2);
    });
  });

  test("every number in the text is a figure of merge --json (or the period, a date or a name it belongs to)", () => {
    // Figures the draft may print, from the JSON (and the registry, for units that sent nothing).
    const counts = new Set<number>();
    const ratios: number[] = [];
    const points: number[] = [];
    const add = (n: number | null | undefined) => n !== null && n !== undefined && counts.add(n);
    for (const cat of ["dvc25", "dvc422"] as const) {
      const t = json.totals[cat];
      [t.total, t.online, t.onTime, t.overdue].forEach(add);
      for (const r of [t.onlineRatio, t.onTimeRatio]) if (r !== null) ratios.push(r);
      for (const r of json.tables[cat]) if (r.onlineRatio !== null) ratios.push(r.onlineRatio);
      const incomplete = json.incomplete.services.filter((s) => s.catalogue === cat);
      add(incomplete.length);
      add(new Set(incomplete.flatMap((s) => s.units)).size);
      add(json.tables[cat].filter((r) => !r.id.includes(".") && r.total === null && r.online === null && r.complete).length);
      const change = json.changes.rows.find((r) => r.catalogue === cat && r.id === "total") as unknown as Record<
        string,
        { delta: number | null }
      >;
      for (const m of ["total", "online", "onTime"]) add(Math.abs(change[m].delta ?? NaN));
      points.push(Math.abs(change.onlineRatio.delta ?? NaN));
    }
    for (const t of json.targets) {
      ratios.push(t.target);
      if (t.actual !== null) ratios.push(t.actual);
      if (t.gap !== null) points.push(Math.abs(t.gap));
    }
    const target = json.targets[0].target;
    add(
      ["dvc25", "dvc422"].flatMap((c) => json.tables[c as "dvc25"]).filter((r) => r.onlineRatio !== null && r.onlineRatio < target).length,
    );
    const tasks = json.tables.tasks;
    add(tasks.length);
    for (const s of ["done", "in_progress", "overdue", "recurring", "no_deadline"]) add(tasks.filter((t) => t.onTimeStatus === s).length);
    const due = tasks.filter((t) => t.due !== null && t.due <= json.reportDate);
    add(due.length);
    add(due.filter((t) => t.onTimeStatus === "done").length);
    const summed = json.files.filter((f) => f.summed && f.readable);
    add(summed.length);
    add(json.files.filter((f) => !f.readable).length);
    const errors = summed.map((f) => f.issues.filter((i) => i.severity === "error").length).filter((n) => n > 0);
    errors.forEach(add);
    add(errors.length);
    add(summed.length - LATE.length);
    add(LATE.length);
    const units = new Set(json.files.map((f) => f.unit));
    add(defaultRegistry.units.filter((u) => !units.has(u.name)).length);

    // What is not a figure: the period, dates, legal references, service and task numbers, names.
    const [year, month] = json.period.split("-").map(Number);
    const viDate = (iso: string) => iso.split("-").reverse().join("/");
    const serviceNos = new Set(catalogues.flatMap((c) => c.services.map((s) => s.no)));
    const names = [
      ...catalogues.flatMap((c) => c.services.map((s) => s.name)),
      ...tasks.flatMap((t) => [t.task.replace(/[.;:\s]+$/u, ""), t.deadline]),
      ...defaultRegistry.units.map((u) => u.name),
      ...json.files.map((f) => f.unit),
    ]
      .map(squash)
      .sort((a, b) => b.length - a.length);
    let rest = squash(pages.map((p, i) => (i === 0 ? p : p.replace(/^\s*\d+\s*\n/, ""))).join("\n"));
    for (const name of names) rest = rest.split(name).join(" ");
    const fixed = [
      /Quyết định số 06\/QĐ-TTg ngày 06\/01\/2022/g,
      /\d+\/QĐ-TTg/g,
      /QĐ \d+/g,
      /Đề án 06|ĐỀ ÁN 06/g,
      /PL DVC \d+/g,
      /25 dịch vụ công thiết yếu/g,
      /Chỉ tiêu I\.5/g,
      new RegExp(`tháng ${month}/${year}|tháng ${month - 1}|năm ${year}`, "g"),
      new RegExp(escape(viDate(json.reportDate)), "g"),
      // The reporting deadline: the 10th of the month after the period.
      new RegExp(escape(`10/${String(month + 1).padStart(2, "0")}/${year}`), "g"),
      /(?:^|\s)(?:[IVX]+|\d+|[a-z])[.)](?=\s)/g,
    ];
    for (const re of fixed) rest = rest.replace(re, " ");
    // "số 9." and "số 5.1." name a service of the catalogue.
    rest = rest.replace(/số (\d+(?:\.\d+)?)\./g, (all, no: string) => (serviceNos.has(no) ? " " : all));
    const tokens = [...rest.matchAll(/\d+(?:[.,]\d+)*(%?)/g)].map((m) => m[0]);
    const unmatched = tokens.filter((tok) => {
      if (tok.endsWith("%")) return !ratios.some((r) => Math.abs(parseVi(tok.slice(0, -1)) - r * 100) <= 0.005 + 1e-9);
      const n = parseVi(tok);
      return !(counts.has(n) || points.some((p) => Math.abs(n - p * 100) <= 0.005 + 1e-9));
    });
    expect(unmatched).toEqual([]);
    // The check has bite: the draft prints dozens of figures.
    expect(tokens.length).toBeGreaterThan(60);
    expect(plan2026.indicators.length).toBeGreaterThan(0);
  });

  test("units on time, late and not reported, by name; difficulties once each", () => {
    const all = squash(text);
    expect(all).toMatch(
      new RegExp(`Gửi đúng hạn \\(đến hết ngày 10/11/2026\\): ${json.files.filter((f) => f.summed && f.readable).length - 2} đơn vị: `),
    );
    expect(all).toContain("Gửi muộn: 2 đơn vị: Sở Y tế, UBND xã Yên Định.");
    expect(all).toMatch(/Chưa gửi báo cáo: \d+ đơn vị: Ngân hàng Nhà nước chi nhánh Khu vực 7/);
    expect(all).toContain(
      "Báo cáo có lỗi phải sửa: 5 đơn vị: Bảo hiểm xã hội tỉnh (1 lỗi), Sở Tài chính (1 lỗi), UBND phường Sầm Sơn (1 lỗi)",
    );
    expect(all).toContain("Tệp không đọc được: ubnd-xa-ba-thuoc-hong.xlsx.");
    expect(all.match(/Đường truyền chập chờn/g)).toHaveLength(1);
  });
});

describe("merge --docx: the output guard", () => {
  test("a --docx that is an input is refused and the input stays byte-identical", () => {
    const input = join(tmp, "thang-10", "so-y-te.xlsx");
    const before = readFileSync(input);
    const r = cli("merge", join(tmp, "thang-10"), "--out", join(tmp, "x.xlsx"), "--docx", input);
    expect(r.code).toBe(2);
    expect(r.err).toContain("hãy chọn tên khác cho --docx");
    expect(readFileSync(input).equals(before)).toBe(true);
    expect(existsSync(join(tmp, "x.xlsx"))).toBe(false);
  });

  test("a --docx that is the --out workbook is refused before anything is written", () => {
    const out = join(tmp, "y.xlsx");
    const r = cli("merge", join(tmp, "thang-10"), "--out", out, "--docx", out);
    expect(r.code).toBe(2);
    expect(r.err).toContain("đó cũng là tệp của --out");
    expect(existsSync(out)).toBe(false);
  });
});
