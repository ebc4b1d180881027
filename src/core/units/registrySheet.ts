import { foldKey } from "../shared/normalize";
import type { ReportCell, ReportSheet } from "../shared/layout";
import type { UnitDef, UnitKind, UnitRegistry } from "./registry";

/**
 * The unit registry as a plain table of text, so the add-in can keep it in a
 * sheet of the workbook where the clerk (or the next clerk) edits it.
 */

export const REGISTRY_SHEET_NAME = "Đơn vị báo cáo";

export const REGISTRY_HEADER = [
  "Mã đơn vị",
  "Tên đơn vị",
  "Loại",
  "Tên khác (cách nhau bởi ;)",
  "Dịch vụ phải báo cáo (mã, cách nhau bởi ,)",
] as const;
const COMMUNE_LABEL = "Dịch vụ chung của UBND xã/phường";

export const UNIT_KIND_TEXT: Record<UnitKind, string> = {
  department: "Sở, ngành",
  commune: "Xã, phường",
  company: "Doanh nghiệp",
  police: "Công an",
  other: "Khác",
};

/** Rows of text: a title, the commune default services, a header, one row per unit. */
export function registryToRows(registry: UnitRegistry): string[][] {
  return [
    ["DANH SÁCH ĐƠN VỊ BÁO CÁO ĐỀ ÁN 06"],
    [COMMUNE_LABEL, registry.communeServices.join(", ")],
    [],
    [...REGISTRY_HEADER],
    ...registry.units.map((u) => [u.id, u.name, UNIT_KIND_TEXT[u.kind], (u.aliases ?? []).join("; "), u.services.join(", ")]),
  ];
}

const list = (s: string, sep: RegExp) =>
  s
    .split(sep)
    .map((x) => x.trim())
    .filter(Boolean);

function kindOf(text: string): UnitKind {
  const k = foldKey(text);
  for (const [kind, label] of Object.entries(UNIT_KIND_TEXT)) if (foldKey(label) === k || kind === text.trim()) return kind as UnitKind;
  return "other";
}

/** Read the table back; rows without a name are skipped, ids are made unique. */
export function registryFromRows(rows: ReadonlyArray<ReadonlyArray<unknown>>, fallback: UnitRegistry): UnitRegistry {
  const text = (v: unknown) => (v === null || v === undefined ? "" : String(v)).trim();
  const headerAt = rows.findIndex((r) => foldKey(text(r[0])) === foldKey(REGISTRY_HEADER[0]));
  if (headerAt < 0) return fallback;
  const communeRow = rows.slice(0, headerAt).find((r) => foldKey(text(r[0])) === foldKey(COMMUNE_LABEL));
  const units: UnitDef[] = [];
  const seen = new Set<string>();
  for (const r of rows.slice(headerAt + 1)) {
    const name = text(r[1]);
    if (!name) continue;
    let id = text(r[0]) || foldKey(name).replace(/ /g, "-");
    while (seen.has(id)) id = `${id}-2`;
    seen.add(id);
    const aliases = list(text(r[3]), /;/);
    units.push({ id, name, kind: kindOf(text(r[2])), ...(aliases.length ? { aliases } : {}), services: list(text(r[4]), /[,;\s]+/) });
  }
  return { units, communeServices: communeRow ? list(text(communeRow[1]), /[,;\s]+/) : fallback.communeServices };
}

/** The registry as a report sheet, so the command line can hand the clerk an editable workbook. */
export function registryReportSheet(registry: UnitRegistry): ReportSheet {
  const rows = registryToRows(registry).map((r, i): ReportCell[] =>
    r.map((value) => ({ value, style: i === 0 ? "title" : i === 3 ? "header" : "text" })),
  );
  return {
    name: REGISTRY_SHEET_NAME,
    rows,
    merges: [{ top: 0, left: 0, bottom: 0, right: REGISTRY_HEADER.length - 1 }],
    widths: [26, 40, 16, 40, 60],
    freezeRows: 4,
    textColumns: [0, 1, 2, 3, 4],
  };
}
