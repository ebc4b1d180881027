import { headerKey } from "../../shared/normalize";

/** Columns of the service table (DOMAIN.md §2.1), by their domain names. */
export type ServiceColumn =
  | "stt"
  | "service"
  | "connection"
  | "total"
  | "online"
  | "onlineRatio"
  | "onTime"
  | "overdue"
  | "difficulties"
  | "note"
  /** Records received in person ("Trực tiếp"): recognised so it is never taken for another count, not read. */
  | "direct"
  /** A unit's own check column ("Kiểm tra", "Đối chiếu"): recognised, not read. */
  | "check";

export const numberColumns = ["total", "online", "onTime", "overdue"] as const;
export type NumberColumn = (typeof numberColumns)[number];

/** Vietnamese column names for messages and reports. */
export const columnLabels: Record<ServiceColumn, string> = {
  stt: "STT",
  service: "Dịch vụ công trực tuyến",
  connection: "Kết nối với Cổng DVC quốc gia",
  total: "Tổng hồ sơ",
  online: "Trực tuyến",
  onlineRatio: "Tỷ lệ",
  onTime: "Đúng hạn",
  overdue: "Quá hạn",
  difficulties: "Khó khăn, vướng mắc",
  note: "Ghi chú",
  direct: "Trực tiếp",
  check: "Kiểm tra",
};

/**
 * How a header cell is recognised: the first rule whose pattern matches the header key
 * (folded, spaces removed) wins, ordered from the most specific. The wordings are the ones
 * clerks use: "TT", "Số TT"; "Tên DVC", "Tên DVCTT", "Tên dịch vụ công", "Tên thủ tục";
 * "Tổng số hồ sơ", "Tổng HS", "Số HS", "Số hồ sơ tiếp nhận"; "HS trực tuyến", "Tiếp nhận
 * trực tuyến"; "Tỷ lệ (%)", "Tỉ lệ", "% trực tuyến"; "Đúng hạn", "Trước và đúng hạn";
 * "Quá hạn", "Trễ hạn"; "Khó khăn, vướng mắc", "Vướng mắc, đề xuất"; "Ghi chú"; "Trực tiếp".
 * In a two-row header the lowest row is asked first: a group header such as "Tổng số hồ sơ
 * (bao gồm cả trực tiếp và trực tuyến)" says "trực tuyến" too.
 */
export const serviceHeaderRules: ReadonlyArray<{ column: ServiceColumn; pattern: RegExp }> = [
  { column: "stt", pattern: /^(stt|sott|sothutu|tt)$/ },
  { column: "onlineRatio", pattern: /tile|phantram/ },
  { column: "onTime", pattern: /dunghan|truochan/ },
  { column: "overdue", pattern: /quahan|trehan/ },
  { column: "difficulties", pattern: /khokhan|vuongmac/ },
  { column: "check", pattern: /kiemtra|doichieu/ },
  { column: "note", pattern: /^ghichu/ },
  { column: "connection", pattern: /ketnoi/ },
  { column: "service", pattern: /dichvu|tenthutuc|^tendvc|^dvc/ },
  { column: "total", pattern: /^tong|tructiep.*tructuien|tructuien.*tructiep/ },
  { column: "direct", pattern: /tructiep/ },
  { column: "online", pattern: /tructuien|quamang/ },
  { column: "total", pattern: /^so(hs|hoso)|tiepnhan|^hoso$/ },
];

/** Required for a table to be a service table at all. */
export const requiredServiceColumns: readonly ServiceColumn[] = ["service", "total", "online"];

const classified = new Map<string, ServiceColumn | null>();

/** The column a header text names, or null. Memoised: every text cell of every sheet is asked. */
export function classifyHeader(text: string): ServiceColumn | null {
  let column = classified.get(text);
  if (column === undefined) {
    const key = headerKey(text);
    // "%" is punctuation to the key, but alone or in front it names the ratio ("% trực tuyến", "%").
    if (/^\s*%|\(\s*%\s*\)\s*$/.test(text) && !/tong|so(hs|hoso)/.test(key)) column = "onlineRatio";
    else column = key ? (serviceHeaderRules.find((rule) => rule.pattern.test(key))?.column ?? null) : null;
    if (classified.size > 20_000) classified.clear();
    classified.set(text, column);
  }
  return column;
}
