import { type CellValue, readSubmission, serviceById, sheetFromValues } from "../../../src/core";
import { findPeriodIn, unitNameOnly } from "../../../src/core/pipeline/caption";

/**
 * The ways clerks write their reports that the corpus (test/corpus) found the reader missing,
 * one small grid each: what must be read, and the finding where a person has to look.
 */

const P10 = { year: 2026, month: 10 };
const name = (id: string) => serviceById(id)!.name;

function read(rows: CellValue[][], opts: { file?: string; sheet?: string; merges?: Parameters<typeof sheetFromValues>[2] } = {}) {
  const sheet = sheetFromValues(opts.sheet ?? "Báo cáo", rows, opts.merges ?? []);
  return readSubmission({ fileName: opts.file ?? "ubnd-xa-quang-phu.xlsx", sheets: [sheet] }, { period: P10 });
}

const communeRows = (first = 1): CellValue[][] =>
  ["dvc25-09", "dvc25-10", "dvc25-11", "dvc25-15", "dvc25-16"].map((id, i) => [
    String(first + i),
    name(id),
    i >= 3 ? "Đã thực hiện" : "Đã kết nối",
    100,
    80,
    78,
    2,
  ]);

describe("period: the title, then the sheet name, then the file name; never the signing date", () => {
  test("a report for tháng 10 signed on 05/11 is a report for tháng 10", () => {
    expect(findPeriodIn(["UBND XÃ QUẢNG PHÚ", "Quảng Phú, ngày 05 tháng 11 năm 2026", "BÁO CÁO THÁNG 10/2026"], [], "x.xlsx")).toEqual(P10);
  });
  test("a title with the wrong month is not rescued by a signing date in the right one", () => {
    expect(findPeriodIn(["Quảng Phú, ngày 05 tháng 10 năm 2026", "Báo cáo tháng 9/2026"], [], "x.xlsx")).toEqual({ year: 2026, month: 9 });
  });
  test("a decision's date in the catalogue title is no period; the sheet or file name is read instead", () => {
    const title = ["THEO QUYẾT ĐỊNH SỐ 06/QĐ-TTg NGÀY 06/01/2022 CỦA THỦ TƯỚNG CHÍNH PHỦ", "Nghị định 09/2019/NĐ-CP"];
    expect(findPeriodIn(title, ["T10-2026"], "x.xlsx")).toEqual(P10);
    expect(findPeriodIn(title, ["Sheet1"], "BC_DA06_T10_2026_xa.xlsx")).toEqual(P10);
    expect(findPeriodIn(title, ["Sheet1"], "ubnd-xa-quang-phu thang 10-2026.xlsx")).toEqual(P10);
    expect(findPeriodIn(title, ["Sheet1"], "so-y-te T10.2026.xlsx")).toEqual(P10);
  });
  test('a sheet named "Tháng 10" takes its year from the signing date', () => {
    expect(findPeriodIn(["Quảng Phú, ngày 03 tháng 11 năm 2026"], ["Tháng 10"], "bao-cao.xlsx")).toEqual(P10);
    expect(findPeriodIn(["Quảng Phú, ngày 03 tháng 1 năm 2027"], ["Tháng 12"], "bao-cao.xlsx")).toEqual({ year: 2026, month: 12 });
  });
});

test("unit names carry neither the period nor a title", () => {
  expect(unitNameOnly("Công an tỉnh Thanh Hóa - tháng 9/2024")).toBe("Công an tỉnh Thanh Hóa");
  expect(unitNameOnly("UBND xã Quảng Phú, tháng 10 năm 2026")).toBe("UBND xã Quảng Phú");
  expect(unitNameOnly("Sở Tư pháp - Báo cáo kết quả Đề án 06")).toBe("Sở Tư pháp");
  const s = read(
    [
      ["Đơn vị báo cáo: Công an tỉnh Thanh Hóa - tháng 10/2026"],
      ["TT", "Tên DVC", "Kết nối", "Số HS", "HS trực tuyến", "Đúng hạn", "Trễ hạn"],
      ["1", name("dvc25-03"), "Đã kết nối", 10, 9, 9, 0],
    ],
    { file: "bc.xlsx" },
  );
  expect(s.unit).toEqual({ id: "cong-an-tinh", name: "Công an tỉnh Thanh Hóa", known: true });
});

test("the unit named in the header block wins over a file name that says nothing", () => {
  const s = read(
    [
      ["UBND XÃ QUẢNG PHÚ", null, null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
      ["Báo cáo tháng 10/2026"],
      ["STT", "Tên dịch vụ công", "Kết nối", "Tổng HS", "Trực tuyến", "Đúng hạn", "Quá hạn"],
      ...communeRows(),
    ],
    { file: "BC_DA06_123.xlsx" },
  );
  expect(s.unit.id).toBe("xa-ubnd-xa-quang-phu");
  expect(s.findings).toEqual([]);
});

describe("header wordings clerks use, each column placed by its own caption", () => {
  test.each([
    [["TT", "Tên DVC", "Tình trạng kết nối", "Số HS", "HS trực tuyến", "Đúng hạn", "Trễ hạn"]],
    [["Số TT", "Tên DVCTT", "Kết nối Cổng DVCQG", "Số hồ sơ tiếp nhận", "Tiếp nhận trực tuyến", "Trước và đúng hạn", "Giải quyết quá hạn"]],
    [["STT", "Tên dịch vụ công trực tuyến", "Kết nối", "Tổng số HS tiếp nhận", "Số HS trực tuyến", "Số HS đúng hạn", "Số HS trễ hạn"]],
  ])("%j", (header) => {
    const s = read([["Báo cáo tháng 10/2026"], header, ...communeRows()]);
    expect(s.findings).toEqual([]);
    expect(
      s.tables[0].rows.map((r) => [r.numbers.total.cell, r.numbers.online.reading.kind === "number" && r.numbers.online.reading.value]),
    ).toEqual([3, 4, 5, 6, 7].map((n) => [`D${n}`, 80]));
  });

  test("a column it cannot place is named in a finding, and nothing is read from it", () => {
    const s = read([
      ["Báo cáo tháng 10/2026"],
      ["STT", "Tên DVC", "Kết nối", "Tổng HS", "Trực tuyến", "Đúng hạn", "Quá hạn", "Số liệu khác"],
      ...communeRows().map((r) => [...r, 7]),
    ]);
    expect(s.findings.map((f) => [f.code, f.cell])).toEqual([["HEADER_COLUMN_UNPLACED", "H2"]]);
    expect(s.findings[0].message).toContain("Số liệu khác");
  });

  test("two columns captioned alike: the second is a finding, not a silent choice", () => {
    const s = read([
      ["Báo cáo tháng 10/2026"],
      ["STT", "Tên DVC", "Kết nối", "Tổng HS", "Số HS", "Trực tuyến", "Đúng hạn", "Quá hạn"],
      ...communeRows().map(([a, b, c, ...n]) => [a, b, c, 100, ...n]),
    ]);
    expect(s.findings.map((f) => f.code)).toEqual(["HEADER_COLUMN_UNPLACED"]);
    expect(s.findings[0].message).toContain("trùng nghĩa với cột D");
  });

  test('"Trực tiếp" and "Ghi chú/Kiểm tra" merged over a two-row header shift nothing', () => {
    const rows: CellValue[][] = [
      ["Báo cáo tháng 10/2026"],
      [
        "STT",
        "Dịch vụ công trực tuyến",
        "Kết nối",
        "Trực tiếp",
        "Tổng số hồ sơ",
        null,
        "Tình hình xử lý hồ sơ trực tuyến",
        null,
        "Ghi chú/Kiểm tra",
      ],
      [null, null, null, null, "Tổng", "Trực tuyến", "Đúng hạn", "Quá hạn", null],
      ...communeRows().map(([a, b, c, t, o, ot, od]) => [a, b, c, 20, t, o, ot, od, "Đúng"]),
    ];
    const merges = [0, 1, 2, 3, 8].map((c) => ({ top: 1, left: c, bottom: 2, right: c }));
    merges.push({ top: 1, left: 4, bottom: 1, right: 5 }, { top: 1, left: 6, bottom: 1, right: 7 });
    const s = read(rows, { merges });
    expect(s.findings).toEqual([]);
    const r = s.tables[0].rows[0];
    expect([r.numbers.total, r.numbers.online, r.numbers.onTime, r.numbers.overdue].map((n) => n.cell)).toEqual(["E4", "F4", "G4", "H4"]);
    expect(r.difficulties).toBe("");
  });
});

test("a group row directly under the header, and another in the middle, are captions", () => {
  const rows: CellValue[][] = [
    ["Báo cáo tháng 10/2026"],
    ["STT", "Tên DVC", "Kết nối", "Tổng HS", "Trực tuyến", "Đúng hạn", "Quá hạn"],
    ["A. DỊCH VỤ CÔNG TRỰC TUYẾN THIẾT YẾU THEO QUYẾT ĐỊNH SỐ 06/QĐ-TTg"],
    ...communeRows(),
    ["B", "DỊCH VỤ CÔNG THEO QUYẾT ĐỊNH SỐ 422/QĐ-TTg"],
    ["1", name("dvc422-11"), "Đã kết nối", 10, 5, 5, 0],
  ];
  const s = read(rows, { merges: [{ top: 2, left: 0, bottom: 2, right: 6 }] });
  expect(s.findings).toEqual([]);
  expect(s.tables[0].rows.map((r) => r.service.id)).toEqual(["dvc25-09", "dvc25-10", "dvc25-11", "dvc25-15", "dvc25-16", "dvc422-11"]);
});

describe("service names with words dropped", () => {
  const table = (label: string): CellValue[][] => [
    ["Báo cáo tháng 10/2026"],
    ["TT", "Tên DVC", "Kết nối", "Số HS", "HS trực tuyến", "Đúng hạn", "Trễ hạn"],
    ["1", label, "Đã kết nối", 10, 5, 5, 0],
  ];
  test.each([
    ["Liên thông Đăng ký thành lập hộ kinh doanh và Đăng ký thuế", "dvc422-07"],
    ["Đăng ký thuế lần đầu, đăng ký thay đổi thông tin thuế đối với người nộp thuế là hộ gia đình, cá nhân", "dvc25-18"],
    ["Cấp lại, đổi thẻ căn cước", "dvc25-02"],
  ])("%s → %s", (label, id) => {
    expect(read(table(label), { file: "so-tai-chinh.xlsx" }).tables[0].rows.map((r) => r.service.id)).toEqual([id]);
  });
  test.each([
    ["Cấp giấy phép xây dựng nhà ở riêng lẻ"],
    ["Đăng ký khai thác nước dưới đất"],
    ["Cấp giấy phép kinh doanh karaoke"],
    ["Đăng ký tạm vắng"],
  ])("an unrelated service is refused: %s", (label) => {
    const s = read(table(label), { file: "so-tai-chinh.xlsx" });
    expect(s.findings.map((f) => f.code)).toContain("SERVICE_UNKNOWN");
  });
});
