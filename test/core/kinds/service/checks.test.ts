import ExcelJS from "exceljs";
import { type FindingCode, dvc25, dvc422, serviceById } from "../../../../src/core";
import { readXlsxSubmission } from "../../../../src/io/xlsx";
import type { RowSpec, TableSpec } from "../../../../scripts/lib/unitWorkbook";
import { roundTrip } from "../../../support/xlsx";

/**
 * Every check of DOMAIN.md §5 on a real .xlsx file: a clean submission of
 * Sở Tư pháp produces no finding, and each mistake produces its code at the
 * cell where it was made.
 */

const row = (id: string, v: Partial<RowSpec> = {}): RowSpec => {
  const s = serviceById(id)!;
  return {
    no: s.no,
    name: s.name,
    connection: "Đã kết nối",
    total: "1.250",
    online: "1.200",
    ratio: "96%",
    onTime: "1.190",
    overdue: "10",
    ...v,
  };
};

const cleanDvc25 = (): RowSpec[] =>
  ["dvc25-09", "dvc25-10", "dvc25-11", "dvc25-15", "dvc25-16", "dvc25-22"].map((id) =>
    row(id, id === "dvc25-15" || id === "dvc25-16" ? { connection: "Đã thực hiện" } : {}),
  );
const cleanDvc422 = (): RowSpec[] => [row("dvc422-11")];

function tables(dvc25Rows: RowSpec[], dvc422Rows: RowSpec[] = cleanDvc422()): TableSpec[] {
  return [
    { title: [...dvc25.title], rows: dvc25Rows },
    { title: [...dvc422.title], rows: dvc422Rows },
  ];
}

async function submit(t: TableSpec[], periodText = "tháng 10/2026") {
  return roundTrip({ unit: "Sở Tư pháp", periodText, layout: "official", tables: t }, { period: { year: 2026, month: 10 } });
}

/** Replace one row of the clean dvc25 table. */
function withRow(id: string, v: Partial<RowSpec>): TableSpec[] {
  return tables(cleanDvc25().map((r) => (r.name === serviceById(id)!.name ? { ...r, ...v } : r)));
}

// Rows 4–5: titles, 6–7: header; dvc25-09 is row 8, dvc25-10 row 9, …
test("a clean submission produces no finding at all", async () => {
  const sub = await submit(tables(cleanDvc25()));
  expect(sub.findings).toEqual([]);
  expect(sub.tables.map((t) => t.rows.length)).toEqual([6, 1]);
});

const cases: ReadonlyArray<readonly [FindingCode, string, () => TableSpec[], string | undefined]> = [
  ["NOT_A_NUMBER", "text in a number cell", () => withRow("dvc25-10", { total: "12a" }), "D9"],
  ["NEGATIVE", "a negative count", () => withRow("dvc25-10", { overdue: "-3" }), "H9"],
  ["NOT_INTEGER", "a fraction of a record", () => withRow("dvc25-10", { total: "1.250,5" }), "D9"],
  ["FORMULA_ERROR", "an error value", () => withRow("dvc25-11", { onTime: { error: "#REF!" } }), "G10"],
  ["MISSING_VALUE", "online without total", () => withRow("dvc25-09", { total: null, ratio: null }), "D8"],
  ["ONLINE_EXCEEDS_TOTAL", "online above total", () => withRow("dvc25-09", { total: "1.000", ratio: "120%" }), "E8"],
  ["PROCESSED_EXCEEDS_ONLINE", "on time + overdue above online", () => withRow("dvc25-22", { onTime: "1.200", overdue: "5" }), "G13"],
  ["RATIO_MISMATCH", "a ratio that does not match", () => withRow("dvc25-22", { ratio: "69,6%" }), "F13"],
  ["CONNECTION_STATUS_INVALID", "a status outside the allowed words", () => withRow("dvc25-10", { connection: "Đang kết nối" }), "C9"],
  [
    "CONNECTION_STATUS_INVALID",
    "'Đã thực hiện' on a service that is not linked",
    () => withRow("dvc25-10", { connection: "Đã thực hiện" }),
    "C9",
  ],
  ["ONLINE_NOT_CONNECTED", "online records while not connected", () => withRow("dvc25-11", { connection: "Chưa kết nối" }), "E10"],
  [
    "SERVICE_UNKNOWN",
    "a row that is not in the catalogue",
    () => tables([...cleanDvc25(), { no: "7", name: "Cấp giấy phép xây dựng nhà ở riêng lẻ", total: "5", online: "5" }]),
    "B14",
  ],
  ["SERVICE_DUPLICATE", "a service listed twice", () => tables([...cleanDvc25(), row("dvc25-09")]), "B14"],
  [
    "SERVICE_MISSING",
    "a service of the unit left out",
    () => tables(cleanDvc25().filter((r) => r.name !== serviceById("dvc25-22")!.name)),
    undefined,
  ],
  [
    "SUBITEMS_MISMATCH",
    "sub-items that do not add up to their parent",
    () =>
      tables(cleanDvc25(), [
        ...cleanDvc422(),
        {
          no: "5",
          name: "Thăm viếng mộ liệt sĩ",
          connection: "Đã kết nối",
          total: "300",
          online: "40",
          ratio: "13,33%",
          onTime: "40",
          overdue: "0",
        },
        { name: "- Cấp giấy giới thiệu thăm viếng mộ liệt sĩ", total: "176", online: "33", ratio: "18,75%", onTime: "33", overdue: "0" },
        { name: "- Thực hiện chi hỗ trợ thăm viếng mộ liệt sĩ", total: "128", online: "07", ratio: "5,47%", onTime: "07", overdue: "0" },
      ]),
    "D21",
  ],
];

describe.each(cases)("%s: %s", (code, _what, build, cell) => {
  test("is found at the cell where it was made", async () => {
    const sub = await submit(build());
    const found = sub.findings.filter((f) => f.code === code);
    expect(found).toHaveLength(1);
    expect(found[0].cell).toBe(cell);
    expect(found[0].message).toMatch(/[ạ-ỹà-ưĂ-Ỹ]/u);
    expect(found[0]).toMatchObject({ file: "don-vi.xlsx", sheet: "Báo cáo" });
  });
});

test("ratios agree to the precision they were printed with", async () => {
  // 1.200 / 1.250 = 96%; 1.189 / 1.250 = 95,12% printed as 95,1% is right to one decimal.
  const sub = await submit(withRow("dvc25-10", { online: "1.189", ratio: "95,1%", onTime: "1.180", overdue: "9" }));
  expect(sub.findings).toEqual([]);
  const truncated = await submit(withRow("dvc25-10", { online: "1.189", ratio: "95,11%", onTime: "1.180", overdue: "9" }));
  expect(truncated.findings.map((f) => f.code)).toEqual(["RATIO_MISMATCH"]);
});

test("a ratio of 0, '-' or nothing on a zero total is not a mismatch", async () => {
  for (const ratio of ["0", "-", null]) {
    const sub = await submit(withRow("dvc25-10", { total: "0", online: "0", onTime: "0", overdue: "0", ratio }));
    expect(sub.findings).toEqual([]);
  }
});

test("PERIOD_MISMATCH: the caption names another month than the one being compiled", async () => {
  const sub = await submit(tables(cleanDvc25()), "tháng 9/2026");
  expect(sub.findings.map((f) => f.code)).toEqual(["PERIOD_MISMATCH"]);
  expect(sub.findings[0].message).toContain("2026-09");
});

async function customWorkbook(rows: (string | number | null)[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Sheet1");
  rows.forEach((r) => ws.addRow(r));
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

test("HEADER_COLUMN_MISSING: a table without an online column names the missing column", async () => {
  const bytes = await customWorkbook([
    ["Sở Tư pháp - báo cáo tháng 10/2026"],
    ["STT", "Tên dịch vụ công", "Kết nối Cổng DVC quốc gia", "Tổng số hồ sơ", "Đúng hạn", "Quá hạn"],
    [1, "Đăng ký khai sinh", "Đã kết nối", 100, 90, 0],
  ]);
  const sub = await readXlsxSubmission("thieu-cot.xlsx", bytes);
  const f = sub.findings.filter((x) => x.code === "HEADER_COLUMN_MISSING");
  expect(f.map((x) => x.message)).toEqual(["Bảng thiếu cột \u201CTrực tuyến\u201D ở tiêu đề."]);
});

test("TEMPLATE_NOT_RECOGNIZED: a workbook with no appendix table", async () => {
  const bytes = await customWorkbook([["Danh sách cán bộ"], ["Họ tên", "Chức vụ"], ["Nguyễn Văn A", "Chuyên viên"]]);
  const sub = await readXlsxSubmission("danh-sach.xlsx", bytes);
  expect(sub.readable).toBe(true);
  expect(sub.findings.map((f) => f.code)).toContain("TEMPLATE_NOT_RECOGNIZED");
});
