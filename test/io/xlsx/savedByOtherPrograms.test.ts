import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { consolidate, formatPeriod, numberColumns, parsePeriod } from "../../../src/core";
import { readXlsxSubmission } from "../../../src/io/xlsx";

/**
 * Workbooks saved by another spreadsheet program (test/fixtures/saved/<how>/), each read and
 * compared with the JSON beside it: unit, period, every finding code and every figure. Adding a
 * fixture is adding two files (scripts/make-saved-fixtures.ts writes them). An expectation with
 * `gap` names a layout the engine does not read right yet: that test must fail until the fix.
 */

interface Expectation {
  readonly source: string;
  readonly saved: string;
  readonly gap?: string;
  readonly unit: string;
  readonly period: string;
  readonly findings: readonly string[];
  readonly figures: Readonly<Record<string, Readonly<Record<string, number | null>>>>;
  readonly unchecked?: readonly string[];
}

const ROOT = join(__dirname, "../../fixtures/saved");

const cases = readdirSync(ROOT).flatMap((dir) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => {
      const expected = JSON.parse(readFileSync(join(ROOT, dir, f.replace(/\.xlsx$/, ".json")), "utf8")) as Expectation;
      return { name: `${dir}/${f}`, path: join(ROOT, dir, f), expected };
    }),
);

test("the fixture folder holds files of every kind of save", () => {
  expect(new Set(cases.map((c) => c.name.split("/")[0]))).toEqual(new Set(["lo-xlsx", "lo-via-ods", "lo-from-ods"]));
  expect(cases.filter((c) => !c.expected.gap).length).toBeGreaterThan(40);
});

describe.each(cases)("$name", ({ path, expected }) => {
  (expected.gap ? test.failing : test)(`reads like the original (${expected.source})`, async () => {
    const period = parsePeriod("2026-10")!;
    const file = path.split("/").pop()!;
    const s = await readXlsxSubmission(file, new Uint8Array(readFileSync(path)), { period });
    expect(s.readable).toBe(true);
    expect({ unit: s.unit.id, period: s.period ? formatPeriod(s.period) : "" }).toEqual({ unit: expected.unit, period: expected.period });
    expect(s.findings.map((f) => f.code).sort()).toEqual(expected.findings);
    const merged = consolidate([s], period);
    const figures: Record<string, Record<string, number | null>> = {};
    for (const table of Object.values(merged.tables)) {
      for (const row of table.rows) {
        if (expected.unchecked?.includes(row.service.id) || numberColumns.every((c) => row[c] === null)) continue;
        figures[row.service.id] = Object.fromEntries(numberColumns.map((c) => [c, row[c]]));
      }
    }
    expect(figures).toEqual(expected.figures);
  });
});
