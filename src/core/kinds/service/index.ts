import { type CatalogueId, type ServiceDef, catalogues, serviceById } from "../../catalogue";
import { type Sheet, a1, columnLetters } from "../../shared/grid";
import { registerKind } from "../kind";
import { checkMissingServices, checkServiceTable, serviceRowBlank } from "./checks";
import { formCode } from "../../shared/formMarker";
import { findServiceHeader } from "./header";
import type { MergedTable } from "./merged";
import { mergeServices } from "./merge";
import { serviceSheet } from "./sheet";
import { readServiceTable } from "./table";
import { classifyHeader, columnLabels } from "./templates";

/** The catalogue a caption above the table names ("…Quyết định số 422/QĐ-TTg…"), if any. */
function catalogueHint(lines: readonly string[]): CatalogueId | null {
  const text = lines.join(" ");
  if (/422\s*\/\s*QĐ/iu.test(text)) return "dvc422";
  if (/06\s*\/\s*QĐ|25 dịch vụ/iu.test(text)) return "dvc25";
  return null;
}

/** A service header repeated below a table starts the next table (a commune's two catalogues on one sheet). */
function rowStartsHeader(sheet: Sheet, r: number): boolean {
  const row = sheet.rows[r];
  if (!row || !row.some((c) => c && typeof c.value === "string" && classifyHeader(c.value) === "service")) return false;
  return findServiceHeader(sheet, r, r + 1)?.range.top === r;
}

/** Service tables (DOMAIN.md §2.1): the 25 services of Decision 06 and the Decision 422 services. */
export const serviceKind = registerKind({
  id: "service",
  slot: "tables",
  mergedSlot: "tables",
  findHeader: findServiceHeader,
  read(sheet, header, { sink, maxRow, above }) {
    for (const column of header.missing) {
      sink.add("HEADER_COLUMN_MISSING", { column: columnLabels[column] }, { sheet: sheet.name });
    }
    for (const u of header.unplaced) {
      const detail =
        u.duplicateOf === undefined
          ? ""
          : `: trùng nghĩa với cột ${columnLetters(u.duplicateOf)}, chỉ đọc cột ${columnLetters(u.duplicateOf)}`;
      sink.add(
        "HEADER_COLUMN_UNPLACED",
        { column: columnLetters(u.col), label: u.label, detail },
        { sheet: sheet.name, cell: a1(header.range.top, u.col) },
      );
    }
    // A service table ends at a gap, its end words or its own header repeated; it does not look for other kinds.
    const { table, end } = readServiceTable(sheet, header, maxRow, catalogueHint(above), sink, (r) => rowStartsHeader(sheet, r));
    return { table: table.rows.length > 0 || header.missing.length === 0 ? table : null, end };
  },
  check(tables, { sink, unit, form }) {
    for (const t of tables) checkServiceTable(t, sink);
    // A form carries one template's services: the unit's others are on its other form, not missing.
    const expected = (unit?.services.map(serviceById).filter((s): s is ServiceDef => !!s) ?? []).filter(
      (s) => !form || s.catalogue === form.id,
    );
    if (tables.length > 0 && expected.length > 0) checkMissingServices(expected, tables, sink);
    if (form && form.id !== "tasks" && tables.length > 0 && tables.every((t) => t.rows.every(serviceRowBlank))) {
      sink.add(
        "FORM_BLANK",
        {
          form: formCode(form.id),
          detail: "chưa ghi số liệu của dịch vụ nào (không phát sinh hồ sơ thì ghi 0)",
          detailEn: "no service has any figure (0 where nothing arose)",
        },
        { sheet: tables[0]?.sheet },
      );
    }
  },
  merge: (submissions, { sink, accepted }) => mergeServices(submissions, sink, accepted),
  layOut: (merged: Readonly<Record<CatalogueId, MergedTable>>, { settings }) => catalogues.map((c) => serviceSheet(merged[c.id], settings)),
});
