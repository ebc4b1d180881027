import { consolidate, serviceById } from "../../../src/core";
import type { RowSpec } from "../../../scripts/lib/unitWorkbook";
import { roundTrip } from "../../support/xlsx";

const row = (id: string, v: Partial<RowSpec>): RowSpec => {
  const s = serviceById(id)!;
  return { no: s.no, name: s.parent ? `- ${s.name}` : s.name, connection: "Đã kết nối", ...v };
};

async function unit(name: string, file: string, rows: RowSpec[]) {
  return roundTrip({ unit: name, periodText: "tháng 10/2026", layout: "official", tables: [{ rows }] }, {}, file);
}

describe("merging units into the provincial table", () => {
  let c: ReturnType<typeof consolidate>;
  beforeAll(async () => {
    const a = await unit("UBND xã Quảng Phú", "quang-phu.xlsx", [
      row("dvc25-09", { total: "100", online: "90", onTime: "90", overdue: "0", difficulties: "- Mạng chập chờn" }),
      row("dvc25-10", { total: "10", online: "1", onTime: "1" }),
    ]);
    const b = await unit("UBND phường Hàm Rồng", "ham-rong.xlsx", [
      row("dvc25-09", { total: "1.000", online: "100", onTime: "95", overdue: "5", difficulties: "=Thiếu máy quét" }),
      row("dvc25-10", { connection: "Chưa kết nối" }),
    ]);
    c = consolidate([a, b]);
  });

  const get = (id: string) => c.tables[id.startsWith("dvc25") ? "dvc25" : "dvc422"].rows.find((r) => r.service.id === id)!;

  test("numbers are summed per service", () => {
    expect(get("dvc25-09")).toMatchObject({ total: 1100, online: 190, onTime: 185, overdue: 5 });
  });

  test("the ratio is the ratio of the sums, not the average of the units' ratios", () => {
    // Units: 90% and 10%; their average would be 50%.
    expect(get("dvc25-09").onlineRatio).toBeCloseTo(190 / 1100, 12);
  });

  test("empty + empty stays empty; empty + a number is the number", () => {
    expect(get("dvc25-11")).toMatchObject({ total: null, online: null, onlineRatio: null, sources: [] });
    expect(get("dvc25-10")).toMatchObject({ total: 10, online: 1 });
  });

  test("every number records the units and cells it came from", () => {
    const sources = get("dvc25-09").sources;
    expect(sources.map((s) => [s.unit, s.file, s.sheet, s.cells.total, s.cells.online])).toEqual([
      ["UBND xã Quảng Phú", "quang-phu.xlsx", "Báo cáo", "D6", "E6"],
      ["UBND phường Hàm Rồng", "ham-rong.xlsx", "Báo cáo", "D6", "E6"],
    ]);
  });

  test("difficulties of every unit are kept, with the unit's name, as they were written", () => {
    expect(get("dvc25-09").difficulties).toEqual([
      { unit: "UBND xã Quảng Phú", text: "- Mạng chập chờn" },
      { unit: "UBND phường Hàm Rồng", text: "=Thiếu máy quét" },
    ]);
  });

  test("conflicting connection statuses are flagged", () => {
    const f = c.findings.filter((x) => x.code === "CONNECTION_CONFLICT");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ service: "dvc25-10", severity: "warning" });
    expect(f[0].message).toContain("UBND phường Hàm Rồng");
  });

  test("the total row sums every service, once", () => {
    expect(c.tables.dvc25.total).toMatchObject({ total: 1110, online: 191, onTime: 186, overdue: 5 });
    expect(c.period).toEqual({ year: 2026, month: 10 });
  });
});

test("submissions with errors are merged, and their findings travel with the result", async () => {
  const bad = await unit("UBND xã Hậu Lộc", "hau-loc.xlsx", [row("dvc25-09", { total: "12a", online: "10" })]);
  const good = await unit("UBND xã Nga Sơn", "nga-son.xlsx", [row("dvc25-09", { total: "20", online: "10" })]);
  const c = consolidate([bad, good]);
  const r = c.tables.dvc25.rows.find((x) => x.service.id === "dvc25-09")!;
  expect(r).toMatchObject({ total: 20, online: 20 });
  expect(c.findings.find((f) => f.code === "NOT_A_NUMBER")).toMatchObject({ file: "hau-loc.xlsx", cell: "D6" });
});

test("a parent reported only through its sub-items is their sum; the total counts it once", async () => {
  const s = await unit("Sở Nội vụ", "noi-vu.xlsx", [
    row("dvc422-05", {}),
    row("dvc422-05.1", { total: "176", online: "33" }),
    row("dvc422-05.2", { total: "128", online: "7" }),
  ]);
  const c = consolidate([s]);
  const byId = new Map(c.tables.dvc422.rows.map((r) => [r.service.id, r]));
  expect(byId.get("dvc422-05")).toMatchObject({ total: 304, online: 40 });
  expect(byId.get("dvc422-05.1")).toMatchObject({ total: 176 });
  expect(c.tables.dvc422.total).toMatchObject({ total: 304, online: 40 });
});

test("a file of another month is flagged against the month most files report", async () => {
  const oct = (n: string) => unit(`UBND xã ${n}`, `${n}.xlsx`, [row("dvc25-09", { total: "10", online: "9" })]);
  const sep = await roundTrip(
    {
      unit: "UBND xã Nga Sơn",
      periodText: "tháng 9/2026",
      layout: "official",
      tables: [{ rows: [row("dvc25-09", { total: "10", online: "9" })] }],
    },
    {},
    "nga-son.xlsx",
  );
  const c = consolidate([await oct("A"), await oct("B"), sep]);
  expect(c.period).toEqual({ year: 2026, month: 10 });
  const f = c.findings.filter((x) => x.code === "PERIOD_MISMATCH");
  expect(f.map((x) => [x.file, x.severity])).toEqual([["nga-son.xlsx", "error"]]);
  expect(c.submissions.find((s) => s.file === "nga-son.xlsx")!.findings.map((x) => x.code)).toContain("PERIOD_MISMATCH");
});
