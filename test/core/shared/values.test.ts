import { parseVietnameseNumber, readNumber, readRatio } from "../../../src/core";

describe("numbers as units write them", () => {
  test.each([
    ["229.046", 229046],
    ["1.806", 1806],
    ["1806", 1806],
    ["06", 6],
    ["0", 0],
    [" 2.335 ", 2335],
    ["1.234.567", 1234567],
    ["22,5", 22.5],
    ["-3", -3],
  ])("%s reads as %d", (text, value) => {
    expect(parseVietnameseNumber(text)).toBe(value);
  });

  test.each(["12a", "abc", "1.2.3", "--"])("%s is not a number", (text) => {
    expect(parseVietnameseNumber(text)).toBeNull();
  });

  test("an empty cell is not a zero", () => {
    expect(readNumber(null)).toEqual({ kind: "empty" });
    expect(readNumber({ value: "  " })).toEqual({ kind: "empty" });
    expect(readNumber({ value: 0 })).toMatchObject({ kind: "number", value: 0 });
  });

  test("'không phát sinh' and a dash mean nothing arose, not an error", () => {
    expect(readNumber({ value: "Trong tháng không phát sinh" }).kind).toBe("nil");
    expect(readNumber({ value: "-" }).kind).toBe("nil");
  });

  test("error values and text are told apart", () => {
    expect(readNumber({ value: { error: "#REF!" } })).toMatchObject({ kind: "error", raw: "#REF!" });
    expect(readNumber({ value: "#DIV/0!" })).toMatchObject({ kind: "error" });
    expect(readNumber({ value: "12a" })).toMatchObject({ kind: "invalid", raw: "12a" });
  });
});

describe("ratios in every form they arrive", () => {
  test("text with a comma decimal and a percent sign", () => {
    expect(readRatio({ value: "25,87%" })).toMatchObject({ kind: "number", decimals: 2 });
    const r = readRatio({ value: "25,87%" });
    expect(r.kind === "number" && r.value).toBeCloseTo(0.2587, 10);
  });
  test("a fraction with a percent format keeps the format's decimals", () => {
    expect(readRatio({ value: 0.2587, numFmt: "0.00%" })).toMatchObject({ kind: "number", value: 0.2587, decimals: 2 });
    expect(readRatio({ value: 0.986, numFmt: "0.0%" })).toMatchObject({ decimals: 1 });
  });
  test("a plain 99.81 is a percent", () => {
    const r = readRatio({ value: 99.81 });
    expect(r.kind === "number" && r.value).toBeCloseTo(0.9981, 10);
  });
  test("100% and 0", () => {
    expect(readRatio({ value: "100%" })).toMatchObject({ value: 1, decimals: 0 });
    expect(readRatio({ value: "0" })).toMatchObject({ value: 0 });
  });
});
