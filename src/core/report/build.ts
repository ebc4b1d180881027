import { catalogues } from "../catalogue";
import { tableKinds } from "../kinds/registry";
import type { Consolidation } from "../pipeline/consolidate";
import { findingsSheet } from "./findingsSheet";
import { type ReportWorkbook, numberAppendices } from "../shared/layout";
import { provenanceSheet } from "./provenanceSheet";
import { type ReportSettings, deadlineDayOf, defaultSettings } from "../shared/settings";
import { submissionsSheet } from "./submissionsSheet";
import { compareTargets } from "../targets/compare";
import { targetSheet } from "./targetSheet";
import type { MonthChanges } from "../compare/monthOverMonth";
import { changeSheet } from "./changeSheet";
import { type SheetInWorkbook, workbookLinks } from "./links";
import type { UnitRegistry } from "../units/registry";

/** What the consolidated workbook adds beyond the merge itself. */
export interface ReportExtras {
  /** Changes against the previous consolidated workbook (compareWithPrevious). */
  readonly changes?: MonthChanges | null;
  /** Units' sheets this workbook holds (the add-in copies them in): findings and provenance link to their cells. */
  readonly sheetsInWorkbook?: readonly SheetInWorkbook[];
  /** The units that must report: with it, the Đơn vị sheet gives every unit's standing for the period. */
  readonly registry?: UnitRegistry | null;
}

/** The consolidated workbook: one appendix per catalogue, the findings, the units, the provenance. */
export function buildReport(c: Consolidation, settings: Partial<ReportSettings> = {}, extras: ReportExtras = {}): ReportWorkbook {
  const s: ReportSettings = { ...defaultSettings, ...settings, period: settings.period ?? c.period };
  const unitOf = new Map(c.submissions.map((x) => [x.file, x.unit.name]));
  const tables = catalogues.map((cat) => c.tables[cat.id]);
  const year = s.period?.year ?? Number(c.judgedAt.slice(0, 4));
  const targets = compareTargets(c, year).filter((t) => t.target !== null);
  const appendices = numberAppendices(tableKinds.flatMap((k) => k.layOut(c[k.mergedSlot], { settings: s, judgedAt: c.judgedAt })));
  const links = workbookLinks(appendices, extras.sheetsInWorkbook);
  return {
    sheets: [
      ...appendices,
      ...(targets.length > 0 ? [targetSheet(targets, year)] : []),
      ...(extras.changes ? [changeSheet(extras.changes, s.period)] : []),
      findingsSheet(c.findings, (f) => unitOf.get(f) ?? f, links),
      submissionsSheet(c, extras.registry ? { registry: extras.registry, deadlineDay: deadlineDayOf(s) } : undefined),
      provenanceSheet(tables, c, links),
    ],
  };
}
