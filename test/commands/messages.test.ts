import { type Finding } from "../../src/core";
import { reportMessage, validationMessage } from "../../src/commands/messages";

test("the ribbon buttons' messages count what the clerk will find", () => {
  const f = (severity: Finding["severity"]): Finding => ({ code: "NEGATIVE", severity, file: "a", message: "m" });
  expect(validationMessage("Sở Y tế", [f("error"), f("error"), f("warning")], 2, true)).toBe(
    "Trang \u201CSở Y tế\u201D: 2 lỗi, 1 cảnh báo, 0 thông tin; đã tô màu và ghi chú 2 ô. Mở bảng tổng hợp để xem chi tiết.",
  );
  expect(validationMessage("Bìa", [], 0, false)).toContain("không có bảng phụ lục");
  expect(reportMessage(null, [])).toContain("Chưa có báo cáo");
});
