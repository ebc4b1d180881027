import {
  type Finding,
  type IsoDate,
  type Period,
  type Submission,
  formatPeriod,
  periodLabel,
  serviceById,
  sortFindings,
  formatDate,
} from "../index";
import { AUXILIARY_TITLES } from "../shared/auxiliary";
import { FEEDBACK_EXPECTATIONS } from "./expectations";

/** Name of the first sheet of an annotated copy. */
export const FEEDBACK_SHEET_NAME = "Kết quả kiểm tra";

/** Title line of that sheet (row 1). */
export const FEEDBACK_SHEET_TITLE = AUXILIARY_TITLES.feedback;

export type FeedbackSeverity = "error" | "warning";

export const FEEDBACK_SEVERITY_TEXT: Record<FeedbackSeverity, string> = { error: "Lỗi", warning: "Cảnh báo" };

/** One finding as the unit reads it. */
export interface FeedbackItem {
  readonly severity: FeedbackSeverity;
  readonly code: Finding["code"];
  readonly sheet: string | null;
  readonly cell: string | null;
  /** "17. Đăng ký đóng BHXH …", or null for a finding about the whole file or table. */
  readonly service: string | null;
  readonly message: string;
  readonly expected: string;
}

/** A note to put on one cell of the unit's own workbook: every finding of that cell, worst first. */
export interface CellNote {
  readonly sheet: string;
  readonly cell: string;
  readonly severity: FeedbackSeverity;
  readonly text: string;
}

export interface UnitFeedback {
  readonly file: string;
  readonly unit: string;
  readonly readable: boolean;
  readonly errors: number;
  readonly warnings: number;
  readonly items: readonly FeedbackItem[];
  /** Cell notes for the annotated copy; empty when no copy is made. */
  readonly notes: readonly CellNote[];
  /** Lines of the "Kết quả kiểm tra" sheet above and below the table. */
  readonly intro: readonly string[];
  readonly resend: readonly string[];
  /** The official note to send to the unit; null when there is nothing to send. */
  readonly message: string | null;
  /** Should an annotated copy of the unit's workbook be written? (readable and something to act on) */
  readonly copy: boolean;
}

export interface FeedbackOptions {
  /** The period being compiled; the file's own period wins for the wording. */
  readonly period?: Period | null;
  /** Date the corrected report is due back (ISO). */
  readonly resendBy: IsoDate;
  /** Who sends the feedback, printed on the sheet: "Tổ công tác Đề án 06 tỉnh Thanh Hóa". */
  readonly sender?: string;
}

/** Column headers of the findings table of the "Kết quả kiểm tra" sheet. */
export const FEEDBACK_COLUMNS = ["STT", "Mức", "Trang", "Ô", "Dịch vụ", "Nội dung", "Cần làm"] as const;

const SHORT_SERVICE = 70;

function serviceLabel(id: string | undefined): string | null {
  if (!id) return null;
  const s = serviceById(id);
  if (!s) return id;
  const name = s.name.length > SHORT_SERVICE ? `${s.name.slice(0, SHORT_SERVICE - 1).trimEnd()}…` : s.name;
  return `${s.no}. ${name}`;
}

/** The findings a unit must act on: errors and warnings that are not the clerk's own. */
export function unitFindings(findings: readonly Finding[]): Finding[] {
  return sortFindings(findings).filter((f) => (f.severity === "error" || f.severity === "warning") && FEEDBACK_EXPECTATIONS[f.code].unit);
}

function toItem(f: Finding): FeedbackItem {
  return {
    severity: f.severity as FeedbackSeverity,
    code: f.code,
    sheet: f.sheet ?? null,
    cell: f.cell ?? null,
    service: serviceLabel(f.service),
    message: f.message,
    expected: FEEDBACK_EXPECTATIONS[f.code].expected,
  };
}

/** One note per cell; an error outranks a warning on the same cell. */
function cellNotes(items: readonly FeedbackItem[]): CellNote[] {
  const byCell = new Map<string, FeedbackItem[]>();
  for (const it of items) {
    if (!it.sheet || !it.cell) continue;
    const key = `${it.sheet}\u0000${it.cell}`;
    byCell.set(key, [...(byCell.get(key) ?? []), it]);
  }
  return [...byCell.values()].map((list) => {
    const ordered = [...list].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));
    const text = ordered.map((it) => `${FEEDBACK_SEVERITY_TEXT[it.severity]}: ${it.message}\nCần: ${it.expected}`).join("\n\n");
    return { sheet: list[0].sheet!, cell: list[0].cell!, severity: ordered[0].severity, text };
  });
}

const count = (n: number, what: string) => `${n} ${what}`;

/** "ô E12 (17. Đăng ký …: Số hồ sơ trực tuyến (120) lớn hơn …)" */
function place(it: FeedbackItem, manySheets: boolean): string {
  const where = it.cell ? `ô ${it.cell}${manySheets && it.sheet ? ` trang \u201C${it.sheet}\u201D` : ""}` : "";
  const message = it.message.replace(/\.$/, "");
  const what = it.service ? `${it.service}: ${message}` : message;
  return where ? `${where} (${what})` : what;
}

function listFor(items: readonly FeedbackItem[], noun: string, manySheets: boolean): string | null {
  if (items.length === 0) return null;
  return `${count(items.length, noun)}: ${items.map((it) => place(it, manySheets)).join("; ")}`;
}

/**
 * What goes back to one unit: the findings it must act on, a note per cell,
 * and the official note ("Kính gửi …; báo cáo tháng 10/2026 của đơn vị có
 * 3 lỗi: …; đề nghị đơn vị kiểm tra, gửi lại trước ngày …"). Same input, same text.
 */
export function unitFeedback(submission: Submission, options: FeedbackOptions): UnitFeedback {
  const items = unitFindings(submission.findings).map(toItem);
  const errors = items.filter((i) => i.severity === "error");
  const warnings = items.filter((i) => i.severity === "warning");
  const period = submission.period ?? options.period ?? null;
  const report = period ? `báo cáo ${periodLabel(period)}` : "báo cáo";
  const due = formatDate(options.resendBy);
  const base = {
    file: submission.file,
    unit: submission.unit.name,
    readable: submission.readable,
    errors: errors.length,
    warnings: warnings.length,
    items,
  };
  if (!submission.readable) {
    const reason = submission.error ?? items[0]?.message ?? "";
    return {
      ...base,
      notes: [],
      intro: [],
      resend: [],
      copy: false,
      message:
        `Kính gửi: ${submission.unit.name}.\n` +
        `Tệp ${report} \u201C${submission.file}\u201D đơn vị gửi về không đọc được (${reason.replace(/\.$/, "")}).\n` +
        `Đề nghị đơn vị kiểm tra, gửi lại tệp Excel (.xlsx) trước ngày ${due}.`,
    };
  }
  if (items.length === 0) return { ...base, notes: [], intro: [], resend: [], copy: false, message: null };

  const manySheets = new Set(items.map((i) => i.sheet).filter(Boolean)).size > 1;
  const parts = [listFor(errors, "lỗi", manySheets), listFor(warnings, "cảnh báo", manySheets)].filter((p): p is string => p !== null);
  const message =
    `Kính gửi: ${submission.unit.name}.\n` +
    `${report.charAt(0).toUpperCase()}${report.slice(1)} của đơn vị (tệp \u201C${submission.file}\u201D) có ${parts.join("; và ")}.\n` +
    `Đề nghị đơn vị kiểm tra, chỉnh sửa và gửi lại báo cáo trước ngày ${due}. ` +
    `Các ô cần sửa được tô màu và ghi chú trong tệp gửi kèm (trang \u201C${FEEDBACK_SHEET_NAME}\u201D).`;
  const intro = [
    FEEDBACK_SHEET_TITLE,
    `Đơn vị: ${submission.unit.name}${period ? ` — Kỳ báo cáo: ${periodLabel(period)} (${formatPeriod(period)})` : ""}`,
    `Tệp: ${submission.file} — ${[errors.length && count(errors.length, "lỗi"), warnings.length && count(warnings.length, "cảnh báo")].filter(Boolean).join(", ")}`,
  ];
  const resend = [
    "Cách gửi lại:",
    `1. Sửa các ô được tô màu (đỏ: lỗi, vàng: cảnh báo) ở các trang báo cáo; nội dung từng lỗi xem trong ghi chú của ô.`,
    "2. Có thể xóa trang này trước khi gửi; không đổi tên, không xóa dòng tiêu đề của bảng.",
    `3. Gửi lại tệp .xlsx${options.sender ? ` cho ${options.sender}` : ""} trước ngày ${due}.`,
  ];
  return { ...base, notes: cellNotes(items), intro, resend, copy: true, message };
}
