import { parseDeadline, parseDeadlineValue } from "../../../../src/core";

describe("parseDeadline: the deadline phrases of the seeds", () => {
  test.each([
    ["Tháng 02/2023", "date", "2023-02-28"],
    ["Trong tháng 02 năm 2023", "date", "2023-02-28"],
    ["Tháng 6/2023", "date", "2023-06-30"],
    ["Tháng 09/2023", "date", "2023-09-30"],
    ["Tháng 12/2026", "date", "2026-12-31"],
    ["Tháng 02/2028", "date", "2028-02-29"],
    ["Quý I/2023", "date", "2023-03-31"],
    ["Quý III/2026", "date", "2026-09-30"],
    ["Quý I/2027", "date", "2027-03-31"],
    ["Năm 2023", "date", "2023-12-31"],
    ["Trước ngày 31/3/2023", "date", "2023-03-31"],
    ["Hoàn thành trước 30/6/2026", "date", "2026-06-30"],
    ["Hoàn thành trong tháng 12/2026", "date", "2026-12-31"],
    ["Hoàn thành trong tháng 6/2026 duy trì thường xuyên", "date", "2026-06-30"],
    ["Theo tiến độ của Bộ Công an (Tháng 9/2026)", "date", "2026-09-30"],
    ["Thực hiện thường xuyên", "recurring", null],
    ["Thường xuyên", "recurring", null],
    ["Thực hiện thường xuyên (hoàn thành việc kết nối trong năm 2026)", "recurring", "2026-12-31"],
    ["Theo hướng dẫn của Bộ Công an", "open", null],
    ["Theo hướng dẫn của các Bộ chủ quản", "open", null],
    ["Sau khi Nghị quyết số 12/2025/NQ-HĐND ngày 24/6/2025 hết hiệu lực", "open", null],
    ["Sau khi Bộ Tài chính có hướng dẫn", "open", null],
    ["Lộ trình Nghị quyết 50/NQ-CP, ngày 8/4/2022", "open", null],
    ["Thời hạn cụ thể tại Kế hoạch.", "open", null],
    ["", "empty", null],
    ["Khi nào xong", "unparsed", null],
    ["Tháng 13/2026", "unparsed", null],
    ["31/2/2026", "unparsed", null],
  ])("%p → %s %s", (text, kind, due) => {
    const d = parseDeadline(text);
    expect(d.kind).toBe(kind);
    expect(d.due).toBe(due);
  });

  test("keeps the phrase as written", () => {
    expect(parseDeadline("  Quý  I/2023 ").raw).toBe("Quý I/2023");
  });

  test("an Excel date cell is a dated deadline", () => {
    const d = parseDeadlineValue(new Date(Date.UTC(2026, 5, 30)));
    expect(d).toEqual({ kind: "date", raw: "30/06/2026", due: "2026-06-30" });
  });
});

describe("phrases written with diacritics and folded when loaded", () => {
  // Both were stored folded by hand as "hang quy" and "iieu cau", which no folded text ever
  // equals (y folds to i): "Hằng quý" and "Theo yêu cầu …" were left unparsed.
  test("“Hằng quý” is recurring", () => {
    expect(parseDeadline("Hằng quý").kind).toBe("recurring");
  });
  test("“Theo yêu cầu của Bộ Công an” has no fixed date", () => {
    expect(parseDeadline("Theo yêu cầu của Bộ Công an").kind).toBe("open");
  });
});
