import type { WithTables } from "../kind";
import { foldKey } from "../../shared/normalize";
import type { MergedModel, ModelRowRead, ModelTable } from "./types";

/** What identifies a model across units: its number in the national list, else its folded name. */
export function modelKey(row: Pick<ModelRowRead, "modelNo" | "model">): string {
  if (row.modelNo) return `mh-${row.modelNo}`;
  return foldKey(row.model.replace(/^\s*mô hình[^:]*:\s*/iu, ""));
}

/** Merge the model tables of several submissions: one row per model, each unit's texts kept. */
export function mergeModels(submissions: readonly WithTables<"modelTables", ModelTable>[]): MergedModel[] {
  const byKey = new Map<string, { first: ModelRowRead; units: MergedModel["units"][number][] }>();
  for (const s of submissions) {
    for (const t of s.modelTables) {
      for (const row of t.rows) {
        const key = modelKey(row);
        const entry = byKey.get(key) ?? { first: row, units: [] };
        byKey.set(key, entry);
        entry.units.push({
          unit: s.unit.name,
          file: s.file,
          progress: row.progress,
          results: row.results,
          difficulties: row.difficulties,
          effectiveness: row.effectiveness,
          funding: row.funding,
          replicate: row.replicate,
        });
      }
    }
  }
  return [...byKey.values()].map(({ first, units }) => ({
    group: first.group,
    no: first.no,
    model: first.model,
    modelNo: first.modelNo,
    units,
  }));
}

/** One column's text over units, prefixed with the unit's name when several units report. */
export function modelText(m: MergedModel, pick: (u: MergedModel["units"][number]) => string): string | null {
  const withText = m.units.filter((u) => pick(u));
  if (withText.length === 0) return null;
  if (m.units.length === 1) return pick(withText[0]);
  return withText.map((u) => `${u.unit}: ${pick(u)}`).join("\n");
}
