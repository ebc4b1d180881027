/**
 * Files that are spreadsheets but not .xlsx: an Excel 97-2003 .xls, an .xlsx locked with a
 * password (both are OLE compound files), an OpenDocument .ods. Each gets a reason that tells
 * the clerk how to save it as .xlsx, in the program the unit most likely used.
 */

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

const startsWith = (bytes: Uint8Array, sig: readonly number[]) => sig.every((b, i) => bytes[i] === b);

/** Does a UTF-16LE name (an OLE directory entry) occur in the bytes? */
function hasUtf16(bytes: Uint8Array, name: string): boolean {
  const needle = Array.from(name).flatMap((ch) => [ch.charCodeAt(0), 0]);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

const SAVE_AS_XLSX =
  "Cách chuyển: mở tệp trong Excel, chọn Tệp → Lưu thành (File → Save As), ở ô \u201CLưu dưới dạng\u201D chọn " +
  "\u201CSổ làm việc Excel (*.xlsx)\u201D, lưu rồi gửi hoặc chọn lại tệp .xlsx mới; trong LibreOffice Calc hoặc WPS: " +
  "Tệp → Lưu thành, chọn \u201CExcel 2007-365 (.xlsx)\u201D.";

export const LEGACY_XLS_REASON = `tệp theo định dạng Excel 97-2003 (.xls), không phải .xlsx. ${SAVE_AS_XLSX}`;
export const ENCRYPTED_REASON =
  "tệp .xlsx được đặt mật khẩu mở nên không đọc được nội dung. Hãy mở tệp trong Excel, chọn Tệp → Thông tin → " +
  "Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu, xóa mật khẩu, lưu lại rồi gửi tệp đó.";
export const ODS_REASON = `tệp bảng tính OpenDocument (.ods), không phải .xlsx. ${SAVE_AS_XLSX}`;

/** Why a file is a spreadsheet the reader does not open, or null when it may be an .xlsx. */
export function otherFormatReason(bytes: Uint8Array): string | null {
  if (startsWith(bytes, OLE)) {
    // An encrypted .xlsx is an OLE file holding "EncryptionInfo" and "EncryptedPackage" streams.
    return hasUtf16(bytes, "EncryptedPackage") ? ENCRYPTED_REASON : LEGACY_XLS_REASON;
  }
  // OpenDocument puts an uncompressed "mimetype" entry first (ODF 1.2 §3.3).
  if (startsWith(bytes, ZIP)) {
    const head = new TextDecoder("latin1").decode(bytes.subarray(30, 120));
    if (head.startsWith("mimetype") && head.includes("application/vnd.oasis.opendocument.spreadsheet")) return ODS_REASON;
  }
  return null;
}
