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
