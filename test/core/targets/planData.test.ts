import { parseTarget, plan2026 } from "../../../src/core";

// Every entry of the 2026 target plan checked against its schema.
const YEARS = [2026, 2027, 2028, 2029, 2030];
const text = (v: string) => v.trim() !== "" && v.trim() === v;

describe("2026 target plan entries", () => {
  test("ids are unique and made of the group numeral and the number", () => {
    const ids = plan2026.indicators.map((i) => i.id);
    expect(ids.filter((id, k) => ids.indexOf(id) !== k)).toEqual([]);
    for (const i of plan2026.indicators) expect(i.id).toBe(`${i.group}.${i.no}`);
  });

  test("every indicator belongs to a listed group, has a name and a tracking unit", () => {
    const groups = new Set(plan2026.groups.map((g) => g.no));
    expect(groups.size).toBe(plan2026.groups.length);
    for (const g of plan2026.groups) expect(text(g.title)).toBe(true);
    const bad = plan2026.indicators.filter((i) => !groups.has(i.group) || !text(i.name) || !text(i.tracking) || !/^\d+$/.test(i.no));
    expect(bad.map((i) => i.id)).toEqual([]);
  });

  test("every indicator has a target text for each year 2026–2030, and a % target reads as a number", () => {
    const bad: string[] = [];
    for (const i of plan2026.indicators) {
      expect(Object.keys(i.targets).map(Number)).toEqual(YEARS);
      for (const y of YEARS) {
        const t = i.targets[y];
        if (typeof t !== "string" || t !== t.trim()) bad.push(`${i.id} ${y}`);
        else if (i.unit === "%" && /\d/.test(t) && parseTarget(t, "%") === null) bad.push(`${i.id} ${y}: ${t}`);
      }
    }
    expect(bad).toEqual([]);
  });

  test("an indicator the engine computes is a percent with a numeric target every year", () => {
    const measured = plan2026.indicators.filter((i) => i.measure);
    expect(measured.map((i) => i.id)).toEqual(["I.5"]);
    for (const i of measured) {
      expect(i.unit).toBe("%");
      for (const y of YEARS) expect(parseTarget(i.targets[y], "%")).not.toBeNull();
    }
  });
});
