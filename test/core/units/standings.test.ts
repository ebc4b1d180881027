import { defaultRegistry } from "../../../src/core";
import { registryFromRows, registryToRows } from "../../../src/core/units/registrySheet";
import { deadlineOf, unitStandings } from "../../../src/core/units/status";

describe("units", () => {
  const period = { year: 2024, month: 9 };
  test("September's reports are due by the deadline day of October", () => {
    expect(deadlineOf(period, 10)).toEqual(new Date(2024, 9, 10, 23, 59, 59, 999));
    expect(deadlineOf({ year: 2024, month: 12 }, 31).getMonth()).toBe(0);
  });

  test("each unit is on time, late, missing, or has errors; unlisted communes appear too", () => {
    const r = (unitId: string, receivedAt: string, errors = 0) => ({ unitId, unit: unitId, file: `${unitId}.xlsx`, receivedAt, errors });
    const standings = unitStandings(
      defaultRegistry,
      [
        r("cong-an-tinh", new Date(2024, 9, 9).toISOString()),
        r("so-tu-phap", new Date(2024, 9, 12).toISOString()),
        r("so-y-te", new Date(2024, 9, 1).toISOString(), 2),
        r("xa-tho-xuan", new Date(2024, 9, 2).toISOString()),
      ],
      period,
      10,
    );
    const of = (id: string) => standings.find((s) => s.unitId === id)?.status;
    expect(of("cong-an-tinh")).toBe("on_time");
    expect(of("so-tu-phap")).toBe("late");
    expect(of("so-y-te")).toBe("has_errors");
    expect(of("thue-tinh")).toBe("missing");
    expect(of("xa-tho-xuan")).toBe("on_time");
  });

  test("the registry survives the round trip through its sheet layout, edits included", () => {
    const rows = registryToRows(defaultRegistry);
    expect(registryFromRows(rows, { units: [], communeServices: [] })).toEqual(defaultRegistry);
    rows.push(["", "Sở Ngoại vụ", "Sở, ngành", "", "dvc422-21"]);
    const edited = registryFromRows(rows, defaultRegistry);
    expect(edited.units.at(-1)).toMatchObject({ id: "so-ngoai-vu", name: "Sở Ngoại vụ", kind: "department", services: ["dvc422-21"] });
  });
});
