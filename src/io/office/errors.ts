/**
 * What the clerk reads when Excel refuses a request: the RichApi error code turned into a
 * Vietnamese sentence that says what to do. Data, not an if-chain.
 */
const MESSAGES: Record<string, string> = {
  InvalidOperationInCellEditMode: "Excel đang ở chế độ sửa ô (con trỏ đang trong một ô). Hãy nhấn Enter hoặc Esc để rời ô đó, rồi thử lại.",
  RequestPayloadSizeLimitExceeded: "Dữ liệu gửi tới Excel vượt giới hạn 5 MB của Excel trên web. Hãy thử lại với ít tệp hơn mỗi lần.",
  ResponsePayloadSizeLimitExceeded: "Dữ liệu Excel trả về vượt giới hạn 5 MB của Excel trên web. Hãy thử lại với ít trang tính hơn.",
  AccessDenied: "Trang tính đang được bảo vệ (Review › Unprotect Sheet). Hãy bỏ bảo vệ trang rồi thử lại.",
  ApiNotFound: "Phiên bản Excel này không có chức năng cần dùng. Hãy cập nhật Excel hoặc dùng trang trình duyệt của BaoCao06.",
  ItemNotFound: "Không tìm thấy trang tính hoặc ô cần dùng (có thể đã bị xóa hoặc đổi tên). Hãy thử lại.",
  ItemAlreadyExists: "Đã có một trang tính trùng tên. Hãy đổi tên trang đó rồi thử lại.",
  InvalidArgument: "Excel không nhận một giá trị được ghi vào ô. Hãy thử lại; nếu vẫn lỗi, hãy báo cho người quản trị.",
  InvalidReference: "Một trang tính đã bị xóa trong lúc đang làm. Hãy thử lại.",
  GeneralException: "Excel báo lỗi khi thực hiện thao tác. Hãy thử lại.",
};

/** The error code of an OfficeExtension.Error, or null for anything else. */
export function officeErrorCode(e: unknown): string | null {
  if (typeof e === "object" && e !== null && typeof (e as { code?: unknown }).code === "string") {
    const err = e as { name?: string; code: string };
    if (err.name === "RichApi.Error" || err.code in MESSAGES) return err.code;
  }
  return null;
}

/** A sentence for the clerk; non-Excel errors keep their own (already Vietnamese) message. */
export function officeErrorMessage(e: unknown): string {
  const code = officeErrorCode(e);
  if (code) return `${MESSAGES[code] ?? MESSAGES.GeneralException} (mã lỗi Excel: ${code})`;
  return e instanceof Error ? e.message : String(e);
}

/**
 * `Excel.run` that waits for the clerk to leave cell-edit mode where Excel can (ExcelApi 1.11
 * `delayForCellEdit`); older Excel refuses with InvalidOperationInCellEditMode and the pane
 * explains it.
 */
export function runExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  if (Office.context.requirements.isSetSupported("ExcelApi", "1.11")) return Excel.run({ delayForCellEdit: true }, batch);
  return Excel.run(batch);
}
