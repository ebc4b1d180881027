import { type Catalogue, type CatalogueId, type ConnectionStatus, catalogues, subItemsOf } from "../../catalogue";
import { type Figures, addReported, ratiosOf, valueOf } from "../../shared/ratios";
import type { Finding } from "../../shared/findings";
import { type Period, formatPeriod, samePeriod } from "../../shared/period";
import { FindingSink } from "../../shared/sink";
import type { Submission } from "../../pipeline/readSubmission";
import { numberColumns } from "./templates";
import type { ServiceRowRead } from "./types";
import { defaultReportDate, mergeTasks } from "../task/merge";
import { mergeModels } from "../model/merge";
import type { ConsolidateOptions, Consolidation, Contribution, MergedRow, MergedTable, UnitText } from "./merged";

/** File label for findings about the consolidated table itself. */
export const CONSOLIDATED_FILE = "Bảng tổng hợp";

const EMPTY: Figures = { total: null, online: null, onTime: null, overdue: null };

function addFigures(a: Figures, b: Figures): Figures {
  return {
    total: addReported(a.total, b.total),
    online: addReported(a.online, b.online),
    onTime: addReported(a.onTime, b.onTime),
    overdue: addReported(a.overdue, b.overdue),
  };
}

function figuresOf(row: ServiceRowRead): Figures {
  return {
    total: valueOf(row.numbers.total.reading),
    online: valueOf(row.numbers.online.reading),
    onTime: valueOf(row.numbers.onTime.reading),
    overdue: valueOf(row.numbers.overdue.reading),
  };
}

const hasAny = (f: Figures) => numberColumns.some((c) => f[c] !== null);

function contributionOf(s: Submission, row: ServiceRowRead): Contribution {
  const cells: Partial<Record<(typeof numberColumns)[number], string>> = {};
  for (const c of numberColumns) {
    const n = row.numbers[c];
    if (n.cell && (n.reading.kind === "number" || n.reading.kind === "nil")) cells[c] = n.cell;
  }
  return {
    unitId: s.unit.id,
    unit: s.unit.name,
    file: s.file,
    sheet: row.sheet,
    cells,
    figures: figuresOf(row),
    connection: row.connection.status,
  };
}

const STATUS_LABEL: Record<ConnectionStatus, string> = {
  connected: "Đã kết nối",
  not_connected: "Chưa kết nối",
  done: "Đã thực hiện",
};

function agreedConnection(sources: readonly Contribution[], serviceId: string, sink: FindingSink): ConnectionStatus | null {
  const counts = new Map<ConnectionStatus, string[]>();
  for (const s of sources) {
    if (!s.connection) continue;
    counts.set(s.connection, [...(counts.get(s.connection) ?? []), s.unit]);
  }
  if (counts.size === 0) return null;
  const ranked = [...counts.entries()].sort((a, b) => b[1].length - a[1].length);
  if (ranked.length > 1) {
    const detail = ranked.map(([st, units]) => `${STATUS_LABEL[st]} (${units.join(", ")})`).join("; ");
    sink.add("CONNECTION_CONFLICT", { detail }, { service: serviceId });
  }
  return ranked[0][0];
}

function mergeCatalogue(
  catalogue: Catalogue,
  rowsByUnit: ReadonlyArray<{ s: Submission; rows: Map<string, ServiceRowRead> }>,
  sink: FindingSink,
): MergedTable {
  const rows: MergedRow[] = [];
  let total = EMPTY;
  for (const service of catalogue.services) {
    const subs = subItemsOf(catalogue, service.id);
    const sources: Contribution[] = [];
    const difficulties: UnitText[] = [];
    let figures = EMPTY;
    for (const { s, rows: unitRows } of rowsByUnit) {
      const own = unitRows.get(service.id);
      let unitFigures = own ? figuresOf(own) : EMPTY;
      if (own) {
        sources.push(contributionOf(s, own));
        if (own.difficulties) difficulties.push({ unit: s.unit.name, text: own.difficulties });
      }
      // A parent reported only through its sub-items counts as their sum.
      if (subs.length > 0 && !hasAny(unitFigures)) {
        for (const sub of subs) {
          const r = unitRows.get(sub.id);
          if (r) unitFigures = addFigures(unitFigures, figuresOf(r));
        }
      }
      figures = addFigures(figures, unitFigures);
    }
    const connection = agreedConnection(sources, service.id, sink);
    rows.push({ service, ...figures, ...ratiosOf(figures), connection, difficulties, sources });
    if (!service.parent) total = addFigures(total, figures);
  }
  return { catalogue: catalogue.id, rows, total: { ...total, ...ratiosOf(total) } };
}

function mostCommonPeriod(submissions: readonly Submission[]): Period | null {
  const counts = new Map<string, { p: Period; n: number }>();
  for (const s of submissions) {
    if (!s.period) continue;
    const k = formatPeriod(s.period);
    const e = counts.get(k) ?? { p: s.period, n: 0 };
    e.n++;
    counts.set(k, e);
  }
  return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.p ?? null;
}

/**
 * Merge any number of submissions for one period: numbers are summed per
 * service (empty + empty stays empty), ratios recomputed from the sums, every
 * number keeps the units and cells it came from. Submissions with errors are
 * merged too; their findings travel with the result.
 */
/**
 * A file of another month must not slip into the month being compiled: when
 * the period was not given to the reader, flag it here against the period
 * being compiled (given, or the one most files carry).
 */
function flagOtherPeriods(submissions: readonly Submission[], period: Period | null): readonly Submission[] {
  if (!period) return submissions;
  return submissions.map((s) => {
    if (!s.period || samePeriod(s.period, period) || s.findings.some((f) => f.code === "PERIOD_MISMATCH")) return s;
    const sink = new FindingSink(s.file);
    sink.add("PERIOD_MISMATCH", { found: formatPeriod(s.period), expected: formatPeriod(period) });
    return { ...s, findings: [...s.findings, ...sink.findings] };
  });
}

export function consolidate(received: readonly Submission[], period?: Period | null, options: ConsolidateOptions = {}): Consolidation {
  const resolved = period ?? mostCommonPeriod(received);
  const submissions = flagOtherPeriods(received, resolved);
  const sink = new FindingSink(CONSOLIDATED_FILE);
  const byCatalogue = new Map<CatalogueId, { s: Submission; rows: Map<string, ServiceRowRead> }[]>();
  for (const s of submissions) {
    const perCat = new Map<CatalogueId, Map<string, ServiceRowRead>>();
    for (const t of s.tables) {
      const rows = perCat.get(t.catalogue) ?? new Map<string, ServiceRowRead>();
      perCat.set(t.catalogue, rows);
      for (const r of t.rows) {
        if (rows.has(r.service.id)) {
          const fileSink = new FindingSink(s.file);
          fileSink.add(
            "SERVICE_DUPLICATE",
            { name: r.service.name, first: `${rows.get(r.service.id)!.sheet}` },
            { sheet: r.sheet, service: r.service.id },
          );
          sink.findings.push(...fileSink.findings);
          continue;
        }
        rows.set(r.service.id, r);
      }
    }
    for (const [cat, rows] of perCat) byCatalogue.set(cat, [...(byCatalogue.get(cat) ?? []), { s, rows }]);
  }
  const tables = Object.fromEntries(catalogues.map((c) => [c.id, mergeCatalogue(c, byCatalogue.get(c.id) ?? [], sink)])) as Record<
    CatalogueId,
    MergedTable
  >;
  const findings: Finding[] = [...submissions.flatMap((s) => s.findings), ...sink.findings];
  const reportDate = options.reportDate ?? defaultReportDate(resolved);
  const tasks = mergeTasks(submissions, reportDate);
  const models = mergeModels(submissions);
  return { period: resolved, submissions, tables, tasks, models, reportDate, findings };
}
