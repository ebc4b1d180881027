import { readSubmission } from "../../../../src/core";
import { liveFormulaPlan } from "../../../../src/core/kinds/service/liveFormulas";
import { readGrid } from "../../../../src/io/xlsx";
import { unitWorkbook } from "../../../../scripts/lib/unitWorkbook";
import { seed2024Dvc25 } from "../../../fixtures/seedTables";

test("the compute flow writes live ratio formulas, blank on a zero denominator, and turns text numbers into numbers", async () => {
  const rows = seed2024Dvc25.slice(0, 3);
  const bytes = await unitWorkbook({ unit: "Công an tỉnh", periodText: "tháng 9/2024", layout: "single", tables: [{ rows }] });
  const grid = await readGrid("ca.xlsx", bytes);
  if (!grid.ok) throw new Error("fixture unreadable");
  const sub = readSubmission(grid.grid);
  const plan = liveFormulaPlan(grid.grid.sheets[0], sub.tables[0]);
  const formulas = plan.writes.filter((w) => w.formula);
  expect(formulas).toHaveLength(6);
  const first = sub.tables[0].rows[0].row + 1;
  expect(formulas[0].formula).toBe(`=IF(N(D${first})>0,N(E${first})/N(D${first}),"")`);
  expect(formulas[1].formula).toBe(`=IF(N(F${first})+N(G${first})>0,N(F${first})/(N(F${first})+N(G${first})),"")`);
  // "229.046" in row 2 becomes 229046.
  expect(plan.writes).toContainEqual({ cell: `D${first + 1}`, value: 229046, numFmt: "#,##0" });
  expect(plan.numbersFixed).toBeGreaterThan(3);
});
