import type { Catalogue, ServiceDef } from "./types";

/** Catalogue A: the 25 essential online services of Decision 06/QĐ-TTg (9/2024 Phụ lục I). */
const names: ReadonlyArray<readonly [string, ...string[]]> = [
  ["Xác nhận số Chứng minh nhân dân khi đã được cấp thẻ CCCD"],
  ["Cấp lại, đổi thẻ căn cước công dân", "Cấp lại, đổi thẻ căn cước"],
  ["Đăng ký thường trú"],
  ["Đăng ký tạm trú"],
  ["Khai báo tạm vắng"],
  ["Thông báo lưu trú"],
  ["Đăng ký, cấp biển số mô tô, xe gắn máy"],
  ["Thu tiền nộp phạt xử lý vi phạm hành chính trong lĩnh vực giao thông đường bộ qua thiết bị ghi hình"],
  ["Đăng ký khai sinh"],
  ["Đăng ký khai tử"],
  ["Đăng ký kết hôn"],
  ["Cấp, cấp lại, sửa đổi, bổ sung hộ chiếu phổ thông"],
  ["Thủ tục làm con dấu mới và cấp Giấy chứng nhận đã đăng ký mẫu dấu"],
  ["Thủ tục làm con dấu thu nhỏ, dấu nổi, dấu xi và cấp Giấy chứng nhận đã đăng ký mẫu con dấu"],
  ["Liên thông đăng ký khai sinh - đăng ký thường trú - cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi"],
  ["Liên thông đăng ký khai tử - Xóa đăng ký thường trú - Trợ cấp mai táng phí"],
  ["Tích hợp tính giảm trừ mức đóng trong gia hạn thẻ bảo hiểm y tế theo hộ gia đình"],
  ["Đăng ký thuế lần đầu, đăng ký thay đổi thông tin đăng ký thuế đối với người nộp thuế là hộ gia đình, cá nhân"],
  [
    "Đăng ký biến động về quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất do thay đổi thông tin về người được cấp Giấy chứng nhận (đổi tên hoặc giấy tờ pháp nhân, giấy tờ nhân thân, địa chỉ)",
  ],
  ["Cấp đổi, cấp lại giấy phép lái xe"],
  ["Đăng ký dự thi tốt nghiệp THPT quốc gia và xét tuyển đại học, cao đẳng"],
  ["Cấp phiếu lý lịch tư pháp"],
  ["Giải quyết hưởng trợ cấp thất nghiệp"],
  ["Cấp điện mới từ lưới điện hạ áp (220/380V) (Thí điểm cơ chế kết nối, chia sẻ dữ liệu trong dịch vụ cung cấp điện)"],
  ["Thay đổi chủ thể hợp đồng mua bán điện (Thí điểm cơ chế kết nối, chia sẻ dữ liệu trong dịch vụ cung cấp điện)"],
];

/** Rows 15 and 16 are inter-agency linked services: their status is "Đã thực hiện". */
const linked = new Set([15, 16]);

const services: ServiceDef[] = names.map(([name, ...aliases], i) => {
  const n = i + 1;
  return {
    id: `dvc25-${String(n).padStart(2, "0")}`,
    catalogue: "dvc25",
    no: String(n),
    name,
    ...(aliases.length ? { aliases } : {}),
    ...(linked.has(n) ? { connections: ["done", "connected", "not_connected"] as const } : {}),
  };
});

export const dvc25: Catalogue = {
  id: "dvc25",
  label: "25 dịch vụ công thiết yếu (QĐ 06/QĐ-TTg)",
  title: [
    "TÌNH HÌNH TRIỂN KHAI 25 DỊCH VỤ CÔNG TRỰC TUYẾN THIẾT YẾU",
    "THEO QUYẾT ĐỊNH SỐ 06/QĐ-TTg NGÀY 06/01/2022 CỦA THỦ TƯỚNG CHÍNH PHỦ",
  ],
  groups: [],
  services,
};
