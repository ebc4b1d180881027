import { type Catalogue, type CatalogueId, type ConnectionStatus, catalogues, subItemsOf } from "../../catalogue";
import { type Figures, addReported, ratiosOf, valueOf } from "../../shared/ratios";
import type { SubmissionSource, WithTables } from "../kind";
import { FindingSink } from "../../shared/sink";
import { CONNECTION_TEXT } from "./connection";
import { numberColumns } from "./templates";
import type { ServiceRowRead, ServiceTable } from "./types";
import type { Contribution, MergedRow, MergedTable, UnitText } from "./merged";
import { type Acceptance, blockingErrors } from "../../shared/acceptance";
import type { Finding, FindingCode } from "../../shared/findings";
import { type LeftOut, type UsableRow, fileBlocked, usableRow } from "./flagged";

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

function contributionOf(s: SubmissionSource, row: ServiceRowRead, usable: UsableRow): Contribution {
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
    counted: usable.figures,
    leftOut: usable.leftOut,
    accepted: usable.accepted,
    connection: usable.fileBlocked ? null : row.connection.status,
  };
}

function agreedConnection(sources: readonly Contribution[], serviceId: string, sink: FindingSink): ConnectionStatus | null {
  const counts = new Map<ConnectionStatus, string[]>();
  for (const s of sources) {
    if (!s.connection) continue;
    counts.set(s.connection, [...(counts.get(s.connection) ?? []), s.unit]);
  }
  if (counts.size === 0) return null;
  const ranked = [...counts.entries()].sort((a, b) => b[1].length - a[1].length);
  if (ranked.length > 1) {
    const detail = ranked.map(([st, units]) => `${CONNECTION_TEXT[st]} (${units.join(", ")})`).join("; ");
    sink.add("CONNECTION_CONFLICT", { detail }, { service: serviceId });
  }
  return ranked[0][0];
}

/** One unit's rows of one catalogue, with what its checks let into the sums. */
interface UnitRows {
  readonly s: SubmissionSource;
  readonly rows: Map<string, ServiceRowRead>;
  readonly usable: (row: ServiceRowRead) => UsableRow;
}

function mergeCatalogue(catalogue: Catalogue, rowsByUnit: readonly UnitRows[], sink: FindingSink): MergedTable {
  const rows: MergedRow[] = [];
  let total = EMPTY;
  const totalLeftOut: LeftOut[] = [];
  for (const service of catalogue.services) {
    const subs = subItemsOf(catalogue, service.id);
    const sources: Contribution[] = [];
    const difficulties: UnitText[] = [];
    const leftOut: LeftOut[] = [];
    let figures = EMPTY;
    for (const { s, rows: unitRows, usable } of rowsByUnit) {
      const own = unitRows.get(service.id);
      const ownUsable = own ? usable(own) : null;
      let unitFigures = ownUsable ? ownUsable.figures : EMPTY;
      if (own && ownUsable) {
        sources.push(contributionOf(s, own, ownUsable));
        leftOut.push(...ownUsable.leftOut);
        if (own.difficulties && !ownUsable.fileBlocked) difficulties.push({ unit: s.unit.name, text: own.difficulties });
      }
      // A parent reported only through its sub-items counts as their sum (as far as they count).
      if (subs.length > 0 && !(own && hasAny(figuresOf(own)))) {
        for (const sub of subs) {
          const r = unitRows.get(sub.id);
          if (!r) continue;
          const u = usable(r);
          unitFigures = addFigures(unitFigures, u.figures);
          leftOut.push(...u.leftOut);
        }
      }
      figures = addFigures(figures, unitFigures);
    }
    const connection = agreedConnection(sources, service.id, sink);
    rows.push({ service, ...figures, ...ratiosOf(figures), connection, difficulties, sources, complete: leftOut.length === 0, leftOut });
    if (!service.parent) {
      total = addFigures(total, figures);
      totalLeftOut.push(...leftOut);
    }
  }
  return {
    catalogue: catalogue.id,
    rows,
    total: { ...total, ...ratiosOf(total), complete: totalLeftOut.length === 0, leftOut: totalLeftOut },
  };
}

/** What of one submission may be summed: its unaccepted errors decide, value by value. */
function usableOf(s: SubmissionSource, accepted: readonly Acceptance[]): (row: ServiceRowRead) => UsableRow {
  const { blocking, accepted: ok } = blockingErrors(s.findings, accepted);
  const fileCode: FindingCode | null = fileBlocked(blocking);
  const fileAccepted: Finding[] = ok.filter((f) => f.cell === undefined && f.service === undefined);
  const who = { unitId: s.unit.id, unit: s.unit.name, file: s.file };
  const cache = new Map<ServiceRowRead, UsableRow>();
  return (row) => {
    let u = cache.get(row);
    if (!u) {
      u = usableRow(who, row, blocking, ok, fileCode);
      if (fileAccepted.length > 0) u = { ...u, accepted: [...fileAccepted, ...u.accepted] };
      cache.set(row, u);
    }
    return u;
  };
}

/**
 * Merge the service tables of any number of submissions: numbers are summed per
 * service (empty + empty stays empty), ratios recomputed from the sums, every
 * number keeps the units and cells it came from. A service twice in one file
 * counts once (SERVICE_DUPLICATE); units disagreeing on the connection status
 * are a CONNECTION_CONFLICT.
 */
export function mergeServices(
  submissions: readonly WithTables<"tables", ServiceTable>[],
  sink: FindingSink,
  accepted: readonly Acceptance[] = [],
): Record<CatalogueId, MergedTable> {
  const byCatalogue = new Map<CatalogueId, UnitRows[]>();
  for (const s of submissions) {
    const usable = usableOf(s, accepted);
    const perCat = new Map<CatalogueId, Map<string, ServiceRowRead>>();
    for (const t of s.tables) {
      // Per row: one table may hold services of both catalogues.
      for (const r of t.rows) {
        const rows = perCat.get(r.service.catalogue) ?? new Map<string, ServiceRowRead>();
        perCat.set(r.service.catalogue, rows);
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
    for (const [cat, rows] of perCat) byCatalogue.set(cat, [...(byCatalogue.get(cat) ?? []), { s, rows, usable }]);
  }
  return Object.fromEntries(catalogues.map((c) => [c.id, mergeCatalogue(c, byCatalogue.get(c.id) ?? [], sink)])) as Record<
    CatalogueId,
    MergedTable
  >;
}
