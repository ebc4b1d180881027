/**
 * Header words are keyed for every text cell of every sheet; a long text (a pasted page, a
 * hostile file) must cost nothing and be held by no cache. Counted in calls, not time.
 */
import * as normalize from "../../../src/core/shared/normalize";
import { classifyWith } from "../../../src/core/shared/textHeader";
import { taskHeaderRules } from "../../../src/core/kinds/task/table";

afterEach(() => jest.restoreAllMocks());

test("a header cell is classified by its words", () => {
  expect(classifyWith(taskHeaderRules, "Thời hạn hoàn thành")).toBe("deadline");
  expect(classifyWith(taskHeaderRules, "Đơn vị phối hợp")).toBe("partners");
});

test("a text longer than any header is no header, and is never keyed", () => {
  const key = jest.spyOn(normalize, "headerKey");
  const page = `Thời hạn ${"hồ sơ trực tuyến ".repeat(100)}`;
  expect(classifyWith(taskHeaderRules, page)).toBeNull();
  expect(key).not.toHaveBeenCalled();
  classifyWith(taskHeaderRules, "Thời hạn");
  expect(key).toHaveBeenCalledTimes(1);
});

test("short keys are memoised; long texts are keyed afresh, so no cache holds them", () => {
  const f = jest.fn((s: string) => s.toLowerCase());
  const key = normalize.cached(f);
  key("Tổng số");
  key("Tổng số");
  expect(f).toHaveBeenCalledTimes(1);
  const long = "Hồ sơ ".repeat(100);
  key(long);
  key(long);
  expect(f).toHaveBeenCalledTimes(3);
});
