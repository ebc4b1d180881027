import type { TargetIndicator, TargetPlan } from "./types";

type Row = readonly [no: string, name: string, unit: string, targets: readonly [string, string, string, string, string], tracking: string];

const HC = "Trung tâm Phục vụ hành chính công tỉnh";
const CA = "Công an tỉnh";
const NHNN = "Ngân hàng Nhà nước Việt Nam chi nhánh Khu vực 7";
const KHCN = "Sở Khoa học và Công nghệ";
const DONE = "Hoàn thành và đưa vào sử dụng thường xuyên";
const one = (v: string): Row[3] => [v, "", "", "", ""];
const only2026 = (v: string): Row[3] => [v, "-", "-", "-", "-"];

/**
 * 2026 plan (Kế hoạch 210/KH-UBND, 004_*) Phụ lục I: targets 2026–2030 as
 * written ("≥80", "-", "Hoàn thành", blank), per group. Data, not code.
 */
const groups: ReadonlyArray<{ no: string; title: string; rows: readonly Row[] }> = [
  {
    no: "I",
    title: "Phục vụ giải quyết thủ tục hành chính, cung cấp dịch vụ công trực tuyến và đổi mới sáng tạo chỉ đạo, điều hành",
    rows: [
      [
        "1",
        "Tỷ lệ dịch vụ công, thủ tục hành chính (TTHC) hoàn thành việc ban hành danh mục các trường thông tin cần cung cấp tương ứng với Hệ thống từ điển dữ liệu dùng chung để cắt giảm tự động khi đảm bảo dữ liệu.",
        "%",
        ["50", "60", "70", "75", "80"],
        HC,
      ],
      [
        "2",
        "Tỷ lệ dịch vụ công, TTHC được cắt giảm thành phần hồ sơ, giấy tờ khi thành phần hồ sơ, giấy tờ đã được tích hợp trên VNeID hoặc khi đáp ứng toàn trình về dữ liệu.",
        "%",
        ["50", "60", "70", "75", "80"],
        `${HC}, ${CA}`,
      ],
      [
        "3",
        "Tỷ lệ dịch vụ công, TTHC được thông báo trạng thái, kết quả xử lý hồ sơ và đồng bộ kết quả trên VNeID.",
        "%",
        ["50", "60", "70", "75", "100"],
        `${CA}, ${HC}`,
      ],
      [
        "4",
        "Tỷ lệ cá nhân, doanh nghiệp có tài khoản định danh điện tử được cung cấp phương thức để nhận thông báo từ Cơ quan nhà nước và phản ánh kiến nghị với cơ quan nhà nước qua VNeID.",
        "%",
        ["100", "100", "100", "100", "100"],
        CA,
      ],
      ["5", "Tỷ lệ hồ sơ dịch vụ công trực tuyến trên tổng số hồ sơ dịch vụ công.", "%", ["80", "85", "87", "90", "90"], HC],
      ["6", "Mức độ hài lòng của người dân, doanh nghiệp về dịch vụ công.", "%", one("95"), HC],
      [
        "7",
        "Tích hợp hệ thống Trung tâm điều hành thông minh của tỉnh với hệ thống Trung tâm dữ liệu dân cư phục vụ công tác chỉ đạo, điều hành.",
        "%",
        one("100"),
        KHCN,
      ],
      [
        "8",
        "Tỷ lệ phổ cập địa chỉ số, định danh địa điểm đối với nhà ở và trụ sở cơ quan tổ chức.",
        "%",
        ["-", "-", "-", "-", "100"],
        `Sở Xây dựng, ${CA}`,
      ],
      ["9", "Tỷ lệ các thủ tục hành chính, dịch vụ công được nộp hồ sơ “phi địa giới”.", "%", ["100", "100", "100", "100", "100"], HC],
    ],
  },
  {
    no: "II",
    title: "Thúc đẩy phát triển kinh tế số - xã hội số",
    rows: [
      ["1", "Tỷ lệ thanh toán trực tuyến trong thực hiện dịch vụ công.", "%", ["60", "65", "70", "75", "80"], HC],
      [
        "2",
        "Tỷ lệ doanh nghiệp, hộ kinh doanh trên các sàn thương mại điện tử được định danh điện tử và kết nối thông tin kinh doanh với cơ quan thuế để đảm bảo kê khai - nộp thuế minh bạch.",
        "%",
        one("100"),
        `Sở Công Thương, ${CA}`,
      ],
      [
        "3",
        "Tỷ lệ khách hàng có thẻ định danh, xác thực bằng thẻ Căn cước và tài khoản VNeID khi sử dụng dịch vụ tài chính.",
        "%",
        ["50", "60", "70", "80", "100"],
        NHNN,
      ],
      [
        "4",
        "Tỷ lệ thông tin thuê bao di động được xác thực với CSDLQG về dân cư, căn cước hoặc định danh điện tử.",
        "%",
        one("100"),
        `${KHCN}, ${CA}`,
      ],
      [
        "5",
        "Tỷ lệ bệnh viện, trường học triển khai thanh toán không dùng tiền mặt; sử dụng thẻ căn cước thay thế thẻ BHYT, thẻ sinh viên.",
        "%",
        ["50", "60", "70", "80", "90"],
        `Sở Y tế, Sở Giáo dục và Đào tạo, ${CA}`,
      ],
      [
        "6",
        "Tỷ lệ giao dịch thương mại điện tử và vận chuyển sử dụng dữ liệu địa điểm.",
        "%",
        ["80", "85", "90", "95", "100"],
        "Sở Công Thương, Sở Xây dựng",
      ],
      [
        "7",
        "Dân số từ 15 tuổi trở lên có tài khoản giao dịch tại ngân hàng hoặc các tổ chức được phép khai thác.",
        "%",
        ["86", "88", "90", "92", "95"],
        NHNN,
      ],
      ["8", "Tỷ lệ giao dịch thương mại điện tử sử dụng thanh toán điện tử", "%", ["80", "", "", "", "90"], `Sở Công Thương, ${NHNN}`],
      ["9", "Giá trị thanh toán không dùng tiền mặt đạt 30 lần GDP.", "lần GDP", ["27", "27,5", "28", "29", "30"], NHNN],
      [
        "10",
        "Tỷ lệ các ngành kinh tế ngành, lĩnh vực chuyển đổi số có ứng dụng dân cư, căn cước, định danh.",
        "%",
        ["-", "-", "-", "-", "80"],
        CA,
      ],
      ["11", "Mở rộng mô hình sử dụng thẻ căn cước thay thẻ ngân hàng trên toàn tỉnh.", "%", ["-", "-", "-", "-", "100"], NHNN],
      [
        "12",
        "Tỷ lệ người dân có hồ sơ sức khỏe điện tử liên thông, dùng thông nhất trong khám chữa bệnh.",
        "%",
        ["-", "-", "-", "-", "100"],
        "Sở Y tế",
      ],
      [
        "13",
        "Bảo đảm kết nối, chia sẻ, liên thông đồng bộ giữa các hệ thống: Hồ sơ sức khỏe điện tử, bệnh án điện tử, đơn thuốc điện tử và bảo hiểm y tế.",
        "-",
        ["-", "-", "-", "-", "-"],
        "Sở Y tế",
      ],
      ["14", "Mỗi người dân sẽ có một sổ sức khỏe điện tử cá nhân được theo dõi suốt vòng đời.", "-", ["-", "-", "-", "-", "-"], "Sở Y tế"],
    ],
  },
  {
    no: "III",
    title: "Phục vụ phát triển công dân số",
    rows: [
      [
        "1",
        "Đảm bảo mỗi công dân được cấp căn cước, có một danh tính điện tử duy nhất, an toàn và được pháp luật bảo vệ.",
        "%",
        only2026("100"),
        CA,
      ],
      [
        "2",
        "Đảm bảo quyền của công dân trong việc kiểm soát, quản lý thông tin cá nhân và lịch sử hoạt động số trên nền tảng VNeID.",
        "%",
        only2026("100"),
        CA,
      ],
      ["3", "Tỷ lệ người dân được cấp căn cước có tài khoản định danh điện tử mức độ 2.", "%", ["≥80", "85", "90", "95", "100"], CA],
      ["4", "Cấp tài khoản định danh điện tử cho người nước ngoài đủ điều kiện.", "%", ["80", "85", "90", "95", "100"], CA],
      ["5", "Số lượng tài khoản VNeID hoạt động thường xuyên.", "%", ["40", "45", "50", "60", "70"], CA],
      ["6", "Tỷ lệ cán bộ cơ quan nhà nước được tập huấn kỹ năng số cơ bản", "%", only2026("100"), `Sở Nội vụ, ${KHCN}`],
      [
        "7",
        "Cung cấp học liệu và tổ chức khóa học trên nền tảng Bình dân học vụ số.",
        "Học liệu/khóa học",
        ["Có", "Có", "Có", "Có", "Có"],
        CA,
      ],
      ["8", "Hoàn thành phổ cập kỹ năng số cơ bản cho lực lượng lao động.", "%", ["50", "60", "70", "80", "90"], "Sở Nội vụ"],
      [
        "9",
        "Các chương trình phổ cập kỹ năng số, an toàn trong không gian mạng được đưa vào các trường học.",
        "%",
        only2026("100"),
        "Sở Giáo dục và Đào tạo",
      ],
      ["10", "Tích hợp tài khoản an sinh xã hội trên VNeID.", "%", only2026("100"), CA],
    ],
  },
  {
    no: "IV",
    title: "Mở rộng hạ tầng, hoàn thiện hệ sinh thái phục vụ tạo lập, kết nối, khai thác, bổ sung làm giàu dữ liệu",
    rows: [
      [
        "1",
        "Hoàn thành ban hành danh mục trường thông tin dữ liệu gốc, dữ liệu chủ, dữ liệu tham chiếu; xác định cụ thể các trường thông tin tham chiếu trong Cơ sở dữ liệu quốc gia về dân cư; danh tính điện tử của tổ chức, người nước ngoài.",
        "Danh mục",
        one("Hoàn thành"),
        `${KHCN}, ${CA}`,
      ],
      [
        "2",
        "Số hóa tạo lập dùng chung cho các Cơ sở dữ liệu quốc gia, cơ sở dữ liệu chuyên ngành được tạo lập qua hệ thống số hóa dùng chung, không yêu cầu công dân kê khai giấy.",
        "%",
        ["≥50", "≥55", "≥60", "≥70", "≥80"],
        `${KHCN}, Văn phòng UBND tỉnh, ${CA}`,
      ],
      ["3", "Tỷ lệ cá nhân, tổ chức doanh nghiệp được chủ động cung cấp thông tin của mình trên VNeID.", "%", only2026("100"), CA],
      [
        "4",
        "Xây dựng, hoàn thiện 12 cơ sở dữ liệu quốc gia trọng yếu để phục vụ cải cách thủ tục hành chính và tích hợp, kết nối với Cơ sở dữ liệu quốc gia về dân cư theo phạm vi chức năng của địa phương.",
        "CSDL",
        only2026("Hoàn thành"),
        "Các sở, ngành, địa phương theo lĩnh vực được phân công",
      ],
      ["5", "Xây dựng, hoàn thiện CSDL quốc gia về đất đai.", "CSDL", only2026(DONE), "Sở Nông nghiệp và Môi trường"],
      ["6", "Xây dựng, hoàn thiện CSDL ngành nông nghiệp.", "CSDL", only2026(DONE), "Sở Nông nghiệp và Môi trường"],
      ["7", "Xây dựng, hoàn thiện CSDL quốc gia về tài chính.", "CSDL", only2026(DONE), "Sở Tài chính"],
      ["8", "Xây dựng, hoàn thiện CSDL quốc gia về hoạt động xây dựng.", "CSDL", only2026(DONE), "Sở Xây dựng"],
      ["9", "Xây dựng, hoàn thiện CSDL quốc gia về kiểm soát tài sản, thu nhập.", "CSDL", only2026(DONE), "Thanh tra tỉnh"],
      ["10", "Xây dựng, hoàn thiện CSDL quốc gia về xử lý vi phạm hành chính.", "CSDL", only2026(DONE), "Sở Tư pháp"],
      ["11", "Xây dựng, hoàn thiện CSDL quốc gia về an sinh xã hội.", "CSDL", only2026(DONE), "Sở Nội vụ"],
      ["12", "Xây dựng, hoàn thiện CSDL ngành y tế.", "CSDL", only2026(DONE), "Sở Y tế"],
      ["13", "Xây dựng, hoàn thiện CSDL hàng hóa (hóa chất, tiền chất).", "CSDL", only2026(DONE), "Sở Công Thương"],
      [
        "14",
        "Xây dựng, hoàn thiện Cơ sở dữ liệu tổ chức Đảng, đảng viên, cán bộ công chức, viên chức.",
        "CSDL",
        only2026(DONE),
        "Sở Nội vụ, Ban Tổ chức Tỉnh ủy",
      ],
      ["15", "Tỷ lệ dân số được phủ sóng mạng di động 5G.", "%", ["60", "70", "80", "90", "100"], KHCN],
    ],
  },
  {
    no: "V",
    title: "Đảm bảo an sinh xã hội và phục vụ phòng, chống tội phạm, bảo đảm an ninh quốc gia, trật tự an toàn xã hội",
    rows: [
      ["1", "Tỷ lệ công dân có tài khoản hưởng an sinh xã hội.", "%", ["50", "60", "70", "80", "100"], NHNN],
      [
        "2",
        "Tỷ lệ người hưởng trợ cấp, lương hưu nhận qua tài khoản an sinh xã hội.",
        "%",
        only2026("100"),
        "Sở Nội vụ, Bảo hiểm xã hội tỉnh",
      ],
      ["3", "Tỷ lệ tội phạm sử dụng giấy tờ giả, danh tính giả giảm.", "%", ["≥70", "72", "75", "77", "80"], CA],
      ["4", "Tỷ lệ thông tin đối tượng vi phạm pháp luật có thể tra cứu qua Cơ sở dữ liệu quốc gia về dân cư.", "%", only2026("100"), CA],
      ["5", "Triển khai hệ thống camera phục vụ mô hình đô thị thông minh.", "Hoàn thành", ["-", "-", "-", "-", "Hoàn thành"], KHCN],
      [
        "6",
        "Tham gia hoàn thành việc đồng bộ, kết nối, tích hợp cơ sở dữ liệu có liên quan phục vụ chi trả an sinh xã hội theo phạm vi chức năng của địa phương.",
        "%",
        ["-", "-", "-", "-", "100"],
        "Sở Nội vụ",
      ],
      [
        "7",
        "Theo phạm vi chức năng của địa phương, An ninh trật tự trị an được bảo đảm, tội phạm lừa đảo giảm so với năm 2025.",
        "%",
        ["-", "-", "-", "-", "50"],
        CA,
      ],
    ],
  },
  {
    no: "VI",
    title: "Phục vụ nghiên cứu khoa học, đổi mới sáng tạo",
    rows: [["1", "Triển khai mô hình hợp tác 03 nhà: “Nhà nước - Nhà trường - Doanh nghiệp”.", "", one("Triển khai mô hình"), KHCN]],
  },
];

/** Indicators the engine can compute from the service tables. */
const MEASURES: Readonly<Record<string, TargetIndicator["measure"]>> = { "I.5": "onlineRatio" };

const YEARS = [2026, 2027, 2028, 2029, 2030] as const;

export const plan2026: TargetPlan = {
  id: "kh210-2026",
  title: "Mục tiêu cụ thể phát triển Đề án 06 giai đoạn 2026 - 2030 (Kế hoạch số 210/KH-UBND ngày 24/6/2026)",
  groups: groups.map((g) => ({ no: g.no, title: g.title })),
  indicators: groups.flatMap((g) =>
    g.rows.map(([no, name, unit, targets, tracking]): TargetIndicator => {
      const id = `${g.no}.${no}`;
      return {
        id,
        group: g.no,
        no,
        name,
        unit,
        targets: Object.fromEntries(YEARS.map((y, i) => [y, targets[i]])),
        tracking,
        ...(MEASURES[id] ? { measure: MEASURES[id] } : {}),
      };
    }),
  ),
};
