import { type Submission, compileReport, defaultRegistry, defaultSettings, parsePeriod, previousFigures } from "../../../src/core";
import { DRAFT_PLACEHOLDER, draftReport, draftText } from "../../../src/core/draft";
import { readXlsxSubmission } from "../../../src/io/xlsx";
import { unitWorkbook } from "../../../scripts/lib/unitWorkbook";
import { police } from "../../fixtures/policeTwoServices";
import { seed2023TaskTable } from "../../fixtures/seedTasks";
import { textWorkbook } from "../../fixtures/textTables";

const ROAD = "- Đường truyền chập chờn, phần mềm một cửa thường xuyên bảo trì.";

async function commune(
  unit: string,
  file: string,
  rows: Parameters<typeof unitWorkbook>[0]["tables"][number]["rows"],
): Promise<Submission> {
  return readXlsxSubmission(file, await unitWorkbook({ unit, periodText: "tháng 10/2026", layout: "official", tables: [{ rows }] }));
}

/** Police on time, one commune late with an error (online above total), one commune on time; Sở Tư pháp sends nothing. */
async function month(): Promise<Submission[]> {
  const quangPhu = await commune("UBND xã Quảng Phú", "quang-phu.xlsx", [
    { no: "9", name: "Đăng ký khai sinh", connection: "Đã kết nối", total: "40", online: "45", onTime: "40", difficulties: ROAD },
    {
      no: "10",
      name: "Đăng ký khai tử",
      connection: "Đã kết nối",
      total: "100",
      online: "80",
      onTime: "78",
      overdue: "2",
      difficulties: ROAD,
    },
  ]);
  const hauLoc = await commune("UBND xã Hậu Lộc", "hau-loc.xlsx", [
    {
      no: "9",
      name: "Đăng ký khai sinh",
      connection: "Đã kết nối",
      total: "50",
      online: "40",
      onTime: "40",
      difficulties: `${ROAD}\n- Người dân chưa có tài khoản định danh mức 2.`,
    },
  ]);
  return [
    { ...(await police("tháng 10/2026")), receivedAt: "2026-11-05T08:00:00.000Z" },
    { ...quangPhu, receivedAt: "2026-11-12T08:00:00.000Z" },
    { ...hauLoc, receivedAt: "2026-11-09T08:00:00.000Z" },
  ];
}

const registry = { ...defaultRegistry, units: defaultRegistry.units.filter((u) => u.id === "cong-an-tinh" || u.id === "so-tu-phap") };
const settings = { ...defaultSettings, period: parsePeriod("2026-10") };

describe("the report drafted from the compiled figures", () => {
  let text: string;
  let lines: string[];
  let again: string;
  beforeAll(async () => {
    const previous = previousFigures(await police("tháng 9/2026"));
    const compiled = compileReport(await month(), settings, { previous });
    text = draftText(draftReport(compiled, settings, { registry }));
    lines = text.split("\n");
    // Built again from scratch: the same figures give the same text.
    again = draftText(draftReport(compileReport(await month(), settings, { previous }), settings, { registry }));
  });

  test("the header block, number, place and date, title of an administrative report", () => {
    expect(lines.slice(0, 8)).toEqual([
      "UBND TỈNH THANH HÓA",
      "TỔ CÔNG TÁC ĐỀ ÁN 06",
      "Số:       /BC-UBND",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Thanh Hóa, ngày      tháng      năm 2026",
      "BÁO CÁO",
      "Kết quả triển khai thực hiện Đề án 06 trên địa bàn tỉnh Thanh Hóa tháng 10/2026",
    ]);
    const signed = draftText(
      draftReport(compileReport([], settings), { ...settings, province: "Quảng Nam", reportNo: "12", reportDate: "5/11/2026" }),
    ).split("\n");
    expect(signed.slice(0, 3)).toEqual(["UBND TỈNH QUẢNG NAM", "TỔ CÔNG TÁC ĐỀ ÁN 06", "Số: 12/BC-UBND"]);
    expect(signed[5]).toBe("Quảng Nam, ngày 05 tháng 11 năm 2026");
  });

  test("units on time, late, not reported and with errors, by name", () => {
    expect(lines).toContain("Tổ công tác đã nhận báo cáo của 3 đơn vị.");
    expect(lines).toContain("- Gửi đúng hạn (đến hết ngày 10/11/2026): 2 đơn vị: Công an tỉnh, UBND xã Hậu Lộc.");
    expect(lines).toContain("- Gửi muộn: 1 đơn vị: UBND xã Quảng Phú.");
    expect(lines).toContain("- Chưa gửi báo cáo: 1 đơn vị: Sở Tư pháp.");
    expect(lines).toContain("- Báo cáo có lỗi phải sửa: 1 đơn vị: UBND xã Quảng Phú (1 lỗi).");
  });

  test("records, online, ratio and on-time of a catalogue, in Vietnamese number style, and the change since last month", () => {
    // 1.000 + 1.000 (police) + 100 (Quảng Phú, death) + 50 (Hậu Lộc): Quảng Phú's birth row is left out as a pair.
    expect(lines).toContain(
      "Trong tháng, tổng số hồ sơ tiếp nhận là 2.150 hồ sơ, trong đó tiếp nhận trực tuyến 1.770 hồ sơ, tỷ lệ hồ sơ trực tuyến đạt 82,33%. " +
        "Về tình hình xử lý hồ sơ trực tuyến: 1.768 hồ sơ giải quyết đúng hạn, 2 hồ sơ quá hạn (tỷ lệ đúng hạn 99,89%). " +
        "Các số liệu trên chưa đầy đủ (xem dưới đây). Chi tiết tại trang PL DVC 06 của bảng tổng hợp kèm theo Báo cáo này.",
    );
    // September: the police alone, 2.000 records, 1.650 online (82,5%).
    expect(lines).toContain(
      "So với tháng 9: tổng số hồ sơ tăng 150; số hồ sơ trực tuyến tăng 120; tỷ lệ hồ sơ trực tuyến giảm 0,17 điểm %; số hồ sơ giải quyết đúng hạn tăng 118.",
    );
  });

  test("figures left out are said, with the units and services they belong to", () => {
    expect(lines).toContain(
      "Số liệu chưa đầy đủ: giá trị có lỗi của 1 đơn vị chưa được cộng vào 1 dịch vụ (các đơn vị đang được đề nghị kiểm tra, gửi lại báo cáo):",
    );
    expect(lines).toContain("- Dịch vụ số 9. Đăng ký khai sinh: chưa gồm số liệu của UBND xã Quảng Phú.");
    expect(lines).toContain(
      "- 25 dịch vụ công thiết yếu (QĐ 06/QĐ-TTg): tỷ lệ hồ sơ trực tuyến đạt 82,33%, đạt chỉ tiêu (số liệu chưa đầy đủ).",
    );
  });

  test("a catalogue nobody reported says so once", () => {
    const b = lines.indexOf("b) Kết quả thực hiện dịch vụ công theo Quyết định số 422/QĐ-TTg");
    expect(lines[b + 1]).toBe("Chưa có đơn vị nào báo cáo số liệu của các dịch vụ này trong kỳ.");
    expect(lines[b + 2]).toBe("3. Thực hiện chỉ tiêu năm 2026");
    expect(lines).toContain("- Dịch vụ công thiết yếu (QĐ 422/QĐ-TTg): chưa có số liệu để đánh giá.");
  });

  test("the year's target, whether met, and the services below it", () => {
    expect(lines).toContain("Chỉ tiêu I.5 năm 2026: tỷ lệ hồ sơ trực tuyến đạt từ 80% trở lên.");
    expect(lines).toContain("Có 1 dịch vụ có tỷ lệ hồ sơ trực tuyến thấp hơn chỉ tiêu 80%:");
    expect(lines).toContain("- 25 dịch vụ công thiết yếu (QĐ 06/QĐ-TTg): số 2. Cấp lại, đổi thẻ căn cước công dân (70%).");
  });

  test("each difficulty once, with every unit that wrote it", () => {
    const iii = lines.indexOf("III. KHÓ KHĂN, VƯỚNG MẮC");
    expect(lines.slice(iii + 1, iii + 4)).toEqual([
      "Các đơn vị báo cáo những khó khăn, vướng mắc sau:",
      "- Đường truyền chập chờn, phần mềm một cửa thường xuyên bảo trì (UBND xã Hậu Lộc, xã Quảng Phú).",
      "- Người dân chưa có tài khoản định danh mức 2 (UBND xã Hậu Lộc).",
    ]);
    expect(text.match(/Đường truyền chập chờn/g)).toHaveLength(1);
  });

  test("the sections a person writes are headed placeholders, nothing invented", () => {
    for (const heading of [
      "I. CÔNG TÁC THAM MƯU, CHỈ ĐẠO, TRIỂN KHAI",
      "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI",
      "V. ĐỀ XUẤT, KIẾN NGHỊ",
    ]) {
      expect(lines[lines.indexOf(heading) + 1]).toBe(DRAFT_PLACEHOLDER);
    }
    expect(lines).toContain("Trong kỳ, chưa có đơn vị nào báo cáo tình hình thực hiện nhiệm vụ.");
  });

  test("the same figures give the same text", () => {
    expect(again).toBe(text);
  });
});

describe("the tasks at the report date", () => {
  test("due, done, overdue and the overdue tasks with their deadline and unit", async () => {
    const bytes = await textWorkbook({ unit: "Văn phòng UBND tỉnh", periodText: "tháng 9/2023", tables: [seed2023TaskTable] });
    const sept = { ...defaultSettings, period: parsePeriod("2023-09") };
    const compiled = compileReport([await readXlsxSubmission("vp.xlsx", bytes)], sept, { reportDate: "2023-06-20" });
    const lines = draftText(draftReport(compiled, sept)).split("\n");
    const at = lines.indexOf("4. Kết quả thực hiện các nhiệm vụ");
    // The seed's 12 tasks of 9/2023 at 20/6/2023 (as test/cli/mergeTasks.test.ts reads them).
    expect(lines[at + 1]).toBe(
      "Tính đến ngày 20/06/2023, các đơn vị báo cáo 12 nhiệm vụ: 5 nhiệm vụ đã hoàn thành; 3 nhiệm vụ đang thực hiện, trong hạn; " +
        "3 nhiệm vụ quá hạn; 1 nhiệm vụ thực hiện thường xuyên; 0 nhiệm vụ không có thời hạn cụ thể. " +
        "Có 4 nhiệm vụ đã đến hạn, trong đó 1 nhiệm vụ đã hoàn thành, 3 nhiệm vụ quá hạn.",
    );
    expect(lines[at + 2]).toBe("Các nhiệm vụ quá hạn:");
    expect(lines[at + 3]).toBe(
      "- Bổ trí kinh phí để triển khai Đề án 06 đảm bảo hiệu quả, đồng bộ (thời hạn: Quý I/2023; đơn vị báo cáo: Văn phòng UBND tỉnh).",
    );
    expect(lines.slice(at + 3, at + 6).every((l) => l.startsWith("- "))).toBe(true);
    // A file with no time of receipt and no registry: the draft does not guess who was on time or missing.
    expect(lines.some((l) => l.startsWith("- Gửi đúng hạn") || l.startsWith("- Chưa gửi"))).toBe(false);
    expect(lines).toContain("Các đơn vị không báo cáo khó khăn, vướng mắc trong kỳ.");
  });
});
