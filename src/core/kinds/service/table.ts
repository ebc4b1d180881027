import { type Catalogue, type CatalogueId, type ServiceDef, catalogueById, catalogues, subItemsOf } from "../../catalogue";
import { type Sheet, a1, cellAt } from "../../shared/grid";
import type { FindingSink } from "../../shared/sink";
import { foldKey } from "../../shared/normalize";
import { type Reading, readNumber, readRatio, readText } from "../../shared/values";
import { parseConnection } from "./connection";
import { type HeaderMatch, type MergeLookup, mergeLookup, mergedText } from "./header";
import { type MatchIndex, type ServiceMatch, buildMatchIndex, matchService, normaliseStt } from "./match";
import { type NumberColumn, numberColumns } from "./templates";
import type { ServiceLayout, ServiceRowRead, ServiceTable, Sourced } from "./types";

const indexes = new Map<CatalogueId, MatchIndex>(catalogues.map((c) => [c.id, buildMatchIndex(c)]));

const ROMAN = /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X)\.?$/i;
const TOTAL_ROW = /^(tong cong|tong so|tong|cong|toan tinh)$/;
const TABLE_END = /^(nguoi lap|thu truong|lanh dao|noi nhan|phu luc|xac nhan)/;
/** A line spanning the table that titles the next table rather than captioning an agency. */
const TITLE = /^(tinh hinh|theo quiet dinh|kem theo|danh muc|bieu|bang|phu luc|ket qua)/;
const NIL_ROW = /khong phat sinh/;
/** A group caption's mark: "A", "B.", "I", or "A. DỊCH VỤ CÔNG …" written in one cell. */
const GROUP_NO = /^(?:[A-ZĐ]|I|II|III|IV|V|VI|VII|VIII|IX|X)\.?$/u;
const GROUP_MARK = /^(?:[A-ZĐ]|[IVX]+)\s*[.)]\s+\S/u;

/** The catalogue a group caption names: "… 422/QĐ-TTg", "… 06/QĐ-TTg", "… thiết yếu". */
function sectionOf(text: string): CatalogueId | null {
  if (/422\s*\/\s*QĐ|\b422\b/iu.test(text)) return "dvc422";
  if (/06\s*\/\s*QĐ|thiết yếu|25 dịch vụ/iu.test(text)) return "dvc25";
  return null;
}

/** A data row before it is matched to the catalogue. */
interface RawRow {
  readonly row: number;
  readonly stt: string;
  readonly name: string;
  readonly connection: string;
  readonly numbers: Readonly<Record<NumberColumn, Sourced<Reading>>>;
  readonly ratio: ServiceRowRead["onlineRatio"];
  readonly difficulties: string;
  readonly difficultiesCell: string | null;
  readonly hasNumbers: boolean;
  /** The catalogue the group caption above names ("B. DỊCH VỤ CÔNG THEO QĐ 422"), if any. */
  readonly section?: CatalogueId | null;
}

function readRawRow(sheet: Sheet, at: MergeLookup, header: HeaderMatch, r: number): RawRow {
  const col = header.columns;
  const text = (c: number | undefined) => (c === undefined ? "" : mergedText(sheet, at, r, c).trim());
  const addr = (c: number | undefined) => (c === undefined ? null : a1(r, c));
  const num = (c: number | undefined): Sourced<Reading> => {
    if (c === undefined) return { reading: { kind: "empty" }, cell: null };
    const cell = cellAt(sheet, r, c);
    return { reading: readNumber(cell), cell: addr(c) };
  };
  let numbers = {
    total: num(col.total),
    online: num(col.online),
    onTime: num(col.onTime),
    overdue: num(col.overdue),
  };
  const ratioCell = col.onlineRatio === undefined ? undefined : cellAt(sheet, r, col.onlineRatio);
  let difficulties = text(col.difficulties);
  let difficultiesCell = addr(col.difficulties);
  const note = text(col.note);
  if (note) difficulties = difficulties ? `${difficulties}\n${note}` : note;
  if (!difficulties && note) difficultiesCell = addr(col.note);
  const anyNumber = numberColumns.some((k) => numbers[k].reading.kind !== "empty");
  // "Trong tháng không phát sinh" written across the number cells or in the
  // difficulties: the unit reports that nothing arose.
  if (!anyNumber && NIL_ROW.test(foldKey(difficulties))) {
    const nil = (s: Sourced<Reading>): Sourced<Reading> => ({ reading: { kind: "nil", raw: difficulties }, cell: s.cell });
    numbers = { total: nil(numbers.total), online: nil(numbers.online), onTime: nil(numbers.onTime), overdue: nil(numbers.overdue) };
  }
  return {
    row: r,
    stt: text(col.stt),
    name: text(col.service),
    connection: text(col.connection),
    numbers,
    ratio: { reading: readRatio(ratioCell), cell: addr(col.onlineRatio) },
    difficulties,
    difficultiesCell,
    hasNumbers: anyNumber,
  };
}

function isEmptyRow(sheet: Sheet, r: number): boolean {
  const row = sheet.rows[r];
  return !row || row.every((c) => c == null || c.value === null || c.value === "");
}

function firstText(sheet: Sheet, r: number): string {
  const row = sheet.rows[r];
  if (!row) return "";
  for (const c of row) {
    const t = readText(c).trim();
    if (t) return t;
  }
  return "";
}

/** Which catalogue a table holds: the one its rows match best; captions break ties. */
function chooseCatalogue(rows: readonly RawRow[], hint: CatalogueId | null): Catalogue {
  // Exact name hits decide almost every table cheaply; fuzzy matching only breaks a tie at zero.
  for (const exactOnly of [true, false]) {
    let best: { cat: Catalogue; n: number } | null = null;
    for (const cat of catalogues) {
      const index = indexes.get(cat.id)!;
      let n = 0;
      for (const r of rows) if (r.name && matchService(index, r.name, r.stt, undefined, exactOnly)) n++;
      if (!best || n > best.n || (n === best.n && cat.id === hint)) best = { cat, n };
    }
    if (best!.n > 0 || !exactOnly) return best!.cat;
  }
  return catalogues[0];
}

/**
 * Does the table's STT follow the catalogue's numbering? Units listing only their own services
 * renumber them 1, 2, 3…; a number is then no evidence of which service a row is.
 */
function sttTrusted(rows: readonly RawRow[], catalogue: Catalogue): boolean {
  const index = indexes.get(catalogue.id)!;
  let exact = 0;
  let agree = 0;
  for (const r of rows) {
    if (!r.name || !r.stt) continue;
    const hit = matchService(index, r.name, r.stt, undefined, true);
    if (!hit) continue;
    exact++;
    if (normaliseStt(r.stt) === hit.service.no) agree++;
  }
  return exact === 0 || agree * 2 >= exact;
}

/**
 * A row against both catalogues (a commune may list its Decision 06 and 422 services in one
 * table): the better match wins; on a tie, the catalogue its group caption or the table names.
 */
function matchEither(r: RawRow, preferred: CatalogueId, stt: (id: CatalogueId) => string): ServiceMatch | null {
  const order = [preferred, ...catalogues.map((c) => c.id).filter((id) => id !== preferred)];
  let best: ServiceMatch | null = null;
  for (const id of order) {
    const m = matchService(indexes.get(id)!, r.name, stt(id));
    if (m && (!best || m.score > best.score)) best = m;
    if (best?.score === 1) break;
  }
  return best;
}

export interface ReadServiceTableResult {
  readonly table: ServiceTable;
  /** First row after the table. */
  readonly end: number;
}

/**
 * Read the rows under a recognised header. Unknown and duplicate services are
 * reported to `sink`; matched rows are returned with the cells they came from.
 */
export function readServiceTable(
  sheet: Sheet,
  header: HeaderMatch,
  maxRow: number,
  catalogueHint: CatalogueId | null,
  sink: FindingSink,
  stopAt: (row: number) => boolean,
): ReadServiceTableResult {
  const at = mergeLookup(sheet);
  const raw: RawRow[] = [];
  let layout: ServiceLayout = "flat";
  let gap = 0;
  let end = header.range.bottom + 1;
  let section: CatalogueId | null = null;
  for (let r = header.range.bottom + 1; r < maxRow; r++) {
    end = r + 1;
    if (isEmptyRow(sheet, r)) {
      if (++gap >= 4) break;
      continue;
    }
    gap = 0;
    if (stopAt(r)) {
      end = r;
      break;
    }
    const first = foldKey(firstText(sheet, r));
    if (TABLE_END.test(first)) {
      end = r;
      break;
    }
    const row = readRawRow(sheet, at, header, r);
    // Column-number row under the header: "(1) (2) (3)…" or "1 2 3…".
    if (/^\(?\d+\)?$/.test(row.name) && /^\(?\d+\)?$/.test(row.stt || "1")) continue;
    const nameKey = foldKey(row.name);
    if (TOTAL_ROW.test(nameKey) || TOTAL_ROW.test(foldKey(row.stt))) {
      continue;
    }
    // Group captions, anywhere in the table: "I", "A. DỊCH VỤ CÔNG …" (the mark in the STT or in the name).
    const groupText = `${row.stt} ${row.name}`.trim();
    if (
      !row.hasNumbers &&
      !row.connection &&
      (ROMAN.test(row.stt) || GROUP_NO.test(row.stt) || (GROUP_MARK.test(groupText) && !/^\d/.test(row.stt)))
    ) {
      if (ROMAN.test(row.stt)) layout = "grouped";
      section = sectionOf(groupText) ?? section;
      continue;
    }
    // A line merged across the table: the next table's title ends this one;
    // otherwise it is a 9/2023 agency caption ("Sở Y tế").
    const spanning = row.stt !== "" && !/^\d/.test(row.stt) && (row.name === "" || row.name === row.stt) && !row.hasNumbers;
    if (spanning && TITLE.test(foldKey(row.stt))) {
      end = r;
      break;
    }
    if (spanning) {
      if (GROUP_MARK.test(row.stt)) section = sectionOf(row.stt) ?? section;
      else layout = "agency";
      continue;
    }
    raw.push({ ...row, section });
  }

  const catalogue = chooseCatalogue(raw, catalogueHint);
  const trusted = new Map(catalogues.map((c) => [c.id, sttTrusted(raw, c)]));
  const rows: ServiceRowRead[] = [];
  const seen = new Map<string, string>();
  let parent: ServiceDef | null = null;
  let last: { row: ServiceRowRead; index: number } | null = null;

  for (const r of raw) {
    if (!r.name && !r.stt && !r.hasNumbers && !r.connection) {
      // Difficulty text spilling onto the next row belongs to the service above.
      if (r.difficulties && last) {
        const prev = last.row;
        rows[last.index] = { ...prev, difficulties: prev.difficulties ? `${prev.difficulties}\n${r.difficulties}` : r.difficulties };
      }
      continue;
    }
    const subs: readonly ServiceDef[] = parent ? subItemsOf(catalogueById(parent.catalogue), parent.id) : [];
    const looksSub = /^\s*[-+•*]|^[a-zđ]\)/iu.test(r.name) || r.stt === "" || /^[-+]$|^\d+[.,]\d+$|^[a-z]$/i.test(r.stt);
    const stt = (id: CatalogueId) => (trusted.get(id) ? r.stt : "");
    const match: ServiceMatch | null =
      (subs.length > 0 && looksSub ? matchService(indexes.get(parent!.catalogue)!, r.name, stt(parent!.catalogue), subs) : null) ??
      matchEither(r, r.section ?? catalogue.id, stt);
    const nameCell = header.columns.service === undefined ? null : a1(r.row, header.columns.service);
    if (!match) {
      if (r.name || r.hasNumbers) {
        sink.add("SERVICE_UNKNOWN", { name: r.name || r.stt || "(trống)" }, { sheet: sheet.name, cell: nameCell ?? a1(r.row, 0) });
      }
      continue;
    }
    const service: ServiceDef = match.service;
    if (!service.parent) parent = subItemsOf(catalogueById(service.catalogue), service.id).length > 0 ? service : null;
    const first = seen.get(service.id);
    if (first) {
      sink.add("SERVICE_DUPLICATE", { name: service.name, first }, { sheet: sheet.name, cell: nameCell ?? undefined, service: service.id });
      continue;
    }
    seen.set(service.id, nameCell ?? a1(r.row, 0));
    const read: ServiceRowRead = {
      service,
      sheet: sheet.name,
      row: r.row,
      label: r.name,
      connection: {
        raw: r.connection,
        status: parseConnection(r.connection),
        cell: header.columns.connection === undefined ? null : a1(r.row, header.columns.connection),
      },
      numbers: r.numbers,
      onlineRatio: r.ratio,
      difficulties: r.difficulties,
      difficultiesCell: r.difficultiesCell,
    };
    rows.push(read);
    last = { row: read, index: rows.length - 1 };
  }
  return {
    table: { kind: "service", sheet: sheet.name, catalogue: catalogue.id, layout, header: header.range, columns: header.columns, rows },
    end,
  };
}
