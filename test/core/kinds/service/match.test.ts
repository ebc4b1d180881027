import { type ServiceDef, dvc25, dvc422, readSubmission, sheetFromValues } from "../../../../src/core";
import { buildMatchIndex, matchService } from "../../../../src/core/kinds/service/match";

const i25 = buildMatchIndex(dvc25);
const i422 = buildMatchIndex(dvc422);
const id = (m: { service: ServiceDef } | null) => m?.service.id ?? null;

describe("matching what units write to the catalogue", () => {
  test.each([
    ["Đăng kí dự thi tốt nghiệp THPT quốc gia và xét tuyển đại học, cao đẳng", "21", "dvc25-21"],
    ["  Đăng ký   thường\ntrú ", "3", "dvc25-03"],
    ["Liên thông đăng ký khai tử – Xóa đăng ký thường trú — Trợ cấp mai táng phí", "16", "dvc25-16"],
    ["Cấp điện mới từ lưới điện hạ áp (220/380V)", "24", "dvc25-24"],
    ["Thay đổi chủ thể hợp đồng mua bán điện", "", "dvc25-25"],
    ["Cấp lại, đổi thẻ căn cước", "2", "dvc25-02"],
    ["Đăng ký thuế lần đầu, đăng ký thay đổi thông tin đăng ký thuế đối với người nộp thuế là hộ gia đình, cá nhân.", "18", "dvc25-18"],
    ["Thu tiền nộp phạt vi phạm hành chính lĩnh vực giao thông đường bộ qua thiết bị ghi hình", "8", "dvc25-08"],
  ])("%s (STT %s) → %s", (name, stt, expected) => {
    expect(id(matchService(i25, name, stt))).toBe(expected);
  });

  test("typos and sub-items are matched among the parent's sub-items", () => {
    const subs = dvc422.services.filter((s) => s.parent === "dvc422-06");
    expect(id(matchService(i422, "- Cấp điện khác hàng trung áp", "", subs))).toBe("dvc422-06.1");
    expect(
      id(matchService(i422, "Thanh toán nghĩa vụ tài chính trong thực hiện thủ tục hành chính về đất đai đối với doanh ngiệp", "9")),
    ).toBe("dvc422-17");
  });

  test("a parent that lists its sub-items after 'cụ thể:' is the parent", () => {
    expect(
      id(matchService(i422, "Thăm viếng mộ liệt sĩ, cụ thể: - Cấp giấy giới thiệu thăm viếng mộ liệt sĩ - Thực hiện chi hỗ trợ", "1")),
    ).toBe("dvc422-05");
  });

  test("something that is not in the catalogue is not forced onto a service", () => {
    expect(matchService(i25, "Cấp giấy phép xây dựng nhà ở riêng lẻ", "7")).toBeNull();
    expect(matchService(i25, "Đăng ký", "3")).toBeNull();
  });
});

describe("rows and captions in a grid", () => {
  const header = ["STT", "Tên dịch vụ công", "Kết nối", "Tổng số hồ sơ", "Hồ sơ trực tuyến", "Khó khăn, vướng mắc"];

  test("difficulty text spilling onto the next row belongs to the service above", () => {
    const grid = {
      fileName: "ubnd-xa-quang-phu-thang-10-2026.xlsx",
      sheets: [
        sheetFromValues("Sheet1", [
          header,
          [9, "Đăng ký khai sinh", "Đã kết nối", 10, 9, "- Mạng chậm;"],
          [null, null, null, null, null, "- thiếu máy quét"],
          [10, "Đăng ký khai tử", "Đã kết nối", 4, 4, null],
        ]),
      ],
    };
    const s = readSubmission(grid);
    expect(s.tables[0].rows.map((r) => [r.service.id, r.difficulties])).toEqual([
      ["dvc25-09", "- Mạng chậm;\n- thiếu máy quét"],
      ["dvc25-10", ""],
    ]);
  });

  test("without captions, unit and period come from the file name", () => {
    const grid = {
      fileName: "UBND_xa_Quang_Phu_T10_2026.xlsx",
      sheets: [sheetFromValues("Sheet1", [header, [9, "Đăng ký khai sinh", "Đã kết nối", 10, 9]])],
    };
    const s = readSubmission(grid);
    expect(s.unit.name).toBe("UBND xa Quang Phu");
    expect(s.period).toEqual({ year: 2026, month: 10 });
  });

  test("a caption 'Đơn vị: …' names the unit, even one the registry does not know", () => {
    const grid = {
      fileName: "bc.xlsx",
      sheets: [
        sheetFromValues("Sheet1", [
          ["Đơn vị: Ban Quản lý Khu kinh tế Nghi Sơn"],
          ["Kỳ báo cáo: 10/2026"],
          header,
          [9, "Đăng ký khai sinh", "Đã kết nối", 10, 9],
        ]),
      ],
    };
    const s = readSubmission(grid);
    expect(s.unit).toMatchObject({ name: "Ban Quản lý Khu kinh tế Nghi Sơn", known: false });
    expect(s.period).toEqual({ year: 2026, month: 10 });
  });
});
