import { foldKey } from "./normalize";

/**
 * Title lines (row 1) of the sheets the engine writes for people, not as data:
 * provenance, targets, month-over-month changes, findings, submissions, and the
 * findings sheet put in front of a unit's annotated copy. When a consolidated
 * workbook (two levels, --previous) or an annotated copy sent back is read as a
 * submission, these sheets are skipped so their copies of the figures are not
 * counted again. Every writer takes its title from here, so reader and writer
 * cannot drift apart.
 */
export const AUXILIARY_TITLES = {
  provenance: "NGUỒN SỐ LIỆU CỦA BẢNG TỔNG HỢP",
  targets: "SO SÁNH VỚI CHỈ TIÊU",
  changes: "BIẾN ĐỘNG SO VỚI KỲ TRƯỚC",
  findings: "KẾT QUẢ KIỂM TRA BÁO CÁO CỦA CÁC ĐƠN VỊ",
  submissions: "TÌNH HÌNH NHẬN BÁO CÁO CỦA CÁC ĐƠN VỊ",
  feedback: "KẾT QUẢ KIỂM TRA BÁO CÁO CỦA ĐƠN VỊ",
} as const;

const PREFIXES = Object.values(AUXILIARY_TITLES).map((t) => foldKey(t));

/** Does a sheet's first line say it is one of the engine's auxiliary sheets? */
export function isAuxiliaryTitle(text: string): boolean {
  const k = foldKey(text);
  return k !== "" && PREFIXES.some((p) => k.startsWith(p));
}
