import type { Finding, ReportSummary } from "../core";

/** What the "Kiểm tra trang tính" button tells the clerk. */
export function validationMessage(sheet: string, findings: readonly Finding[], marked: number, hasTable: boolean): string {
  if (!hasTable) return `Trang \u201C${sheet}\u201D không có bảng phụ lục theo mẫu (dịch vụ công trực tuyến).`;
  const n = (s: Finding["severity"]) => findings.filter((f) => f.severity === s).length;
  if (findings.length === 0) return `Trang \u201C${sheet}\u201D: không có phát hiện nào.`;
  return `Trang \u201C${sheet}\u201D: ${n("error")} lỗi, ${n("warning")} cảnh báo, ${n("info")} thông tin; đã tô màu và ghi chú ${marked} ô. Mở bảng tổng hợp để xem chi tiết.`;
}

/** What the "Tạo bảng báo cáo" button tells the clerk. */
export function reportMessage(compiled: { readonly summary: ReportSummary } | null, sheets: readonly string[]): string {
  if (!compiled) return "Chưa có báo cáo nào của đơn vị trong sổ làm việc. Hãy mở bảng tổng hợp và nhận báo cáo trước.";
  const s = compiled.summary;
  const errors = s.unitsWithErrors.length;
  return `Đã tổng hợp ${s.submissions} báo cáo vào các trang: ${sheets.join(", ")}. ${s.belowTarget.length} dịch vụ dưới chỉ tiêu; ${errors} đơn vị có lỗi.`;
}

export function dialogUrl(base: string, title: string, message: string): string {
  const url = new URL("dialog.html", base);
  url.searchParams.set("title", title);
  url.searchParams.set("message", message);
  return url.toString();
}

/** A ribbon command that failed: what failed, and that nothing was lost. */
export function failureMessage(reason: string): string {
  return `Chưa làm được: ${reason}`;
}

/** "Kiểm tra trang tính" on a sheet the add-in wrote itself. */
export function reportSheetMessage(sheet: string): string {
  return `Trang \u201C${sheet}\u201D do BaoCao06 tạo (bảng tổng hợp hoặc danh sách đơn vị), không phải báo cáo của đơn vị. Hãy chọn trang báo cáo của một đơn vị rồi bấm lại.`;
}
