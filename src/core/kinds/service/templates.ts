import { headerKey } from "../../shared/normalize";

/** Columns of the service table (DOMAIN.md §2.1), by their domain names. */
export type ServiceColumn =
  "stt" | "service" | "connection" | "total" | "online" | "onlineRatio" | "onTime" | "overdue" | "difficulties" | "note";

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
};

/**
 * How a header cell is recognised: the first rule whose pattern matches the
 * header key (folded, spaces removed) wins. Ordered from the most specific.
 * `leaf` rules look at the lowest header row only (a group header such as
 * "Tổng số hồ sơ (bao gồm cả trực tiếp và trực tuyến)" says "trực tuyến" too).
 */
export const serviceHeaderRules: ReadonlyArray<{ column: ServiceColumn; pattern: RegExp }> = [
  { column: "stt", pattern: /^(stt|sott|sothutu|tt)$/ },
  { column: "onlineRatio", pattern: /(tile|tilehoso|^%)/ },
  { column: "onTime", pattern: /dunghan|truochan/ },
  { column: "overdue", pattern: /quahan|trehan/ },
  { column: "difficulties", pattern: /khokhan|vuongmac/ },
  { column: "note", pattern: /^ghichu/ },
  { column: "connection", pattern: /ketnoi/ },
  { column: "service", pattern: /dichvu|tenthutuc/ },
  { column: "total", pattern: /^tong/ },
  { column: "online", pattern: /tructuien|quamang/ },
];

/** Required for a table to be a service table at all. */
export const requiredServiceColumns: readonly ServiceColumn[] = ["service", "total", "online"];

const classified = new Map<string, ServiceColumn | null>();

/** The column a header text names, or null. Memoised: every text cell of every sheet is asked. */
export function classifyHeader(text: string): ServiceColumn | null {
  let column = classified.get(text);
  if (column === undefined) {
    const key = headerKey(text);
    column = key ? (serviceHeaderRules.find((rule) => rule.pattern.test(key))?.column ?? null) : null;
    if (classified.size > 20_000) classified.clear();
    classified.set(text, column);
  }
  return column;
}
