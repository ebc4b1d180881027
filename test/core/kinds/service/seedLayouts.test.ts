import { dvc25, dvc422 } from "../../../../src/core";
import { seed2023Dvc25, seed2023Dvc422Agency, seed2024Dvc25, seed2024Dvc422 } from "../../../fixtures/seedTables";
import { roundTrip } from "../../../support/xlsx";

const at = (s: Awaited<ReturnType<typeof roundTrip>>, code: string) =>
  s.findings
    .filter((f) => f.code === code)
    .map((f) => `${f.cell} ${f.service}`)
    .sort();

describe("the 9/2024 appendix (002): two-row merged header, groups, sub-items", () => {
  let sub: Awaited<ReturnType<typeof roundTrip>>;
  beforeAll(async () => {
    sub = await roundTrip(
      {
        unit: "Công an tỉnh",
        periodText: "tháng 9/2024",
        layout: "official",
        tables: [
          { title: ["Phụ lục I", dvc25.title[0], dvc25.title[1]], rows: seed2024Dvc25 },
          { title: ["Phụ lục II", dvc422.title[0], dvc422.title[1]], rows: seed2024Dvc422 },
        ],
      },
      {},
      "cong-an-tinh-t9-2024.xlsx",
    );
  });

  test("both tables are recognised, every printed row matched to its catalogue id", () => {
    expect(sub.tables.map((t) => [t.catalogue, t.layout])).toEqual([
      ["dvc25", "flat"],
      ["dvc422", "grouped"],
    ]);
    expect(sub.tables[0].rows.map((r) => r.service.id)).toEqual(dvc25.services.map((s) => s.id));
    expect(sub.tables[1].rows.map((r) => r.service.id)).toEqual([
      "dvc422-01",
      "dvc422-02",
      "dvc422-03",
      "dvc422-04",
      "dvc422-05",
      "dvc422-05.1",
      "dvc422-05.2",
      "dvc422-06",
      "dvc422-06.1",
      "dvc422-06.2",
      "dvc422-06.3",
      "dvc422-06.4",
      "dvc422-06.5",
      "dvc422-07",
      "dvc422-08",
      "dvc422-13",
      "dvc422-15",
      "dvc422-18",
      "dvc422-22",
    ]);
    expect(sub.findings.filter((f) => f.code === "SERVICE_UNKNOWN")).toEqual([]);
  });

  test("unit and period come from the captions", () => {
    expect(sub.unit).toMatchObject({ id: "cong-an-tinh", name: "Công an tỉnh", known: true });
    expect(sub.period).toEqual({ year: 2024, month: 9 });
  });

  test("numbers are read as written: dots are thousands, leading zeros dropped", () => {
    const row = sub.tables[0].rows[1];
    expect(row.numbers.total.reading).toMatchObject({ kind: "number", value: 229046 });
    expect(row.numbers.total.cell).toBe("D10");
    const sub2 = sub.tables[1].rows.find((r) => r.service.id === "dvc422-03")!;
    expect(sub2.numbers.online.reading).toMatchObject({ value: 6 });
  });

  test("the real mistakes of the seed are found where they are, and nothing else is an error", () => {
    expect(at(sub, "RATIO_MISMATCH")).toEqual(["F18 dvc25-10", "F19 dvc25-11", "F26 dvc25-18", "F30 dvc25-22", "F48 dvc422-05.2"]);
    expect(at(sub, "ONLINE_NOT_CONNECTED")).toEqual(["E55 dvc422-07", "E61 dvc422-22"]);
    expect(sub.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  test("'Trong tháng không phát sinh' counts as nothing arose, and the kí/ký spelling still matches", () => {
    const row = sub.tables[0].rows.find((r) => r.service.id === "dvc25-21")!;
    expect(row.label).toMatch(/^Đăng kí/);
    expect(row.numbers.total.reading.kind).toBe("nil");
  });
});

describe("the 9/2023 appendix (003): agency captions, own numbering, a combined parent", () => {
  test("rows under agency captions are matched by name, and on-time > online is an error", async () => {
    const sub = await roundTrip({
      unit: "Sở Nội vụ",
      periodText: "tháng 9 năm 2023",
      layout: "agency",
      tables: [{ rows: seed2023Dvc422Agency }],
    });
    const table = sub.tables[0];
    expect(table.layout).toBe("agency");
    expect(table.rows.map((r) => r.service.id)).toEqual(["dvc422-05", "dvc422-10", "dvc422-07", "dvc422-22", "dvc422-09", "dvc422-17"]);
    expect(sub.period).toEqual({ year: 2023, month: 9 });
    expect(at(sub, "PROCESSED_EXCEEDS_ONLINE")).toEqual(["G7 dvc422-05"]);
  });

  test("a missing total next to an online count is an error at the empty cell", async () => {
    const sub = await roundTrip({ unit: "Sở Tư pháp", periodText: "tháng 9/2023", layout: "official", tables: [{ rows: seed2023Dvc25 }] });
    expect(at(sub, "MISSING_VALUE")).toEqual(["D6 dvc25-01"]);
    const r20 = sub.tables[0].rows.find((r) => r.service.id === "dvc25-20")!;
    expect(r20.numbers.total.reading).toMatchObject({ value: 1806 });
  });
});

describe("layouts units drift into", () => {
  test.each(["single", "reordered"] as const)("%s header: columns found by their words, wherever they are", async (layout) => {
    const sub = await roundTrip({ unit: "UBND xã Quảng Phú", periodText: "tháng 9/2023", layout, tables: [{ rows: seed2023Dvc25 }] });
    expect(sub.tables).toHaveLength(1);
    const row = sub.tables[0].rows.find((r) => r.service.id === "dvc25-02")!;
    expect(row.numbers.total.reading).toMatchObject({ value: 11343 });
    expect(row.numbers.online.reading).toMatchObject({ value: 3846 });
    expect(sub.unit.name).toBe("UBND xã Quảng Phú");
  });

  test("a ratio column that is missing is not an error", async () => {
    const sub = await roundTrip({
      unit: "UBND xã Quảng Phú",
      periodText: "tháng 9/2023",
      layout: "single",
      tables: [{ rows: seed2023Dvc25 }],
    });
    expect(sub.tables[0].columns.onlineRatio).toBeUndefined();
    expect(sub.findings.filter((f) => f.code === "HEADER_COLUMN_MISSING")).toEqual([]);
  });
});
