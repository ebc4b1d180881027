import type { LiveFormulaPlan } from "../../core";

/** Queue the compute flow's writes on the submitted sheet; one sync by the caller. */
export function queueLiveFormulas(context: Excel.RequestContext, plan: LiveFormulaPlan): void {
  const ws = context.workbook.worksheets.getItem(plan.sheet);
  for (const w of plan.writes) {
    const range = ws.getRange(w.cell);
    if (w.numFmt) range.numberFormat = [[w.numFmt]];
    range.formulas = [[w.formula ?? w.value ?? ""]];
  }
}
