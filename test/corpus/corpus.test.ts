import { DRIFTS, type Drift } from "../../scripts/lib/corpus";
import { type CorpusResult, checkCorpus } from "./corpusCheck";

/**
 * A month of unit workbooks written the way clerks write them, merged: every unit, period,
 * sum and planted mistake must come back, and nothing else. Each drift also runs alone, so a
 * failure names the class it belongs to.
 */

const summary = (r: CorpusResult) =>
  `${r.units} units (unit right ${r.unitsRight}, period right ${r.periodsRight}), ` +
  `${r.servicesRight}/${r.services} services summed right, ${r.caught}/${r.planted} planted findings caught, ` +
  `${r.falseFindings} false findings`;

function expectClean(r: CorpusResult): void {
  expect(r.problems).toEqual([]);
  expect(r.unitsRight).toBe(r.units);
  expect(r.periodsRight).toBe(r.units);
  expect(r.servicesRight).toBe(r.services);
  expect(r.caught).toBe(r.planted);
  expect(r.falseFindings).toBe(0);
}

/**
 * What the engine does not read yet. `test.failing` passes while such a test fails and fails
 * the moment it passes, so each fix has to flip its entry here.
 */
const KNOWN_GAPS: ReadonlySet<Drift | "base" | "all"> = new Set<Drift | "base" | "all">([]);
const gapTest = (name: Drift | "base" | "all") => (KNOWN_GAPS.has(name) ? test.failing : test);

gapTest("base")("the official layout: every unit, period, sum and planted finding, nothing else", async () => {
  const r = await checkCorpus({ seed: 11, drifts: [], communes: 30 });
  process.stdout.write(`corpus base: ${summary(r)}\n`);
  expect(r.planted).toBeGreaterThan(3);
  expectClean(r);
});

describe.each(DRIFTS.map((d) => [d]))("drift %s alone", (drift) => {
  gapTest(drift)("reads every file right", async () => {
    const r = await checkCorpus({ seed: 100 + DRIFTS.indexOf(drift), drifts: [drift], communes: 15 });
    process.stdout.write(`corpus ${drift}: ${summary(r)}\n`);
    expectClean(r);
  });
});

gapTest("all")("all drifts mixed, 78 units", async () => {
  const r = await checkCorpus({ seed: 2026, drifts: DRIFTS, communes: 67 });
  process.stdout.write(`corpus all: ${summary(r)}\n`);
  expectClean(r);
});
