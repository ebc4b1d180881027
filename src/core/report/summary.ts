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

/** A consolidated service row some unit's values were left out of. */
export interface IncompleteService {
  readonly serviceId: string;
  readonly no: string;
  readonly name: string;
  readonly catalogue: CatalogueId;
  /** Units whose values were left out of this row. */
  readonly units: readonly string[];
}

/** How far the report falls short of complete: which units' values were left out, of which services. */
export interface Incompleteness {
  readonly units: readonly string[];
  readonly services: readonly IncompleteService[];
}

/** Units and services whose values were left out of the consolidated figures (DOMAIN.md §4). */
export function incompleteness(c: Consolidation): Incompleteness {
  const units = new Set<string>();
  const services: IncompleteService[] = [];
  for (const cat of catalogues) {
    for (const row of c.tables[cat.id].rows) {
      if (row.complete) continue;
      const names = [...new Set(row.leftOut.map((l) => l.unit))];
      names.forEach((u) => units.add(u));
      services.push({ serviceId: row.service.id, no: row.service.no, name: row.service.name, catalogue: cat.id, units: names });
    }
  }
  return { units: [...units].sort((a, b) => a.localeCompare(b, "vi")), services };
}

const CATALOGUE_SHORT: Record<CatalogueId, string> = { dvc25: "QĐ 06", dvc422: "QĐ 422" };

/**
 * The clerk's warning, one line per incomplete service: "Báo cáo chưa đầy đủ: …",
 * or null when every value is in.
 */
export function incompleteText(i: Incompleteness): string | null {
  if (i.services.length === 0) return null;
  return [
    `Báo cáo chưa đầy đủ: số liệu có lỗi của ${i.units.length} đơn vị không được cộng vào ${i.services.length} dịch vụ ` +
      `(sửa tệp của đơn vị hoặc chấp nhận giá trị; chi tiết ở trang \u201CKiểm tra\u201D):`,
    ...i.services.map((s) => `  - ${s.no}. ${s.name} (${CATALOGUE_SHORT[s.catalogue]}): chưa gồm ${s.units.join(", ")}`),
  ].join("\n");
}

/** What the clerk reads in the pane after a merge. */
export interface ReportSummary {
  readonly submissions: number;
  readonly totals: readonly CatalogueTotal[];
  /** Target as a fraction (0.8 = 80%), null when none is set. */
  readonly target: number | null;
  readonly belowTarget: readonly BelowTarget[];
  readonly unitsWithErrors: readonly UnitErrors[];
  /** Values left out of the sums: the report is incomplete while this is not empty. */
  readonly incomplete: Incompleteness;
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
  return { submissions: c.submissions.length, totals, target, belowTarget, unitsWithErrors, incomplete: incompleteness(c) };
}
