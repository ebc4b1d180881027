import { type CatalogueId, catalogues } from "../catalogue";
import type { Consolidation } from "../pipeline/consolidate";

/** One service whose consolidated online ratio is under the target. */
export interface BelowTarget {
  readonly serviceId: string;
  readonly no: string;
  readonly name: string;
  readonly catalogue: CatalogueId;
  readonly onlineRatio: number;
}

export interface UnitErrors {
  readonly unit: string;
  readonly file: string;
  readonly errors: number;
  readonly warnings: number;
}

export interface CatalogueTotal {
  readonly catalogue: CatalogueId;
  readonly label: string;
  readonly total: number | null;
  readonly online: number | null;
  readonly onlineRatio: number | null;
}

/** What the clerk reads in the pane after a merge. */
export interface ReportSummary {
  readonly submissions: number;
  readonly totals: readonly CatalogueTotal[];
  /** Target as a fraction (0.8 = 80%), null when none is set. */
  readonly target: number | null;
  readonly belowTarget: readonly BelowTarget[];
  readonly unitsWithErrors: readonly UnitErrors[];
}

/**
 * Totals per catalogue, services below the target (ratio of sums, DOMAIN.md §4;
 * services nobody reported are not "below", they are unknown), units with errors.
 */
export function reportSummary(c: Consolidation, target: number | null): ReportSummary {
  const totals = catalogues.map((cat) => {
    const t = c.tables[cat.id].total;
    return { catalogue: cat.id, label: cat.label, total: t.total, online: t.online, onlineRatio: t.onlineRatio };
  });
  const belowTarget: BelowTarget[] = [];
  if (target !== null) {
    for (const cat of catalogues) {
      for (const row of c.tables[cat.id].rows) {
        if (row.onlineRatio !== null && row.onlineRatio < target) {
          belowTarget.push({
            serviceId: row.service.id,
            no: row.service.no,
            name: row.service.name,
            catalogue: cat.id,
            onlineRatio: row.onlineRatio,
          });
        }
      }
    }
  }
  const unitsWithErrors: UnitErrors[] = [];
  for (const s of c.submissions) {
    const errors = s.findings.filter((f) => f.severity === "error").length;
    const warnings = s.findings.filter((f) => f.severity === "warning").length;
    if (errors > 0) unitsWithErrors.push({ unit: s.unit.name, file: s.file, errors, warnings });
  }
  unitsWithErrors.sort((a, b) => b.errors - a.errors || a.unit.localeCompare(b.unit, "vi"));
  return { submissions: c.submissions.length, totals, target, belowTarget, unitsWithErrors };
}
