import type { LiveFormulaPlan } from "../../core";
import { TEXT_FORMAT } from "./safeText";

/**
 * Queue the compute flow's writes on the submitted sheet; one sync by the caller. Each cell's
 * format goes first: a ratio formula into a cell the import left as text would stay text, and a
 * header written into a General cell would be parsed.
 */
export function queueLiveFormulas(context: Excel.RequestContext, plan: LiveFormulaPlan): void {
  const ws = context.workbook.worksheets.getItem(plan.sheet);
  for (const w of plan.writes) {
    const range = ws.getRange(w.cell);
    const text = w.formula === undefined && typeof w.value === "string";
    range.numberFormat = [[text ? TEXT_FORMAT : (w.numFmt ?? "General")]];
    range.formulas = [[w.formula ?? w.value ?? ""]];
  }
}
