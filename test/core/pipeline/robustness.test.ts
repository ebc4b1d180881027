import { type Cell, type CellRange, type CellValue, consolidate, readSubmission, buildReport } from "../../../src/core";

/**
 * Whatever a unit sends, reading, merging and laying out never throws:
 * random grids built from header words, service names, numbers in every
 * notation, errors, dates and merges, seeded so a failure can be replayed.
 */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS: CellValue[] = [
  "STT",
  "Dịch vụ công trực tuyến",
  "Tổng \nhồ sơ",
  "Trực tuyến",
  "Tỷ lệ",
  "Đúng hạn",
  "Quá hạn",
  "Khó khăn, vướng mắc",
  "Kết nối với Cổng DVC quốc gia",
  "Đã kết nối",
  "Chưa kết nối",
  "Đã thực hiện",
  "I",
  "II.",
  "Sở Y tế",
  "Tổng cộng",
  "Đăng ký khai sinh",
  "- Nâng công suất",
  "Thăm viếng mộ liệt sĩ, cụ thể:",
  "Trong tháng không phát sinh",
  "229.046",
  "25,87%",
  "06",
  "-",
  "12a",
  "1.2.3",
  "=SUM(A1)",
  "",
  " ",
  "tháng 13/2026",
  "Người lập biểu",
  0,
  1,
  -5,
  0.2587,
  99.81,
  1e308,
  3.5,
  true,
  new Date(2026, 9, 1),
  { error: "#REF!" },
  { error: "#DIV/0!" },
  null,
];

function randomGrid(seed: number) {
  const next = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
  const rows: (Cell | null)[][] = [];
  const height = 1 + Math.floor(next() * 40);
  for (let r = 0; r < height; r++) {
    const width = Math.floor(next() * 12);
    rows.push(
      Array.from({ length: width }, () => (next() < 0.3 ? null : { value: pick(WORDS), ...(next() < 0.1 ? { numFmt: "0.00%" } : {}) })),
    );
  }
  const merges: CellRange[] = Array.from({ length: Math.floor(next() * 5) }, () => {
    const top = Math.floor(next() * height);
    const left = Math.floor(next() * 10);
    return { top, left, bottom: top + Math.floor(next() * 3), right: left + Math.floor(next() * 4) };
  });
  return { fileName: `random-${seed}.xlsx`, sheets: [{ name: "Sheet1", rows, merges }] };
}

test("300 random grids are read, merged and laid out without a throw", () => {
  const subs = [];
  for (let seed = 1; seed <= 300; seed++) {
    const s = readSubmission(randomGrid(seed), { period: { year: 2026, month: 10 } });
    expect(s.readable).toBe(true);
    for (const f of s.findings) expect(f.message).not.toMatch(/undefined|\{\w+\}|NaN/);
    subs.push(s);
  }
  const report = buildReport(consolidate(subs));
  expect(report.sheets.length).toBeGreaterThan(3);
});
