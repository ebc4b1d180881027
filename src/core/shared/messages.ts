import type { FindingCode, Severity } from "./findings";

/**
 * The one Vietnamese message table. Each entry: default severity and a
 * template; `{name}` placeholders are filled from the finding's parameters.
 */
export const messages: Record<FindingCode, { severity: Severity; text: string }> = {
  FILE_UNREADABLE: { severity: "error", text: "Không đọc được tệp: {reason}" },
  FILE_TOO_LARGE: { severity: "error", text: "Tệp quá lớn, không xử lý: {reason}" },
  TEMPLATE_NOT_RECOGNIZED: {
    severity: "error",
    text: "Không tìm thấy bảng phụ lục nào theo mẫu (dịch vụ công, nhiệm vụ, mô hình) trong tệp.",
  },
  HEADER_COLUMN_MISSING: {
    severity: "error",
    text: "Bảng thiếu cột \u201C{column}\u201D ở tiêu đề.",
  },
  HEADER_COLUMN_UNPLACED: {
    severity: "warning",
    text: "Không xác định được cột {column} (\u201C{label}\u201D) của bảng{detail}; số liệu ở cột này không được đọc.",
  },
  SERVICE_UNKNOWN: {
    severity: "warning",
    text: "Không nhận ra dịch vụ \u201C{name}\u201D trong danh mục; dòng này không được tổng hợp.",
  },
  SERVICE_DUPLICATE: {
    severity: "error",
    text: "Dịch vụ \u201C{name}\u201D xuất hiện lần nữa (đã có ở ô {first}); chỉ lấy số liệu lần đầu.",
  },
  SERVICE_MISSING: {
    severity: "warning",
    text: "Thiếu dòng dịch vụ \u201C{name}\u201D mà đơn vị phải báo cáo.",
  },
  MISSING_VALUE: {
    severity: "error",
    text: "Ô \u201C{column}\u201D để trống trong khi các ô số khác của dịch vụ có số liệu.",
  },
  NOT_A_NUMBER: {
    severity: "error",
    text: "Ô \u201C{column}\u201D phải là số nhưng ghi \u201C{raw}\u201D.",
  },
  NEGATIVE: { severity: "error", text: "Ô \u201C{column}\u201D là số âm ({raw})." },
  NOT_INTEGER: {
    severity: "error",
    text: "Ô \u201C{column}\u201D phải là số nguyên (số hồ sơ) nhưng ghi {raw}.",
  },
  FORMULA_ERROR: {
    severity: "error",
    text: "Ô \u201C{column}\u201D có lỗi công thức {raw}.",
  },
  ONLINE_EXCEEDS_TOTAL: {
    severity: "error",
    text: "Số hồ sơ trực tuyến ({online}) lớn hơn tổng số hồ sơ ({total}).",
  },
  PROCESSED_EXCEEDS_ONLINE: {
    severity: "error",
    text: "Số hồ sơ đúng hạn + quá hạn ({processed}) lớn hơn số hồ sơ trực tuyến ({online}).",
  },
  RATIO_MISMATCH: {
    severity: "warning",
    text: "Tỷ lệ ghi {reported} nhưng tính lại được {computed} ({online}/{total}); bảng tổng hợp dùng tỷ lệ tính lại.",
  },
  SUBITEMS_MISMATCH: {
    severity: "error",
    text: "Cột \u201C{column}\u201D của dòng mẹ ({parent}) khác tổng các dòng con ({sum}).",
  },
  CONNECTION_STATUS_INVALID: {
    severity: "warning",
    text: "Tình trạng kết nối \u201C{raw}\u201D không thuộc các giá trị cho phép ({allowed}).",
  },
  ONLINE_NOT_CONNECTED: {
    severity: "warning",
    text: "Dịch vụ ghi \u201CChưa kết nối\u201D nhưng có {online} hồ sơ trực tuyến (có thể tiếp nhận trên Cổng DVC tỉnh).",
  },
  PERIOD_MISMATCH: {
    severity: "error",
    text: "Báo cáo ghi kỳ {found}, khác kỳ đang tổng hợp {expected}.",
  },
  PERIOD_UNKNOWN: {
    severity: "info",
    text: "Không xác định được kỳ báo cáo từ tiêu đề hoặc tên tệp.",
  },
  UNIT_UNKNOWN: {
    severity: "warning",
    text: "Không xác định được đơn vị báo cáo; tạm dùng tên tệp \u201C{name}\u201D.",
  },
  CONNECTION_CONFLICT: {
    severity: "warning",
    text: "Các đơn vị ghi tình trạng kết nối khác nhau cho dịch vụ này: {detail}.",
  },
  TASK_DEADLINE_UNPARSED: {
    severity: "warning",
    text: "Không hiểu được thời hạn \u201C{raw}\u201D.",
  },
  TASK_STATUS_UNPARSED: {
    severity: "info",
    text: "Kết quả thực hiện không bắt đầu bằng trạng thái quen thuộc (Đã hoàn thành, Đang thực hiện…).",
  },
  DUPLICATE_FILE: {
    severity: "info",
    text: "Tệp có nội dung giống hệt tệp {other}: chỉ đọc và tính một lần, tệp này được bỏ qua.",
  },
  DUPLICATE_SUBMISSION: {
    severity: "warning",
    text: "{unit} gửi hai báo cáo {period}: tệp {chosen} và tệp {other}. Chỉ tổng hợp tệp {chosen} {why}; tệp {other} không được cộng.",
  },
};

export type MessageParams = Readonly<Record<string, string | number>>;

export function formatMessage(code: FindingCode, params: MessageParams = {}): string {
  return messages[code].text.replace(/\{(\w+)\}/g, (_, k: string) => (k in params ? String(params[k]) : `{${k}}`));
}
