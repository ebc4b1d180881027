import { settingsFromJson, settingsToJson } from "../../../src/taskpane/backend/common";

test("settings stored in the workbook come back the same, and broken values fall back to defaults", () => {
  const s = {
    province: "Quảng Nam",
    reportNo: "12",
    reportDate: "05/10/2024",
    period: { year: 2024, month: 9 },
    deadlineDay: 15,
    onlineTarget: 0.85,
  };
  expect(settingsFromJson(JSON.parse(JSON.stringify(settingsToJson(s))))).toEqual(s);
  expect(settingsFromJson({ period: "tháng 9", deadlineDay: "x" }).deadlineDay).toBe(10);
});

test("the arrival dates the clerk gave are kept; a broken one is dropped, not guessed", () => {
  const s = { province: "Thanh Hóa", period: { year: 2026, month: 9 }, deadlineDay: 10, receivedDates: { "cong-an.xlsx": "2026-10-14" } };
  expect(settingsFromJson(JSON.parse(JSON.stringify(settingsToJson(s)))).receivedDates).toEqual({ "cong-an.xlsx": "2026-10-14" });
  expect(settingsFromJson({ receivedDates: { "a.xlsx": "hôm qua", "b.xlsx": "2026-10-02" } }).receivedDates).toEqual({
    "b.xlsx": "2026-10-02",
  });
});
