/**
 * Excel for Mac does not honour downloads from the task pane (a blob link does nothing there), so
 * a file the pane makes is opened as a new workbook instead (ExcelApi 1.8), for the clerk to save.
 */

/** Base64 of bytes, in slices so a large workbook does not overflow the argument list. */
export function base64Of(bytes: Uint8Array): string {
  let binary = "";
  const slice = 0x8000;
  for (let i = 0; i < bytes.length; i += slice) binary += String.fromCharCode(...bytes.subarray(i, i + slice));
  return btoa(binary);
}

/** Can this Excel open a workbook from bytes? */
export function canOpenWorkbooks(): boolean {
  return Office.context.requirements.isSetSupported("ExcelApi", "1.8");
}

/** Opens the .xlsx bytes as a new, unsaved workbook window. */
export async function openAsWorkbook(bytes: Uint8Array): Promise<void> {
  if (!Office.context.requirements.isSetSupported("ExcelApi", "1.8"))
    throw new Error(
      "Phiên bản Excel này không mở được sổ làm việc mới từ phần bổ trợ (cần ExcelApi 1.8). Hãy dùng trang trình duyệt của BaoCao06.",
    );
  await Excel.createWorkbook(base64Of(bytes));
}
