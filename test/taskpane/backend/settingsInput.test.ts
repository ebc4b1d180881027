import { readDeadlineDay, readPeriodInput, readReportDate, readReportNo, readTarget } from "../../../src/taskpane/backend/settingsInput";
import { attachmentLine } from "../../../src/core";

describe("settings read as the clerk types them", () => {
  test("the period the ways clerks write it", () => {
    for (const s of ["9/2024", "09/2024", "T9/2024", "t9/2024", "tháng 9 năm 2024", "Tháng 9/2024", "2024-09", " 2024-9 "])
      expect(readPeriodInput(s)).toEqual({ ok: true, value: { year: 2024, month: 9 } });
    expect(readPeriodInput("")).toEqual({ ok: false, problem: "periodEmpty" });
    for (const s of ["13/2024", "hôm nay", "2024"]) expect(readPeriodInput(s)).toEqual({ ok: false, problem: "periodBad" });
  });

  test("the report number's /BC-UBND suffix is printed once", () => {
    const r = readReportNo("123/BC-UBND");
    expect(r).toEqual({ ok: true, value: "123" });
    if (r.ok) expect(attachmentLine({ province: "Thanh Hóa", period: null, reportNo: r.value })).toContain("số: 123/BC-UBND ngày");
    expect(readReportNo(" 45 / bc-ubnd ")).toEqual({ ok: true, value: "45" });
    expect(readReportNo("")).toEqual({ ok: true, value: undefined });
    expect(readReportNo("12/BC-SCA")).toEqual({ ok: false, problem: "reportNoSlash" });
  });

  test("report dates in dd/mm/yyyy, real calendar days only", () => {
    expect(readReportDate("5/10/2024")).toEqual({ ok: true, value: "05/10/2024" });
    expect(readReportDate("05-10-2024")).toEqual({ ok: true, value: "05/10/2024" });
    expect(readReportDate("2024-10-05")).toEqual({ ok: true, value: "05/10/2024" });
    expect(readReportDate("")).toEqual({ ok: true, value: undefined });
    expect(readReportDate("hôm nay")).toEqual({ ok: false, problem: "dateBad" });
    expect(readReportDate("31/02/2024")).toEqual({ ok: false, problem: "dateNotCalendar" });
  });

  test("a target typed as 85 or 85% is 85%", () => {
    for (const s of ["85", "85%", "85 %", "0,85"]) expect(readTarget(s)).toEqual({ ok: true, value: 0.85 });
    expect(readTarget("85,5%")).toEqual({ ok: true, value: 0.855 });
    expect(readTarget("")).toEqual({ ok: true, value: undefined });
    expect(readTarget("120")).toEqual({ ok: false, problem: "targetRange" });
    expect(readTarget("cao")).toEqual({ ok: false, problem: "targetBad" });
  });

  test("a deadline day outside 1–31 is refused with a reason, not a silent disabled button", () => {
    expect(readDeadlineDay("10")).toEqual({ ok: true, value: 10 });
    for (const s of ["40", "0", "", "mười"]) expect(readDeadlineDay(s)).toEqual({ ok: false, problem: "deadlineBad" });
  });
});
