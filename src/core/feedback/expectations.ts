import type { FindingCode } from "../index";
import { MAX_FILE_BYTES } from "../shared/fileLimit";
import { formatSize } from "../shared/format";

/**
 * What a unit must do about each kind of finding, in the words of the note
 * the unit reads. `unit: false` marks findings that are the clerk's own
 * business (a unit missing from her registry, two units disagreeing): they
 * are never sent back.
 */
export const FEEDBACK_EXPECTATIONS: Record<FindingCode, { readonly unit: boolean; readonly expected: string }> = {
  FILE_UNREADABLE: { unit: true, expected: "Gửi lại tệp Excel (.xlsx) mở được, không đặt mật khẩu." },
  FILE_TOO_LARGE: { unit: true, expected: `Gửi lại tệp chỉ gồm các bảng báo cáo, dung lượng dưới ${formatSize(MAX_FILE_BYTES)}.` },
  TEMPLATE_NOT_RECOGNIZED: { unit: true, expected: "Lập báo cáo theo biểu mẫu phụ lục (giữ nguyên dòng tiêu đề của bảng)." },
  HEADER_COLUMN_MISSING: { unit: true, expected: "Bổ sung cột này vào tiêu đề bảng theo biểu mẫu." },
  HEADER_COLUMN_UNPLACED: { unit: true, expected: "Ghi tiêu đề cột theo biểu mẫu (Tổng hồ sơ, Trực tuyến, Tỷ lệ, Đúng hạn, Quá hạn…)." },
  SERVICE_UNKNOWN: { unit: true, expected: "Ghi đúng tên dịch vụ theo danh mục (có thể chép từ biểu mẫu)." },
  SERVICE_DUPLICATE: { unit: true, expected: "Mỗi dịch vụ chỉ ghi một dòng; xóa dòng lặp hoặc gộp số liệu." },
  SERVICE_MISSING: { unit: true, expected: "Bổ sung dòng dịch vụ này; nếu không phát sinh hồ sơ thì ghi 0." },
  MISSING_VALUE: { unit: true, expected: "Ghi số liệu vào ô; nếu không phát sinh thì ghi 0." },
  NOT_A_NUMBER: { unit: true, expected: "Chỉ ghi số (ví dụ 1.250), không ghi chữ hay ký hiệu." },
  NEGATIVE: { unit: true, expected: "Số hồ sơ không được âm." },
  NOT_INTEGER: { unit: true, expected: "Số hồ sơ là số nguyên." },
  FORMULA_ERROR: { unit: true, expected: "Sửa công thức hoặc ghi trực tiếp số liệu vào ô." },
  ONLINE_EXCEEDS_TOTAL: { unit: true, expected: "Số hồ sơ trực tuyến không được lớn hơn tổng số hồ sơ." },
  PROCESSED_EXCEEDS_ONLINE: {
    unit: true,
    expected: "Số hồ sơ đúng hạn cộng quá hạn không được lớn hơn số hồ sơ trực tuyến.",
  },
  RATIO_MISMATCH: { unit: true, expected: "Tỷ lệ = số hồ sơ trực tuyến ÷ tổng số hồ sơ." },
  SUBITEMS_MISMATCH: { unit: true, expected: "Số liệu dòng mẹ bằng tổng các dòng con." },
  CONNECTION_STATUS_INVALID: { unit: true, expected: "Ghi \u201CĐã kết nối\u201D hoặc \u201CChưa kết nối\u201D." },
  ONLINE_NOT_CONNECTED: {
    unit: true,
    expected: "Kiểm tra lại tình trạng kết nối, hoặc ghi rõ hồ sơ được tiếp nhận trên Cổng DVC tỉnh.",
  },
  PERIOD_MISMATCH: { unit: true, expected: "Gửi báo cáo đúng kỳ đang tổng hợp, ghi kỳ ở tiêu đề bảng." },
  PERIOD_UNKNOWN: { unit: true, expected: "Ghi kỳ báo cáo ở tiêu đề bảng (ví dụ \u201Ctháng 10/2026\u201D)." },
  UNIT_UNKNOWN: { unit: false, expected: "" },
  CONNECTION_CONFLICT: { unit: false, expected: "" },
  TASK_DEADLINE_UNPARSED: {
    unit: true,
    expected: "Ghi thời hạn theo dạng \u201CTháng 10/2026\u201D, \u201CQuý IV/2026\u201D hoặc \u201CTrước ngày 31/12/2026\u201D.",
  },
  DUPLICATE_FILE: { unit: false, expected: "" },
  DUPLICATE_SUBMISSION: { unit: false, expected: "" },
  FORM_BLANK: {
    unit: true,
    expected: "Điền biểu mẫu rồi gửi lại: ghi số liệu (hoặc kết quả) vào các ô tô màu; không phát sinh hồ sơ thì ghi 0.",
  },
  TASK_STATUS_UNPARSED: {
    unit: true,
    expected: "Bắt đầu kết quả bằng \u201CĐã hoàn thành\u201D, \u201CĐang thực hiện\u201D hoặc \u201CChưa hoàn thành\u201D.",
  },
};
