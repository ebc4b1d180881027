import { foldHeaderPattern, headerKey } from "../../shared/normalize";

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
 * (bao gồm cả trực tiếp và trực tuyến)" says "trực tuyến" too. The patterns are written in
 * Vietnamese and folded when loaded (foldHeaderPattern: no diacritics, no spaces, y as i).
 */
export const serviceHeaderRules: ReadonlyArray<{ column: ServiceColumn; pattern: RegExp }> = [
  { column: "stt", pattern: /^(stt|số tt|số thứ tự|tt)$/ },
  { column: "onlineRatio", pattern: /tỷ lệ|phần trăm/ },
  { column: "onTime", pattern: /đúng hạn|trước hạn/ },
  { column: "overdue", pattern: /quá hạn|trễ hạn/ },
  { column: "difficulties", pattern: /khó khăn|vướng mắc/ },
  { column: "check", pattern: /kiểm tra|đối chiếu/ },
  { column: "note", pattern: /^ghi chú/ },
  { column: "connection", pattern: /kết nối/ },
  { column: "service", pattern: /dịch vụ|tên thủ tục|^tên dvc|^dvc/ },
  { column: "total", pattern: /^tổng|trực tiếp.*trực tuyến|trực tuyến.*trực tiếp/ },
  { column: "direct", pattern: /trực tiếp/ },
  { column: "online", pattern: /trực tuyến|qua mạng/ },
  { column: "total", pattern: /^số (hs|hồ sơ)|tiếp nhận|^hồ sơ$/ },
].map(({ column, pattern }) => ({ column: column as ServiceColumn, pattern: foldHeaderPattern(pattern) }));

/** Required for a table to be a service table at all. */
export const requiredServiceColumns: readonly ServiceColumn[] = ["service", "total", "online"];

const TOTAL_WORDS = foldHeaderPattern(/tổng|số (hs|hồ sơ)/);

const classified = new Map<string, ServiceColumn | null>();

/** The column a header text names, or null. Memoised: every text cell of every sheet is asked. */
export function classifyHeader(text: string): ServiceColumn | null {
  let column = classified.get(text);
  if (column === undefined) {
    const key = headerKey(text);
    // "%" is punctuation to the key, but alone or in front it names the ratio ("% trực tuyến", "%").
    if (/^\s*%|\(\s*%\s*\)\s*$/.test(text) && !TOTAL_WORDS.test(key)) column = "onlineRatio";
    else column = key ? (serviceHeaderRules.find((rule) => rule.pattern.test(key))?.column ?? null) : null;
    if (classified.size > 20_000) classified.clear();
    classified.set(text, column);
  }
  return column;
}
