import { type Consolidation, type Submission, consolidate, serviceById } from "../../../../src/core";
import type { RowSpec, UnitWorkbookSpec } from "../../../../scripts/lib/unitWorkbook";
import { roundTrip } from "../../../support/xlsx";

/**
 * Every error code's effect on the sums (DOMAIN.md §4): a clean unit A is
 * merged with a unit B whose row carries one error; the consolidated row must
 * equal A alone in the values B's error puts in doubt, say it is incomplete
 * and list what was left out.
 */
const row = (id: string, v: Partial<RowSpec>): RowSpec => {
  const s = serviceById(id)!;
  return { no: s.no, name: s.parent ? `- ${s.name}` : s.name, connection: "Đã kết nối", ...v };
};

const clean = (id = "dvc25-09") => row(id, { total: "100", online: "80", onTime: "70", overdue: "10" });

async function unit(name: string, file: string, rows: RowSpec[], spec: Partial<UnitWorkbookSpec> = {}): Promise<Submission> {
  return roundTrip({ unit: name, periodText: "tháng 10/2026", layout: "official", tables: [{ rows }], ...spec }, {}, file);
}

let a: Submission;
beforeAll(async () => {
  a = await unit("UBND xã Quảng Phú", "quang-phu.xlsx", [clean()]);
});

const rowOf = (c: Consolidation, id = "dvc25-09") => c.tables.dvc25.rows.find((r) => r.service.id === id)!;
const leftOutOf = (c: Consolidation, id = "dvc25-09") =>
  rowOf(c, id)
    .leftOut.map((l) => `${l.column}:${l.code}`)
    .sort();

/** What was left out, as "column:code", in a fixed order. */
const out = (...items: string[]) => [...items].sort();

async function withB(b: Partial<RowSpec>) {
  const sub = await unit("UBND xã Nga Sơn", "nga-son.xlsx", [row("dvc25-09", b)]);
  return consolidate([a, sub]);
}

describe("a value the checker rejects stays out of every consolidated figure", () => {
  test("clean units: complete, nothing left out, plain sums", async () => {
    const c = await withB({ total: "50", online: "40", onTime: "40", overdue: "0" });
    expect(rowOf(c)).toMatchObject({ total: 150, online: 120, onTime: 110, overdue: 10, complete: true, leftOut: [] });
    expect(c.tables.dvc25.total).toMatchObject({ complete: true });
  });

  test("NEGATIVE online: the online count and its total partner left out", async () => {
    const c = await withB({ total: "50", online: "-3", onTime: null, overdue: null });
    expect(rowOf(c)).toMatchObject({ total: 100, online: 80, onTime: 70, overdue: 10, complete: false });
    // Empty on-time and overdue cells: nothing of them to leave out.
    expect(leftOutOf(c)).toEqual(out("online:NEGATIVE", "total:NEGATIVE"));
  });

  test("NEGATIVE total (−5, with 3 online): never a negative total or a ratio above 100 %", async () => {
    const c = await withB({ total: "-5", online: "3", onTime: "3", overdue: "0" });
    expect(rowOf(c)).toMatchObject({ total: 100, online: 80, onTime: 70, overdue: 10, complete: false });
    expect(rowOf(c).onlineRatio).toBeCloseTo(0.8, 12);
    expect(leftOutOf(c)).toEqual(
      out("total:NEGATIVE", "online:ONLINE_EXCEEDS_TOTAL", "onTime:ONLINE_EXCEEDS_TOTAL", "overdue:ONLINE_EXCEEDS_TOTAL"),
    );
    const total = rowOf(c).leftOut.find((l) => l.column === "total")!;
    expect(total).toMatchObject({ unit: "UBND xã Nga Sơn", file: "nga-son.xlsx", value: -5 });
    expect(total.cell).toMatch(/^D\d+$/);
    expect(c.tables.dvc25.total).toMatchObject({ total: 100, complete: false });
  });

  test("NOT_INTEGER on-time: on-time and overdue left out, the online ratio keeps both units", async () => {
    const c = await withB({ total: "50", online: "40", onTime: "4,5", overdue: "1" });
    expect(rowOf(c)).toMatchObject({ total: 150, online: 120, onTime: 70, overdue: 10, complete: false });
    expect(leftOutOf(c)).toEqual(out("onTime:NOT_INTEGER", "overdue:NOT_INTEGER"));
  });

  test("NOT_A_NUMBER online: the unit's total goes too, so the ratio has the same units above and below", async () => {
    const c = await withB({ total: "50", online: "nhiều", onTime: "10", overdue: "0" });
    expect(rowOf(c)).toMatchObject({ total: 100, online: 80, onTime: 70, overdue: 10, complete: false });
    expect(leftOutOf(c)).toEqual(out("online:NOT_A_NUMBER", "onTime:NOT_A_NUMBER", "overdue:NOT_A_NUMBER", "total:NOT_A_NUMBER"));
  });

  test("FORMULA_ERROR in the total: left out with its partner", async () => {
    const c = await withB({ total: { error: "#REF!" }, online: "40", onTime: "40", overdue: "0" });
    expect(rowOf(c)).toMatchObject({ total: 100, online: 80, complete: false });
    expect(leftOutOf(c)).toContain("total:FORMULA_ERROR");
  });

  test("MISSING_VALUE total: the online count is not summed without its total (the '12a' case)", async () => {
    const c = await withB({ total: null, online: "40", onTime: "40", overdue: "0" });
    expect(rowOf(c)).toMatchObject({ total: 100, online: 80, complete: false });
    expect(leftOutOf(c)).toEqual(out("online:MISSING_VALUE", "onTime:MISSING_VALUE", "overdue:MISSING_VALUE", "total:MISSING_VALUE"));
  });

  test("ONLINE_EXCEEDS_TOTAL: the pair left out together", async () => {
    const c = await withB({ total: "30", online: "40", onTime: "40", overdue: "0" });
    expect(rowOf(c)).toMatchObject({ total: 100, online: 80, onTime: 70, overdue: 10, complete: false });
    expect(rowOf(c).onlineRatio!).toBeLessThanOrEqual(1);
    expect(leftOutOf(c)).toEqual(
      out("onTime:ONLINE_EXCEEDS_TOTAL", "online:ONLINE_EXCEEDS_TOTAL", "overdue:ONLINE_EXCEEDS_TOTAL", "total:ONLINE_EXCEEDS_TOTAL"),
    );
  });

  test("PROCESSED_EXCEEDS_ONLINE: on-time and overdue left out, total and online still summed", async () => {
    const c = await withB({ total: "50", online: "40", onTime: "45", overdue: "5" });
    expect(rowOf(c)).toMatchObject({ total: 150, online: 120, onTime: 70, overdue: 10, complete: false });
    expect(leftOutOf(c)).toEqual(out("onTime:PROCESSED_EXCEEDS_ONLINE", "overdue:PROCESSED_EXCEEDS_ONLINE"));
  });

  test("a warning (RATIO_MISMATCH) changes nothing: the ratio is recomputed from the numbers anyway", async () => {
    const c = await withB({ total: "50", online: "40", ratio: "12%", onTime: "40", overdue: "0" });
    expect(c.findings.map((f) => f.code)).toContain("RATIO_MISMATCH");
    expect(rowOf(c)).toMatchObject({ total: 150, online: 120, complete: true, leftOut: [] });
  });

  test("SUBITEMS_MISMATCH: the parent's own figure is not summed", async () => {
    const sub = await unit("Sở Lao động", "so-ld.xlsx", [
      row("dvc422-05", { total: "10", online: "5", onTime: "5", overdue: "0" }),
      row("dvc422-05.1", { total: "3", online: "2", onTime: "2", overdue: "0" }),
      row("dvc422-05.2", { total: "3", online: "2", onTime: "2", overdue: "0" }),
    ]);
    const c = consolidate([sub]);
    const parent = c.tables.dvc422.rows.find((r) => r.service.id === "dvc422-05")!;
    expect(c.findings.map((f) => f.code)).toContain("SUBITEMS_MISMATCH");
    expect(parent.complete).toBe(false);
    expect(parent.leftOut.map((l) => l.code)).toContain("SUBITEMS_MISMATCH");
    expect(parent.total).toBeNull();
  });

  test("PERIOD_MISMATCH: a file of another month is never summed", async () => {
    const sept = await unit(
      "UBND xã Nga Sơn",
      "nga-son-t9.xlsx",
      [row("dvc25-09", { total: "50", online: "40", onTime: "40", overdue: "0" })],
      {
        periodText: "tháng 9/2026",
      },
    );
    const c = consolidate([a, sept], { year: 2026, month: 10 });
    expect(rowOf(c)).toMatchObject({ total: 100, online: 80, complete: false });
    expect(leftOutOf(c)).toEqual(
      out("onTime:PERIOD_MISMATCH", "online:PERIOD_MISMATCH", "overdue:PERIOD_MISMATCH", "total:PERIOD_MISMATCH"),
    );
  });

  test("a value the clerk accepts is counted, and the acceptance is recorded with its source", async () => {
    const sub = await unit("UBND xã Nga Sơn", "nga-son.xlsx", [row("dvc25-09", { total: "30", online: "40", onTime: "40", overdue: "0" })]);
    const flagged = sub.findings.find((f) => f.code === "ONLINE_EXCEEDS_TOTAL")!;
    const c = consolidate([a, sub], null, { accepted: [{ file: "nga-son.xlsx", cell: flagged.cell }] });
    expect(rowOf(c)).toMatchObject({ total: 130, online: 120, complete: true, leftOut: [] });
    const src = rowOf(c).sources.find((s) => s.file === "nga-son.xlsx")!;
    expect(src.accepted.map((f) => f.code)).toEqual(["ONLINE_EXCEEDS_TOTAL"]);
  });
});
