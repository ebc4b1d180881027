import { formatDate, formatDateTime, formatNumber, formatPercent, formatPoints, formatSize } from "../../../src/core/shared/format";

describe("formatNumber", () => {
  test.each([
    [229046, 0, 0, "229.046"],
    [1234567.891, 2, 0, "1.234.567,89"],
    [2.5, 2, 0, "2,5"],
    [2.5, 2, 2, "2,50"],
    [999, 0, 0, "999"],
    [1000, 0, 0, "1.000"],
    [0, 0, 0, "0"],
    [-1234, 0, 0, "-1.234"],
    [-0.001, 2, 0, "0"],
    [0.1 + 0.2, 3, 0, "0,3"],
    [7, 3, 0, "7"],
  ])("%p with at most %p and at least %p decimals reads %p", (n, max, min, text) => {
    expect(formatNumber(n, max, min)).toBe(text);
  });
});

describe("formatPercent", () => {
  test("a ratio reads as a percent with at most two decimals", () => {
    expect(formatPercent(0.8055)).toBe("80,55%");
    expect(formatPercent(0.8)).toBe("80%");
    expect(formatPercent(0.8, 2, 2)).toBe("80,00%");
    expect(formatPercent(0.80555, 1)).toBe("80,6%");
    expect(formatPercent(12.5)).toBe("1.250%");
  });
});

describe("formatPoints", () => {
  test("a difference of ratios reads in percentage points", () => {
    expect(formatPoints(0.0125)).toBe("1,25 điểm %");
    expect(formatPoints(0.0125, { signed: true })).toBe("+1,25 điểm %");
    expect(formatPoints(-0.0125, { signed: true })).toBe("-1,25 điểm %");
    expect(formatPoints(0, { signed: true })).toBe("0 điểm %");
    expect(formatPoints(0.042)).toBe("4,2 điểm %");
  });
});

describe("formatDate", () => {
  test("an ISO date is printed day/month/year", () => {
    expect(formatDate("2026-10-05")).toBe("05/10/2026");
  });
  test("text that is not an ISO date is left as it is", () => {
    expect(formatDate("05/10/2026")).toBe("05/10/2026");
  });
});

describe("formatSize", () => {
  test("bytes read in megabytes with one decimal", () => {
    expect(formatSize(20 * 1024 * 1024)).toBe("20,0 MB");
    expect(formatSize(25.26 * 1024 * 1024)).toBe("25,3 MB");
    expect(formatSize(1500 * 1024 * 1024)).toBe("1.500,0 MB");
  });
});

describe("formatDateTime", () => {
  test("a moment reads day/month/year hour:minute in local time", () => {
    expect(formatDateTime(new Date(2026, 10, 5, 9, 7))).toBe("05/11/2026 09:07");
  });
});
