import type { ServiceDef } from "../../catalogue";
import { addReported, onlineRatio, ratioAgrees, valueOf } from "../../shared/ratios";
import { formatNumber, formatPercent } from "../../shared/format";
import type { FindingSink } from "../../shared/sink";
import { CONNECTION_TEXT } from "./connection";
import { type NumberColumn, columnLabels, numberColumns } from "./templates";
import type { ServiceRowRead, ServiceTable } from "./types";

const percent = (x: number) => formatPercent(x, 2);
const count = (x: number) => formatNumber(x, 3);

function checkNumbers(row: ServiceRowRead, sink: FindingSink): void {
  const where = (c: NumberColumn) => ({ sheet: row.sheet, cell: row.numbers[c].cell ?? undefined, service: row.service.id });
  for (const c of numberColumns) {
    const r = row.numbers[c].reading;
    const column = columnLabels[c];
    if (r.kind === "error") sink.add("FORMULA_ERROR", { column, raw: r.raw }, where(c));
    else if (r.kind === "invalid") sink.add("NOT_A_NUMBER", { column, raw: r.raw }, where(c));
    else if (r.kind === "number" && r.value < 0) sink.add("NEGATIVE", { column, raw: r.raw }, where(c));
    else if (r.kind === "number" && !Number.isInteger(r.value)) sink.add("NOT_INTEGER", { column, raw: r.raw }, where(c));
  }
  const reported = numberColumns.some((c) => row.numbers[c].reading.kind === "number");
  if (reported) {
    for (const c of ["total", "online"] as const) {
      if (row.numbers[c].reading.kind === "empty" && row.numbers[c].cell) {
        sink.add("MISSING_VALUE", { column: columnLabels[c] }, where(c));
      }
    }
  }
}

function checkConsistency(row: ServiceRowRead, sink: FindingSink): void {
  const v = (c: NumberColumn) => valueOf(row.numbers[c].reading);
  const total = v("total");
  const online = v("online");
  const where = (c: NumberColumn | "onlineRatio") => ({
    sheet: row.sheet,
    cell: (c === "onlineRatio" ? row.onlineRatio.cell : row.numbers[c].cell) ?? undefined,
    service: row.service.id,
  });
  if (total !== null && online !== null && online > total) {
    sink.add("ONLINE_EXCEEDS_TOTAL", { online: count(online), total: count(total) }, where("online"));
  }
  const processed = addReported(v("onTime"), v("overdue"));
  if (processed !== null && online !== null && processed > online) {
    sink.add("PROCESSED_EXCEEDS_ONLINE", { processed: count(processed), online: count(online) }, where("onTime"));
  }
  const ratio = row.onlineRatio.reading;
  const computed = onlineRatio(online, total);
  if (ratio.kind === "number") {
    const agrees = computed === null ? ratio.value === 0 : ratioAgrees(ratio.value, ratio.decimals, computed);
    // A ratio printed without numbers to check it against is not ours to judge.
    if (!agrees && total !== null && online !== null) {
      sink.add(
        "RATIO_MISMATCH",
        {
          reported: percent(ratio.value),
          computed: computed === null ? "không xác định (tổng bằng 0)" : percent(computed),
          online: count(online),
          total: count(total),
        },
        where("onlineRatio"),
      );
    }
  } else if (ratio.kind === "error") {
    sink.add("FORMULA_ERROR", { column: columnLabels.onlineRatio, raw: ratio.raw }, { ...where("onlineRatio"), severity: "warning" });
  } else if (ratio.kind === "invalid") {
    sink.add("NOT_A_NUMBER", { column: columnLabels.onlineRatio, raw: ratio.raw }, { ...where("onlineRatio"), severity: "warning" });
  }
}

function checkConnection(row: ServiceRowRead, sink: FindingSink): void {
  const { raw, status, cell } = row.connection;
  const where = { sheet: row.sheet, cell: cell ?? undefined, service: row.service.id };
  const allowed = row.service.connections ?? (["connected", "not_connected"] as const);
  if (raw && (status === null || !allowed.includes(status))) {
    sink.add("CONNECTION_STATUS_INVALID", { raw, allowed: allowed.map((s) => CONNECTION_TEXT[s]).join(", ") }, where);
  }
  const online = valueOf(row.numbers.online.reading);
  if (status === "not_connected" && online !== null && online > 0) {
    sink.add("ONLINE_NOT_CONNECTED", { online: count(online) }, { ...where, cell: row.numbers.online.cell ?? where.cell });
  }
}

/** Sub-items (05.1, 05.2 …) must add up to their parent when both carry numbers. */
function checkSubItems(table: ServiceTable, sink: FindingSink): void {
  const byParent = new Map<string, ServiceRowRead[]>();
  for (const r of table.rows) {
    if (r.service.parent) {
      const list = byParent.get(r.service.parent) ?? [];
      list.push(r);
      byParent.set(r.service.parent, list);
    }
  }
  for (const parent of table.rows) {
    const subs = byParent.get(parent.service.id);
    if (!subs) continue;
    for (const c of numberColumns) {
      const own = valueOf(parent.numbers[c].reading);
      if (own === null) continue;
      let sum: number | null = null;
      for (const s of subs) sum = addReported(sum, valueOf(s.numbers[c].reading));
      if (sum !== null && sum !== own) {
        sink.add(
          "SUBITEMS_MISMATCH",
          { column: columnLabels[c], parent: count(own), sum: count(sum) },
          { sheet: parent.sheet, cell: parent.numbers[c].cell ?? undefined, service: parent.service.id },
        );
      }
    }
  }
}

export function checkServiceTable(table: ServiceTable, sink: FindingSink): void {
  for (const row of table.rows) {
    checkNumbers(row, sink);
    checkConsistency(row, sink);
    checkConnection(row, sink);
  }
  checkSubItems(table, sink);
}

/** A row the unit left as the form gave it: no number, no connection status, no difficulty. */
export function serviceRowBlank(row: ServiceRowRead): boolean {
  return numberColumns.every((c) => row.numbers[c].reading.kind === "empty") && !row.connection.raw.trim() && !row.difficulties.trim();
}

/** Services the unit must report (registry) that no table of the file carries. */
export function checkMissingServices(expected: readonly ServiceDef[], tables: readonly ServiceTable[], sink: FindingSink): void {
  const present = new Set<string>();
  for (const t of tables)
    for (const r of t.rows) {
      present.add(r.service.id);
      if (r.service.parent) present.add(r.service.parent);
    }
  // A parent reported with one combined number (9/2023 layout) covers its sub-items.
  for (const s of expected) {
    if (present.has(s.id) || (s.parent && present.has(s.parent))) continue;
    sink.add("SERVICE_MISSING", { name: s.name }, { sheet: tables[0]?.sheet, service: s.id });
  }
}
