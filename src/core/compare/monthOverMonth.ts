import { type CatalogueId, catalogues } from "../catalogue";
import type { Figures, Ratios } from "../shared/ratios";
import { consolidate } from "../pipeline/consolidate";
import type { Consolidation } from "../pipeline/consolidate";
import { type Period, previousPeriod, samePeriod } from "../shared/period";
import type { Submission } from "../pipeline/readSubmission";
import { formatNumber, formatPoints } from "../shared/format";

/** The measures compared month over month: every number and the two ratios. */
export const CHANGE_MEASURES = ["total", "online", "onlineRatio", "onTime", "overdue", "onTimeRatio"] as const;
export type ChangeMeasure = (typeof CHANGE_MEASURES)[number];

type Values = Figures & Ratios;

/** Figures of a previous consolidated workbook, by service id, plus per-catalogue totals. */
export interface PreviousFigures {
  readonly file: string;
  readonly period: Period | null;
  readonly services: ReadonlyMap<string, Values>;
  readonly totals: Readonly<Record<CatalogueId, Values>>;
}

export interface Change {
  readonly current: number | null;
  readonly previous: number | null;
  /** current − previous (fraction for ratios); null when either is missing. */
  readonly delta: number | null;
  /** As the reports write it: "tăng 594 so với tháng 8"; null when it cannot be said. */
  readonly text: string | null;
}

export interface ChangeRow {
  readonly catalogue: CatalogueId;
  /** Service id, or "total" for the catalogue's total row. */
  readonly id: string;
  readonly no: string;
  readonly name: string;
  readonly changes: Readonly<Record<ChangeMeasure, Change>>;
}

export interface MonthChanges {
  readonly previousFile: string;
  readonly previousPeriod: Period | null;
  /** "tháng 8", or "tháng 12/2025" across a year end. */
  readonly previousLabel: string;
  readonly rows: readonly ChangeRow[];
}

/**
 * Read the figures of a previous consolidated workbook, already read as a
 * submission (the engine reads its own appendices like any unit's).
 */
export function previousFigures(prev: Submission): PreviousFigures {
  const c = consolidate([prev]);
  const services = new Map<string, Values>();
  for (const cat of catalogues) {
    for (const r of c.tables[cat.id].rows) services.set(r.service.id, pick(r));
  }
  const totals = Object.fromEntries(catalogues.map((cat) => [cat.id, pick(c.tables[cat.id].total)])) as Record<CatalogueId, Values>;
  return { file: prev.file, period: prev.period, services, totals };
}

function pick(v: Values): Values {
  return { total: v.total, online: v.online, onTime: v.onTime, overdue: v.overdue, onlineRatio: v.onlineRatio, onTimeRatio: v.onTimeRatio };
}

/** "tháng 8" when in the same year as `current`, else "tháng 12/2025". */
export function periodShortLabel(p: Period, current: Period | null): string {
  return current && current.year === p.year ? `tháng ${p.month}` : `tháng ${p.month}/${p.year}`;
}

/**
 * The change as the reports write it: "tăng 594 so với tháng 8",
 * "giảm 12 so với tháng 8", "không đổi so với tháng 8"; ratios in percentage
 * points: "tăng 2,5 điểm % so với tháng 8".
 */
export function changeText(
  current: number | null,
  previous: number | null,
  label: string,
  kind: "count" | "ratio" = "count",
): string | null {
  if (current === null || previous === null) return null;
  const delta = current - previous;
  const shown = kind === "ratio" ? Math.round(delta * 10000) / 100 : delta;
  if (Math.abs(shown) < 1e-9) return `không đổi so với ${label}`;
  const size = Math.abs(shown);
  const amount = kind === "ratio" ? formatPoints(size / 100) : formatNumber(size, Number.isInteger(size) ? 0 : 2);
  return `${shown > 0 ? "tăng" : "giảm"} ${amount} so với ${label}`;
}

function changesOf(cur: Values, prev: Values | undefined, label: string): Record<ChangeMeasure, Change> {
  const out = {} as Record<ChangeMeasure, Change>;
  for (const m of CHANGE_MEASURES) {
    const current = cur[m];
    const previous = prev ? prev[m] : null;
    const kind = m === "onlineRatio" || m === "onTimeRatio" ? "ratio" : "count";
    out[m] = {
      current,
      previous,
      delta: current === null || previous === null ? null : current - previous,
      text: changeText(current, previous, label, kind),
    };
  }
  return out;
}

/** Every number and ratio of the consolidation against the previous workbook's. */
export function compareWithPrevious(c: Consolidation, prev: PreviousFigures): MonthChanges {
  const period =
    prev.period && !(c.period && samePeriod(prev.period, c.period)) ? prev.period : c.period ? previousPeriod(c.period) : prev.period;
  const label = period ? periodShortLabel(period, c.period) : "kỳ trước";
  const rows: ChangeRow[] = [];
  for (const cat of catalogues) {
    const table = c.tables[cat.id];
    for (const r of table.rows) {
      rows.push({
        catalogue: cat.id,
        id: r.service.id,
        no: r.service.no,
        name: r.service.name,
        changes: changesOf(r, prev.services.get(r.service.id), label),
      });
    }
    rows.push({ catalogue: cat.id, id: "total", no: "", name: "Tổng cộng", changes: changesOf(table.total, prev.totals[cat.id], label) });
  }
  return { previousFile: prev.file, previousPeriod: period, previousLabel: label, rows };
}
