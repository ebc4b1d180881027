import { parseDeadline, parseTaskStatus, onTimeStatus } from "../../../../src/core";

describe("parseTaskStatus: the phrase a result starts with", () => {
  test.each([
    ["Đã xong: Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 15-CT/TU", "done"],
    ["Đã hoàn thành: Hội đồng nhân dân tỉnh ban hành Nghị quyết", "done"],
    ["Đã hoàn thành và đang thực hiện thường xuyên", "done"],
    ["1) Đã hoàn thành việc rà soát, đơn giản hóa TTHC", "done"],
    ["- Đã xong việc tập huấn", "done"],
    ["Chưa hoàn thành. Tiến độ: UBND tỉnh đã và đang tiếp tục chỉ đạo", "not_done"],
    ["Đang thực hiện, tiến độ: - Đối với yêu cầu", "in_progress"],
    ["Đang triển khai thực hiện: Đến thời điểm hiện tại", "in_progress"],
    ["Được triển khai thực hiện thường xuyên", "in_progress"],
    ["Tiếp tục tập trung lực lượng, trang thiết bị", "in_progress"],
    ["Việc công bố, công khai TTHC; Được thực hiện thường xuyên", null],
    ["Hoàn thiện hồ sơ", null],
    ["", null],
  ])("%p → %s", (text, status) => {
    expect(parseTaskStatus(text)).toBe(status);
  });
});

describe("onTimeStatus at a report date", () => {
  const at = "2023-09-15";
  test("done wins over any deadline", () => {
    expect(onTimeStatus("done", parseDeadline("Tháng 02/2023"), at)).toBe("done");
  });
  test("a dated task not done is overdue after its day and in progress up to it", () => {
    expect(onTimeStatus("not_done", parseDeadline("Quý I/2023"), at)).toBe("overdue");
    expect(onTimeStatus("in_progress", parseDeadline("Tháng 9/2023"), at)).toBe("in_progress");
    expect(onTimeStatus("in_progress", parseDeadline("Trước ngày 15/9/2023"), at)).toBe("in_progress");
    expect(onTimeStatus("in_progress", parseDeadline("Trước ngày 14/9/2023"), at)).toBe("overdue");
    expect(onTimeStatus(null, parseDeadline("Tháng 7/2023"), at)).toBe("overdue");
  });
  test("recurring and open deadlines", () => {
    expect(onTimeStatus("in_progress", parseDeadline("Thực hiện thường xuyên"), at)).toBe("recurring");
    expect(onTimeStatus("in_progress", parseDeadline("Theo hướng dẫn của Bộ Công an"), at)).toBe("no_deadline");
    expect(onTimeStatus(null, parseDeadline("Khi nào xong"), at)).toBe("no_deadline");
  });
});
