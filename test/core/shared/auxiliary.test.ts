import { AUXILIARY_TITLES, isAuxiliaryTitle } from "../../../src/core";
import { FEEDBACK_SHEET_TITLE } from "../../../src/core/feedback";

describe("auxiliary sheet titles", () => {
  test("every title the engine writes, with what follows it, is recognised on read-back", () => {
    for (const t of Object.values(AUXILIARY_TITLES)) expect(isAuxiliaryTitle(`${t} NĂM 2026`)).toBe(true);
    expect(isAuxiliaryTitle(FEEDBACK_SHEET_TITLE)).toBe(true);
  });
  test("a unit's own report title is not", () => {
    expect(isAuxiliaryTitle("BÁO CÁO KẾT QUẢ THỰC HIỆN ĐỀ ÁN 06 THÁNG 9 NĂM 2026")).toBe(false);
    expect(isAuxiliaryTitle("")).toBe(false);
  });
});
