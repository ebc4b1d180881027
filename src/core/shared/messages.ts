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
  FORM_BLANK: {
    severity: "error",
    text: "Biểu mẫu {form} gửi về còn trống: {detail}.",
  },
};

/**
 * The same messages in English, for the pane's language toggle. Typed by code, so a new
 * finding code cannot be added without its English text. Parameters stay as the unit wrote
 * them (a column caption, a cell's raw text), so they are not translated.
 */
export const messagesEn: Record<FindingCode, string> = {
  FILE_UNREADABLE: "Cannot read the file: {reason}",
  FILE_TOO_LARGE: "File too large, not processed: {reason}",
  TEMPLATE_NOT_RECOGNIZED: "No appendix table of a known template (public services, tasks, models) was found in the file.",
  HEADER_COLUMN_MISSING: "The table header has no \u201C{column}\u201D column.",
  HEADER_COLUMN_UNPLACED: "Column {column} (\u201C{label}\u201D) of the table{detail} could not be placed; figures in it are not read.",
  SERVICE_UNKNOWN: "Service \u201C{name}\u201D is not in the catalogue; this row is not consolidated.",
  SERVICE_DUPLICATE: "Service \u201C{name}\u201D appears again (first at cell {first}); only the first figures are used.",
  SERVICE_MISSING: "The row for service \u201C{name}\u201D, which the unit must report, is missing.",
  MISSING_VALUE: "Cell \u201C{column}\u201D is empty while the service's other number cells are filled.",
  NOT_A_NUMBER: "Cell \u201C{column}\u201D must be a number but reads \u201C{raw}\u201D.",
  NEGATIVE: "Cell \u201C{column}\u201D is negative ({raw}).",
  NOT_INTEGER: "Cell \u201C{column}\u201D must be a whole number (a count of records) but reads {raw}.",
  FORMULA_ERROR: "Cell \u201C{column}\u201D has the formula error {raw}.",
  ONLINE_EXCEEDS_TOTAL: "Online records ({online}) exceed total records ({total}).",
  PROCESSED_EXCEEDS_ONLINE: "On-time + overdue records ({processed}) exceed online records ({online}).",
  RATIO_MISMATCH:
    "The ratio reads {reported} but recomputes to {computed} ({online}/{total}); the consolidated table uses the recomputed ratio.",
  SUBITEMS_MISMATCH: "Column \u201C{column}\u201D of the parent row ({parent}) differs from the sum of its sub-rows ({sum}).",
  CONNECTION_STATUS_INVALID: "Connection status \u201C{raw}\u201D is not one of the allowed values ({allowed}).",
  ONLINE_NOT_CONNECTED:
    "The service is marked \u201Cnot connected\u201D but has {online} online records (perhaps received on the provincial portal).",
  PERIOD_MISMATCH: "The report is for period {found}, not the period being compiled, {expected}.",
  PERIOD_UNKNOWN: "The report period could not be found in the title or the file name.",
  UNIT_UNKNOWN: "The reporting unit could not be identified; the file name \u201C{name}\u201D is used for now.",
  CONNECTION_CONFLICT: "Units give different connection statuses for this service: {detail}.",
  TASK_DEADLINE_UNPARSED: "The deadline \u201C{raw}\u201D could not be understood.",
  TASK_STATUS_UNPARSED: "The result does not start with a familiar status (Completed, In progress…).",
  DUPLICATE_FILE: "The file has exactly the content of {other}: it is read and counted once, this file is skipped.",
  DUPLICATE_SUBMISSION:
    "{unit} sent two reports for {periodEn}: {chosen} and {other}. Only {chosen} is consolidated {whyEn}; {other} is not added.",
  FORM_BLANK: "Form {form} came back blank: {detailEn}.",
};

export type MessageParams = Readonly<Record<string, string | number>>;
export type MessageLanguage = "vi" | "en";

const fillTemplate = (template: string, params: MessageParams): string =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => (k in params ? String(params[k]) : `{${k}}`));

export function formatMessage(code: FindingCode, params: MessageParams = {}, language: MessageLanguage = "vi"): string {
  return fillTemplate(language === "en" ? messagesEn[code] : messages[code].text, params);
}

/**
 * A finding's message in the clerk's chosen language. Findings keep their parameters, so
 * the English text is rebuilt from the same facts; one stored without them (an older saved
 * session) keeps its Vietnamese text rather than showing an unfilled template.
 */
export function findingText(f: { code: FindingCode; message: string; params?: MessageParams }, language: MessageLanguage): string {
  if (language === "vi" || !f.params) return f.message;
  return formatMessage(f.code, f.params, language);
}
