import type { Catalogue, ServiceDef } from "./types";

type Row = readonly [no: string, name: string, aliases?: readonly string[]];

/** Catalogue B: services of Decision 422/QĐ-TTg run locally, in the 9/2024 order (Phụ lục II). */
const individuals: readonly Row[] = [
  ["1", "Xác nhận thông tin về cư trú"],
  [
    "2",
    "Công nhận bằng tốt nghiệp trung học cơ sở, bằng tốt nghiệp trung học phổ thông, giấy chứng nhận hoàn thành chương trình giáo dục phổ thông do cơ sở giáo dục nước ngoài cấp để sử dụng tại Việt Nam",
  ],
  [
    "3",
    "Đăng ký tham gia đóng bảo hiểm xã hội tự nguyện (tham gia mới; chuyển từ bảo hiểm xã hội bắt buộc sang bảo hiểm xã hội tự nguyện)",
  ],
  ["4", "Đăng ký đóng, cấp thẻ bảo hiểm y tế đối với người chỉ tham gia bảo hiểm y tế"],
  ["5", "Thăm viếng mộ liệt sĩ"],
  ["5.1", "Cấp giấy giới thiệu thăm viếng mộ liệt sĩ"],
  ["5.2", "Thực hiện chi hỗ trợ thăm viếng mộ liệt sĩ"],
  [
    "6",
    "Mở rộng việc kết nối, chia sẻ dữ liệu dân cư của Cơ sở dữ liệu quốc gia về dân cư để thực hiện các dịch vụ cung cấp điện còn lại",
    ["Các dịch vụ cung cấp điện còn lại"],
  ],
  ["6.1", "Cấp điện khách hàng trung áp"],
  ["6.2", "Nâng công suất"],
  ["6.3", "Di dời hệ thống đo đếm"],
  ["6.4", "Thay đổi mục đích sử dụng điện"],
  ["6.5", "Gia hạn hợp đồng"],
  ["7", "Liên thông nhóm thủ tục Đăng ký thành lập hộ kinh doanh và Đăng ký thuế"],
  ["8", "Liên thông nhóm thủ tục Cấp chứng chỉ hành nghề khám bệnh, chữa bệnh/chứng chỉ hành nghề dược và cấp phiếu lý lịch tư pháp"],
  [
    "9",
    "Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất trong các trường hợp chuyển nhượng, cho thuê, cho thuê lại, thừa kế, tặng cho quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất",
  ],
  ["10", "Liên thông nhóm thủ tục Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam và cấp phiếu lý lịch tư pháp"],
  ["11", "Liên thông nhóm thủ tục cấp Giấy xác nhận tình trạng hôn nhân và Đăng ký kết hôn"],
  ["12", "Thanh toán nghĩa vụ tài chính trong thực hiện thủ tục hành chính về đất đai đối với hộ gia đình, cá nhân"],
  ["13", "Thanh toán viện phí"],
  ["14", "Thu, nộp tạm ứng án phí, lệ phí tòa án"],
  ["15", "Giải quyết hưởng bảo hiểm xã hội một lần (không bao gồm đối tượng thuộc Bộ Quốc phòng quản lý)"],
  ["16", "Nộp đơn khởi kiện, tài liệu, chứng cứ và nhận các văn bản, thông báo"],
];

const organisations: readonly Row[] = [
  ["17", "Thanh toán nghĩa vụ tài chính trong thực hiện thủ tục hành chính về đất đai đối với doanh nghiệp"],
  ["18", "Nộp thuế, lệ phí trước bạ đối với doanh nghiệp"],
  [
    "19",
    "Kết nối, chia sẻ dữ liệu doanh nghiệp của Cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp để thực hiện các dịch vụ cung cấp điện cho doanh nghiệp",
  ],
  [
    "20",
    "Liên thông nhóm thủ tục thẩm định báo cáo đánh giá tác động môi trường; thủ tục cấp, sửa đổi, bổ sung giấy phép nhận chìm ở biển và thủ tục giao khu vực biển, sửa đổi, bổ sung Quyết định giao khu vực biển",
  ],
  [
    "21",
    "Liên thông nhóm thủ tục xóa nợ nghĩa vụ tài chính (tiền sử dụng đất, lệ phí trước bạ) trên giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất; đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất do thay đổi về nghĩa vụ tài chính (do xóa nợ nghĩa vụ tài chính)",
  ],
  ["22", "Liên thông các thủ tục Đăng ký thành lập hợp tác xã/liên hiệp hợp tác xã và đăng ký thuế"],
];

function toDef(group: string) {
  return ([no, name, aliases]: Row): ServiceDef => {
    const [main, sub] = no.split(".");
    const id = `dvc422-${main.padStart(2, "0")}${sub ? `.${sub}` : ""}`;
    return {
      id,
      catalogue: "dvc422",
      no,
      name,
      group,
      ...(aliases ? { aliases } : {}),
      ...(sub ? { parent: `dvc422-${main.padStart(2, "0")}` } : {}),
    };
  };
}

export const dvc422: Catalogue = {
  id: "dvc422",
  label: "Dịch vụ công thiết yếu (QĐ 422/QĐ-TTg)",
  title: [
    "TÌNH HÌNH TRIỂN KHAI CÁC DỊCH VỤ CÔNG TRỰC TUYẾN THIẾT YẾU",
    "THEO QUYẾT ĐỊNH SỐ 422/QĐ-TTg NGÀY 04/4/2022 CỦA THỦ TƯỚNG CHÍNH PHỦ",
  ],
  groups: [
    { no: "I", title: "NHÓM DỊCH VỤ CÔNG THIẾT YẾU CỦA CÁ NHÂN" },
    { no: "II", title: "NHÓM DỊCH VỤ CÔNG THIẾT YẾU CỦA TỔ CHỨC" },
  ],
  services: [...individuals.map(toDef("I")), ...organisations.map(toDef("II"))],
};
