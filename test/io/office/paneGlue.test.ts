import { type Finding, sheetFromValues } from "../../../src/core";
import { cellInput, chunkRows, marksFor, styleRuns, submissionMatrix, submissionSheetName } from "../../../src/io/office";

describe("safe text", () => {
  test("free text goes in unchanged (its cell gets the text format first); numbers and formulas pass", () => {
    expect(cellInput({ value: "- Khó khăn về đường truyền", style: "text" })).toBe("- Khó khăn về đường truyền");
    for (const s of ["=SUM(A1)", "+ Thiếu người", "@ghi chú"]) expect(cellInput({ value: s, style: "text" })).toBe(s);
    expect(cellInput({ value: "Đã kết nối", style: "text" })).toBe("Đã kết nối");
    expect(cellInput({ value: 229046, style: "count" })).toBe(229046);
    expect(cellInput({ value: 0.25, style: "percent", formula: 'IF(D5>0,E5/D5,"")' })).toBe('=IF(D5>0,E5/D5,"")');
    expect(cellInput(undefined)).toBe("");
  });

  test("a copied unit sheet keeps its own formulas, not links to other sheets, and its text in text-formatted cells", () => {
    const m = submissionMatrix(
      sheetFromValues("x", [[{ value: 0.5, formula: "E5/D5" }, { value: 3, formula: "'Tổng'!B2" }, "- Không phát sinh", "9.857", null]]),
    );
    expect(m.formulas[0]).toEqual(["=E5/D5", 3, "- Không phát sinh", "9.857", ""]);
    expect(m.formats[0]).toEqual(["General", "General", "@", "@", "General"]);
  });
});

test("rows are chunked under the payload budget and nothing is lost", () => {
  const rows = Array.from({ length: 1000 }, (_, i) => [i, "Cấp lại, đổi thẻ căn cước công dân", "- Khó khăn"]);
  const blocks = chunkRows(rows, 8 * 1024);
  expect(blocks.length).toBeGreaterThan(5);
  for (const b of blocks) expect(b.bytes).toBeLessThanOrEqual(8 * 1024);
  expect(blocks.flatMap((b) => b.rows)).toEqual(rows);
  expect(blocks.map((b) => b.start)).toEqual(blocks.map((_, i) => blocks.slice(0, i).reduce((n, x) => n + x.rows.length, 0)));
});

test("styles are applied per rectangle, not per cell", () => {
  const rows = Array.from({ length: 50 }, () => [
    { value: "1", style: "textCenter" as const },
    { value: "x", style: "text" as const },
    { value: 1, style: "count" as const },
    { value: 2, style: "count" as const },
  ]);
  const runs = styleRuns({ name: "s", rows, merges: [], widths: [] });
  expect(runs).toHaveLength(3);
  expect(runs.find((r) => r.style === "count")?.range).toEqual({ top: 0, left: 2, bottom: 49, right: 3 });
});

test("one mark per problem cell, coloured by its worst finding, only on the submitted sheets", () => {
  const f = (severity: Finding["severity"], cell: string, sheet = "Sở Tư pháp"): Finding => ({
    code: "RATIO_MISMATCH",
    severity,
    file: "a.xlsx",
    sheet,
    cell,
    message: `${severity} ${cell}`,
  });
  const marks = marksFor(
    [f("warning", "F5"), f("error", "F5"), f("info", "B2"), f("error", "C3", "PL DVC 06"), { ...f("error", "x"), cell: undefined }],
    new Set(["Sở Tư pháp"]),
  );
  expect(marks.map((m) => [m.cell, m.severity])).toEqual([
    ["F5", "error"],
    ["B2", "info"],
  ]);
  expect(marks[0].text).toContain("warning F5");
});

test("sheet names for units fit Excel's rules", () => {
  expect(submissionSheetName("Sở Lao động - Thương binh và Xã hội tỉnh Thanh Hóa", 0).length).toBeLessThanOrEqual(31);
  expect(submissionSheetName("Sở Y tế [bản 2]: sửa", 0)).toBe("Sở Y tế bản 2 sửa");
  expect(submissionSheetName("Công an tỉnh", 1)).toBe("Công an tỉnh (2)");
});
