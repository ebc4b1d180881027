import ExcelJS from "exceljs";
import { type Figures, type ServiceDef, catalogueById, defaultRegistry, serviceById, subItemsOf } from "../../src/core";
import { FIXED_DATE, type Raw, toCell } from "./unitWorkbook";

/**
 * A seeded corpus of unit workbooks written the way clerks write them: official header blocks
 * signed in the month after the period, periods only in the sheet or file name, the header
 * wordings and abbreviations clerks use, group rows under the header, both catalogues in one
 * table, extra merged columns, formulas with cached results, shortened service names, units
 * named only in the header block. Every file comes with what a correct reader must find: its
 * unit, its period, the consolidated sums, and the mistakes planted in it (and nothing else).
 */

/** A way real files drift from the official template; each is switched on separately. */
export const DRIFTS = [
  /** Official header block with the signing date ("ngày 05 tháng 11 năm 2026") after the period. */
  "signingDate",
  /** The period only in the sheet name ("T10-2026"). */
  "periodInSheet",
  /** The period only in the file name ("BC_DA06_T10_2026_…"). */
  "periodInFile",
  /** Header wordings and abbreviations clerks use ("TT", "Tên DVC", "Số HS", "Trễ hạn"…). */
  "wordings",
  /** A group caption row merged across the table directly under the header. */
  "groupRow",
  /** One table holding services of both catalogues. */
  "mixedCatalogue",
  /** Extra columns merged over both header rows: "Trực tiếp", "Ghi chú/Kiểm tra" (visible or hidden). */
  "extraColumns",
  /** Formulas whose cached result is 0 (overdue = online − on time, total = in person + online). */
  "cachedZero",
  /** Service names with words dropped ("… thành lập hộ kinh doanh" without "nhóm thủ tục"). */
  "shortNames",
  /** The unit named only in the header block; the file name says nothing about it. */
  "unitInHeader",
  /** A unit line that also carries the period ("Đơn vị: Công an tỉnh Thanh Hóa - tháng 10/2026"). */
  "unitWithPeriod",
] as const;
export type Drift = (typeof DRIFTS)[number];

/** Mistakes planted in a file; each must come back as its finding. */
export const PLANTS = [
  "ONLINE_EXCEEDS_TOTAL",
  "PROCESSED_EXCEEDS_ONLINE",
  "NOT_A_NUMBER",
  "NEGATIVE",
  "FORMULA_ERROR",
  "MISSING_VALUE",
  "RATIO_MISMATCH",
  "SERVICE_UNKNOWN",
  "SERVICE_MISSING",
  "PERIOD_MISMATCH",
] as const;
export type Plant = (typeof PLANTS)[number];

export interface PlantedFinding {
  readonly file: string;
  readonly code: Plant;
  /** The service whose row carries the mistake (its figures are left out of the expected sums). */
  readonly service?: string;
}

export interface CorpusFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** Registry name of the unit (for communes "UBND xã …"). */
  readonly unit: string;
  readonly drifts: readonly Drift[];
  readonly plant: Plant | null;
}

export interface Corpus {
  readonly period: { readonly year: number; readonly month: number };
  readonly files: readonly CorpusFile[];
  /** Expected consolidated figures per service id, for every service reported by some unit. */
  readonly sums: ReadonlyMap<string, Figures>;
  /** Services whose sum is not compared: a planted mistake sits in one of their rows. */
  readonly touched: ReadonlySet<string>;
  readonly planted: readonly PlantedFinding[];
  /** The same per file: what merging that file alone must give. */
  readonly byFile: ReadonlyMap<string, { readonly sums: ReadonlyMap<string, Figures>; readonly touched: ReadonlySet<string> }>;
}

export interface CorpusOptions {
  readonly seed: number;
  /** Drifts to use; each file takes a random subset of them (every drift appears in some file). */
  readonly drifts: readonly Drift[];
  /** Number of communes; the departments of the registry that report services always come. */
  readonly communes?: number;
  /** Share of files that get one planted mistake. */
  readonly dirtyShare?: number;
}

/** mulberry32: small, deterministic, good enough to shuffle layouts. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Next = () => number;
const pick = <T>(next: Next, xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];

const PERIOD = { year: 2026, month: 10 };

const FIRST = ["Quảng", "Hoằng", "Thiệu", "Triệu", "Nông", "Tĩnh", "Nga", "Hậu", "Yên", "Thọ", "Vĩnh", "Cẩm", "Ngọc", "Như", "Thường", "Xuân"];
const SECOND = ["Phú", "Lộc", "Sơn", "Hòa", "Thành", "Trung", "Tiến", "Hưng", "An", "Bình", "Định", "Thịnh", "Giang", "Châu", "Long"];

/** Department header blocks as printed: the parent body, then the unit, upper case. */
const DEPARTMENT_BLOCK: Readonly<Record<string, readonly [string, string]>> = {
  "cong-an-tinh": ["BỘ CÔNG AN", "CÔNG AN TỈNH THANH HÓA"],
  "so-tu-phap": ["UBND TỈNH THANH HÓA", "SỞ TƯ PHÁP"],
  "bhxh-tinh": ["BẢO HIỂM XÃ HỘI VIỆT NAM", "BẢO HIỂM XÃ HỘI TỈNH THANH HÓA"],
  "thue-tinh": ["CỤC THUẾ", "THUẾ TỈNH THANH HÓA"],
  "so-nong-nghiep-moi-truong": ["UBND TỈNH THANH HÓA", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"],
  "so-giao-duc-dao-tao": ["UBND TỈNH THANH HÓA", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"],
  "so-noi-vu": ["UBND TỈNH THANH HÓA", "SỞ NỘI VỤ"],
  "cong-ty-dien-luc": ["TỔNG CÔNG TY ĐIỆN LỰC MIỀN BẮC", "CÔNG TY ĐIỆN LỰC THANH HÓA"],
  "so-y-te": ["UBND TỈNH THANH HÓA", "SỞ Y TẾ"],
  "so-tai-chinh": ["UBND TỈNH THANH HÓA", "SỞ TÀI CHÍNH"],
  "toa-an-tinh": ["TÒA ÁN NHÂN DÂN TỐI CAO", "TÒA ÁN NHÂN DÂN TỈNH THANH HÓA"],
};

/** Decision 422 services communes also run and sometimes list in the same table. */
const COMMUNE_422 = ["dvc422-01", "dvc422-04", "dvc422-11"];

/** Header wordings per column, as clerks write them (single-row headers and leaf rows). */
const WORDINGS = {
  stt: ["STT", "TT", "Số TT"],
  service: ["Tên DVC", "Tên dịch vụ công", "Tên DVCTT", "Dịch vụ công trực tuyến", "Tên dịch vụ công trực tuyến"],
  connection: ["Tình trạng kết nối", "Kết nối Cổng DVCQG", "Kết nối với Cổng DVC quốc gia"],
  total: ["Số HS", "Tổng số hồ sơ", "Tổng HS", "Tổng số HS tiếp nhận", "Số hồ sơ tiếp nhận"],
  online: ["HS trực tuyến", "Số HS trực tuyến", "Trực tuyến", "Hồ sơ nộp trực tuyến", "Tiếp nhận trực tuyến"],
  ratio: ["Tỷ lệ (%)", "Tỉ lệ", "% trực tuyến", "Tỷ lệ trực tuyến (%)"],
  onTime: ["Đúng hạn", "Giải quyết đúng hạn", "Số HS đúng hạn", "Trước và đúng hạn"],
  overdue: ["Trễ hạn", "Quá hạn", "Số HS trễ hạn", "Giải quyết quá hạn"],
  difficulties: ["Khó khăn, vướng mắc", "Khó khăn", "Vướng mắc, đề xuất"],
} as const;

/** Two-row group captions: over the counts, and over the online processing. */
const COUNT_GROUPS = ["Tổng số hồ sơ \n(bao gồm cả trực tiếp và \ntrực tuyến)", "Số hồ sơ tiếp nhận", "Hồ sơ tiếp nhận trong tháng"];
const PROCESS_GROUPS = ["Tình hình \nxử lý hồ sơ \ntrực tuyến", "Kết quả giải quyết HS trực tuyến", "Tình hình giải quyết"];
const LEAF_TOTAL = ["Tổng \nhồ sơ", "Tổng số", "Tổng"];

/** A service unrelated to both catalogues, that a good matcher must refuse. */
const UNRELATED = [
  "Cấp giấy phép xây dựng nhà ở riêng lẻ",
  "Chứng thực bản sao từ bản chính giấy tờ, văn bản",
  "Đăng ký khai thác nước dưới đất",
  "Cấp giấy phép kinh doanh karaoke",
];

type Col =
  "stt" | "service" | "connection" | "direct" | "total" | "online" | "ratio" | "onTime" | "overdue" | "difficulties" | "check";

interface Row {
  readonly service: ServiceDef | null;
  readonly no: string;
  readonly name: string;
  readonly connection: string;
  readonly total: Raw;
  readonly direct?: number;
  readonly online: Raw;
  readonly ratio?: Raw;
  readonly onTime: Raw;
  readonly overdue: Raw;
  readonly caption?: boolean;
  /** Figures that count, or null when the row must stay out of the expected sums. */
  readonly figures: Figures | null;
}

interface Layout {
  readonly cols: readonly Col[];
  readonly twoRow: boolean;
  readonly wordings: Readonly<Partial<Record<Col, string>>>;
  readonly hiddenCheck: boolean;
  readonly asText: boolean;
  readonly formulas: boolean;
}

const vn = (n: number) => n.toLocaleString("vi-VN");
const vnPct = (x: number) => `${(Math.round(x * 10000) / 100).toString().replace(".", ",")}%`;

/** Drop one or two inner words (not the first two) — what clerks do when they retype a long name. */
function shorten(name: string, next: Next): string {
  if (/nhóm thủ tục /u.test(name)) return name.replace(/nhóm thủ tục /u, "");
  const base = name.replace(/\s*\([^)]*\)\s*$/u, "");
  const words = base.split(" ");
  if (words.length < 6) return name;
  const at = 2 + Math.floor(next() * (words.length - 3));
  const drop = words.length >= 10 && next() < 0.5 ? 2 : 1;
  return [...words.slice(0, at), ...words.slice(at + drop)].join(" ");
}

function serviceRow(s: ServiceDef, scale: number, next: Next, short: boolean): Row {
  const total = next() < 0.12 ? 0 : Math.round(scale * (0.3 + next()));
  const online = Math.round(total * (0.55 + 0.45 * next()));
  const overdue = online > 20 && next() < 0.3 ? Math.round(online * 0.02) : 0;
  const onTime = online - overdue;
  const name = short && !s.parent ? shorten(s.name, next) : s.name;
  return {
    service: s,
    no: s.no,
    name: s.parent ? `- ${name}` : name,
    connection: s.connections?.includes("done") ? "Đã thực hiện" : "Đã kết nối",
    total,
    direct: total - online,
    online,
    onTime,
    overdue,
    figures: { total, online, onTime, overdue },
  };
}

function parentRow(s: ServiceDef): Row {
  return {
    service: s,
    no: s.no,
    name: `${s.name}, cụ thể:`,
    connection: "Đã kết nối",
    total: null,
    online: null,
    onTime: null,
    overdue: null,
    figures: null,
  };
}

const caption = (no: string, name: string): Row => ({
  service: null,
  no,
  name,
  connection: "",
  total: null,
  online: null,
  onTime: null,
  overdue: null,
  caption: true,
  figures: null,
});

interface UnitPlan {
  readonly unit: string;
  readonly unitId: string;
  readonly commune: string | null;
  readonly services: readonly string[];
  readonly scale: number;
}

function plans(communes: number, next: Next): UnitPlan[] {
  const out: UnitPlan[] = [];
  for (const u of defaultRegistry.units) {
    if (u.services.length === 0) continue;
    out.push({ unit: u.name, unitId: u.id, commune: null, services: u.services, scale: 200 + Math.floor(next() * 3000) });
  }
  const used = new Set<string>();
  while (out.length < Object.keys(DEPARTMENT_BLOCK).length + communes) {
    const name = `${pick(next, FIRST)} ${pick(next, SECOND)}`;
    if (used.has(name)) continue;
    used.add(name);
    const kind = next() < 0.25 ? "phường" : "xã";
    const extra = COMMUNE_422.filter(() => next() < 0.4);
    out.push({
      unit: `UBND ${kind} ${name}`,
      unitId: "",
      commune: `${kind} ${name}`,
      services: [...defaultRegistry.communeServices, ...extra],
      scale: 20 + Math.floor(next() * 80),
    });
  }
  return out;
}

/** Rows of one catalogue in its order, parents above their reported sub-items. */
function rowsOf(catalogueId: "dvc25" | "dvc422", plan: UnitPlan, next: Next, short: boolean): Row[] {
  const cat = catalogueById(catalogueId);
  const wanted = new Set(plan.services);
  const rows: Row[] = [];
  for (const s of cat.services) {
    const subs = subItemsOf(cat, s.id).filter((x) => wanted.has(x.id));
    if (subs.length > 0 && !wanted.has(s.id)) {
      rows.push(parentRow(s));
      continue;
    }
    if (wanted.has(s.id)) rows.push(serviceRow(s, plan.scale, next, short));
  }
  return rows;
}

function chooseLayout(drifts: ReadonlySet<Drift>, next: Next): Layout {
  const extra = drifts.has("extraColumns");
  const wordings = drifts.has("wordings");
  const twoRow = extra || !wordings || next() < 0.4;
  const cols: Col[] = ["stt", "service", "connection"];
  if (extra) cols.push("direct");
  const swap = wordings && !twoRow && next() < 0.3;
  cols.push(...((swap ? ["online", "total", "ratio"] : ["total", "online", "ratio"]) as Col[]));
  if (wordings && !twoRow && next() < 0.3) cols.splice(cols.indexOf("ratio"), 1);
  cols.push("onTime", "overdue", "difficulties");
  if (extra && next() < 0.6) cols.push("check");
  const w: Partial<Record<Col, string>> = {};
  if (wordings) for (const [c, list] of Object.entries(WORDINGS)) w[c as Col] = pick(next, list);
  return {
    cols,
    twoRow,
    wordings: w,
    hiddenCheck: next() < 0.5,
    asText: next() < 0.4,
    formulas: drifts.has("cachedZero"),
  };
}

function plantInto(rows: Row[], plant: Plant, next: Next): { rows: Row[]; service?: string } {
  const candidates = rows.map((r, i) => ({ r, i })).filter(({ r }) => r.service && r.figures && (r.figures.total ?? 0) > 5);
  if (candidates.length === 0 && plant !== "SERVICE_UNKNOWN") return { rows };
  if (plant === "SERVICE_UNKNOWN") {
    const row: Row = {
      service: null,
      no: String(rows.length + 1),
      name: pick(next, UNRELATED),
      connection: "Đã kết nối",
      total: 12,
      online: 7,
      onTime: 7,
      overdue: 0,
      figures: null,
    };
    return { rows: [...rows, row] };
  }
  if (plant === "SERVICE_MISSING") {
    const { i, r } = candidates[0];
    return { rows: rows.filter((_, j) => j !== i), service: r.service!.id };
  }
  if (plant === "PERIOD_MISMATCH" || candidates.length === 0) return { rows };
  const { r, i } = pick(next, candidates);
  const f = r.figures!;
  const total = f.total!;
  const online = f.online!;
  let changed: Partial<Row>;
  switch (plant) {
    case "ONLINE_EXCEEDS_TOTAL":
      changed = { online: total + 3, onTime: total + 3, overdue: 0, direct: 0, ratio: vnPct((total + 3) / total) };
      break;
    case "PROCESSED_EXCEEDS_ONLINE":
      changed = { onTime: online + 5, overdue: 1 };
      break;
    case "NOT_A_NUMBER":
      changed = { total: `${total} hồ sơ` };
      break;
    case "NEGATIVE":
      changed = { overdue: -2 };
      break;
    case "FORMULA_ERROR":
      changed = { onTime: { error: "#REF!" } };
      break;
    case "MISSING_VALUE":
      changed = { total: null };
      break;
    case "RATIO_MISMATCH":
      changed = { ratio: vnPct(online / total > 0.9 ? online / total - 0.07 : online / total + 0.07) };
      break;
  }
  // A ratio mismatch needs a ratio column; a missing total with a live formula would hide it.
  const copy = [...rows];
  copy[i] = { ...r, ...changed, figures: null };
  return { rows: copy, service: r.service!.id };
}


function header(ws: ExcelJS.Worksheet, top: number, layout: Layout): number {
  const col = (c: Col) => layout.cols.indexOf(c) + 1;
  const has = (c: Col) => layout.cols.includes(c);
  const w = (c: Col, fallback: string) => layout.wordings[c] ?? fallback;
  const set = (c: Col, text: string, row: number) => {
    if (has(c)) ws.getCell(row, col(c)).value = text;
  };
  if (!layout.twoRow) {
    const single: Record<Col, string> = {
      stt: w("stt", "STT"),
      service: w("service", "Dịch vụ công trực tuyến"),
      connection: w("connection", "Kết nối Cổng DVC quốc gia"),
      direct: "Trực tiếp",
      total: w("total", "Tổng số hồ sơ"),
      online: w("online", "Hồ sơ trực tuyến"),
      ratio: w("ratio", "Tỷ lệ (%)"),
      onTime: w("onTime", "Đúng hạn"),
      overdue: w("overdue", "Quá hạn"),
      difficulties: w("difficulties", "Khó khăn, vướng mắc"),
      check: "Ghi chú/Kiểm tra",
    };
    for (const c of layout.cols) set(c, single[c], top);
    return top + 1;
  }
  const official = Object.keys(layout.wordings).length === 0;
  set("stt", w("stt", "STT"), top);
  set("service", w("service", "Dịch vụ công trực tuyến"), top);
  set("connection", official ? "Kết nối với \nCổng DVC \nquốc gia \n(đã kết nối, \nchưa kết nối)" : w("connection", ""), top);
  set("direct", "Trực tiếp", top);
  set("difficulties", w("difficulties", "Khó khăn, vướng mắc"), top);
  set("check", "Ghi chú/Kiểm tra", top);
  const seed = layout.cols.length + Object.keys(layout.wordings).length;
  set("total", official ? COUNT_GROUPS[0] : COUNT_GROUPS[seed % COUNT_GROUPS.length], top);
  set("onTime", official ? PROCESS_GROUPS[0] : PROCESS_GROUPS[seed % PROCESS_GROUPS.length], top);
  set("total", official ? LEAF_TOTAL[0] : LEAF_TOTAL[seed % LEAF_TOTAL.length], top + 1);
  set("online", official ? "Trực \ntuyến" : w("online", "Trực tuyến"), top + 1);
  set("ratio", official ? "Tỷ lệ" : w("ratio", "Tỷ lệ"), top + 1);
  set("onTime", official ? "Đúng \nhạn" : w("onTime", "Đúng hạn"), top + 1);
  set("overdue", official ? "Quá \nhạn" : w("overdue", "Quá hạn"), top + 1);
  for (const c of ["stt", "service", "connection", "direct", "difficulties", "check"] as const) {
    if (has(c)) ws.mergeCells(top, col(c), top + 1, col(c));
  }
  const countCols = (["total", "online", "ratio"] as const).filter(has).map(col);
  ws.mergeCells(top, Math.min(...countCols), top, Math.max(...countCols));
  ws.mergeCells(top, col("onTime"), top, col("overdue"));
  return top + 2;
}

function writeRows(ws: ExcelJS.Worksheet, start: number, rows: readonly Row[], layout: Layout): number {
  const col = (c: Col) => layout.cols.indexOf(c) + 1;
  const has = (c: Col) => layout.cols.includes(c);
  const width = layout.cols.length;
  let r = start;
  for (const row of rows) {
    if (row.caption) {
      ws.getCell(r, 1).value = row.no ? `${row.no}. ${row.name}` : row.name;
      ws.mergeCells(r, 1, r, width);
      ws.getCell(r, 1).font = { bold: true };
      r++;
      continue;
    }
    const addr = (c: Col) => ws.getCell(r, col(c)).address;
    const num = (v: Raw): Raw => (layout.asText && typeof v === "number" && v >= 0 ? vn(v) : v);
    const put = (c: Col, v: Raw | undefined) => {
      if (has(c) && v !== undefined) ws.getCell(r, col(c)).value = toCell(v);
    };
    put("stt", row.no);
    put("service", row.name);
    put("connection", row.connection);
    const numeric = typeof row.total === "number" && typeof row.online === "number";
    // Total as the unit computes it: in person + online, cached by the program that saved it.
    const totalFormula = has("direct") && layout.formulas && numeric && row.figures !== null;
    if (row.figures && row.direct !== undefined) put("direct", num(row.direct));
    put("total", totalFormula ? { formula: `${addr("direct")}+${addr("online")}`, result: row.total as number } : num(row.total));
    put("online", num(row.online));
    put("onTime", num(row.onTime));
    const plainOverdue = typeof row.overdue === "number" && typeof row.onTime === "number" && typeof row.online === "number";
    if (layout.formulas && plainOverdue && row.figures && row.overdue === (row.online as number) - (row.onTime as number)) {
      put("overdue", { formula: `${addr("online")}-${addr("onTime")}`, result: row.overdue as number });
    } else put("overdue", num(row.overdue));
    if (has("ratio")) {
      if (row.ratio !== undefined) put("ratio", row.ratio);
      else if (numeric && row.service) {
        const t = row.total as number;
        const o = row.online as number;
        if (layout.asText) put("ratio", t > 0 ? vnPct(o / t) : "0");
        else {
          ws.getCell(r, col("ratio")).value = {
            formula: `IF(${addr("total")}>0,${addr("online")}/${addr("total")},"")`,
            result: t > 0 ? o / t : "",
          } as ExcelJS.CellFormulaValue;
          ws.getCell(r, col("ratio")).numFmt = "0.00%";
        }
      }
    }
    if (has("check") && row.service && numeric) {
      ws.getCell(r, col("check")).value = {
        formula: `IF(${addr("online")}<=${addr("total")},"Đúng","Sai")`,
        result: (row.online as number) <= (row.total as number) ? "Đúng" : "Sai",
      } as ExcelJS.CellFormulaValue;
    }
    r++;
  }
  return r;
}

const CATALOGUE_CAPTION = {
  dvc25: "DỊCH VỤ CÔNG TRỰC TUYẾN THIẾT YẾU THEO QUYẾT ĐỊNH SỐ 06/QĐ-TTg",
  dvc422: "DỊCH VỤ CÔNG THEO QUYẾT ĐỊNH SỐ 422/QĐ-TTg",
};

async function writeUnit(plan: UnitPlan, drifts: ReadonlySet<Drift>, wanted: Plant | null, next: Next) {
  const short = drifts.has("shortNames");
  const layout = chooseLayout(drifts, next);
  // A ratio mismatch needs a ratio column.
  const plant: Plant | null = wanted === "RATIO_MISMATCH" && !layout.cols.includes("ratio") ? "NEGATIVE" : wanted;
  const groups: { id: "dvc25" | "dvc422"; rows: Row[] }[] = (["dvc25", "dvc422"] as const)
    .map((id) => ({ id, rows: rowsOf(id, plan, next, short) }))
    .filter((g) => g.rows.length > 0);
  let plantedService: string | undefined;
  let effective = plant;
  if (plant) {
    const g = plant === "SERVICE_MISSING" ? (groups.find((x) => x.rows.filter((r) => r.figures).length > 1) ?? groups[0]) : pick(next, groups);
    const res = plantInto(g.rows, plant, next);
    g.rows = res.rows;
    plantedService = res.service;
    if (!res.service && plant !== "SERVICE_UNKNOWN" && plant !== "PERIOD_MISMATCH") effective = null;
  }
  // Renumber as clerks do when they list only their own services: 1, 2, 3…
  const renumber = drifts.has("wordings") || drifts.has("shortNames");
  const tables: Row[][] = [];
  if (drifts.has("mixedCatalogue") && groups.length > 1) {
    tables.push(groups.flatMap((g, gi) => [caption(String.fromCharCode(65 + gi), CATALOGUE_CAPTION[g.id]), ...g.rows]));
  } else {
    for (const g of groups) {
      tables.push(drifts.has("groupRow") ? [caption(groups.length > 1 ? "A" : "I", CATALOGUE_CAPTION[g.id]), ...g.rows] : g.rows);
    }
  }
  if (renumber) {
    for (const t of tables) {
      let n = 0;
      t.forEach((row, i) => {
        if (!row.caption && !row.service?.parent) t[i] = { ...row, no: String(++n) };
        else if (row.service?.parent) t[i] = { ...row, no: "-" };
      });
    }
  }

  const periodWhere = drifts.has("periodInFile") ? "file" : drifts.has("periodInSheet") ? "sheet" : "title";
  const titleMonth = plant === "PERIOD_MISMATCH" ? PERIOD.month - 1 : PERIOD.month;
  const block = drifts.has("signingDate") || drifts.has("unitInHeader");
  const commune = plan.commune;
  const blockLines: readonly [string, string] = commune
    ? [`UBND ${commune.toLocaleUpperCase("vi")}`, ""]
    : (DEPARTMENT_BLOCK[plan.unitId] ?? ["UBND TỈNH THANH HÓA", plan.unit.toLocaleUpperCase("vi")]);
  const place = commune ? commune.replace(/^(xã|phường) /u, "") : "Thanh Hóa";
  const sheetName =
    periodWhere === "sheet" ? pick(next, [`T${titleMonth}-2026`, `Tháng ${titleMonth}.2026`, `T${titleMonth}.2026`, `BC T${titleMonth}-2026`]) : pick(next, ["Báo cáo", "Sheet1", "DVC"]);

  const wb = new ExcelJS.Workbook();
  wb.created = wb.modified = FIXED_DATE;
  const ws = wb.addWorksheet(sheetName);
  const width = layout.cols.length;
  let r = 1;
  if (block) {
    const right = Math.max(5, width - 4);
    ws.getCell(1, 1).value = blockLines[0];
    if (blockLines[1]) ws.getCell(2, 1).value = blockLines[1];
    ws.getCell(3, 1).value = `Số: ${10 + Math.floor(next() * 400)}/BC-${commune ? "UBND" : "ĐV"}`;
    ws.getCell(1, right).value = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    ws.getCell(2, right).value = "Độc lập - Tự do - Hạnh phúc";
    // Signed early in the month after the period; a title naming the wrong month is signed in the right one.
    const signMonth = plant === "PERIOD_MISMATCH" ? PERIOD.month : PERIOD.month + 1;
    ws.getCell(3, right).value = `${place}, ngày 0${1 + Math.floor(next() * 8)} tháng ${signMonth} năm 2026`;
    r = 5;
  } else {
    ws.getCell(1, 1).value = plan.unit.toLocaleUpperCase("vi");
    r = 2;
  }
  const periodText = `tháng ${titleMonth}/2026`;
  ws.getCell(r, 1).value = periodWhere === "title" ? `BÁO CÁO KẾT QUẢ THỰC HIỆN ĐỀ ÁN 06 ${periodText.toUpperCase()}` : "BÁO CÁO KẾT QUẢ THỰC HIỆN ĐỀ ÁN 06";
  ws.mergeCells(r, 1, r, width);
  r++;
  if (drifts.has("unitWithPeriod")) {
    const full = commune ? plan.unit : /tỉnh$/u.test(plan.unit) ? `${plan.unit} Thanh Hóa` : `${plan.unit} tỉnh Thanh Hóa`;
    ws.getCell(r, 1).value = `Đơn vị báo cáo: ${full}${periodWhere === "title" ? ` - ${periodText}` : ""}`;
    r++;
  }
  r++;
  for (const rows of tables) {
    const cats = new Set(rows.filter((x) => x.service).map((x) => x.service!.catalogue));
    if (cats.size === 1) {
      const cat = catalogueById([...cats][0]);
      for (const line of cat.title) {
        ws.getCell(r, 1).value = line;
        ws.mergeCells(r, 1, r, width);
        r++;
      }
    }
    const body = header(ws, r, layout);
    r = writeRows(ws, body, rows, layout) + 2;
  }
  ws.getCell(r, 2).value = "Người lập biểu";
  ws.getCell(r, Math.max(5, width - 3)).value = "Thủ trưởng đơn vị";
  ws.columns.forEach((c, i) => (c.width = i === 1 ? 50 : 14));
  if (layout.cols.includes("check") && layout.hiddenCheck) ws.getColumn(layout.cols.indexOf("check") + 1).hidden = true;

  const slug = slugOf(plan.unit);
  const tag = `T${titleMonth}_2026`;
  const name =
    periodWhere === "file"
      ? drifts.has("unitInHeader")
        ? `BC_DA06_${tag}_${Math.floor(next() * 900) + 100}.xlsx`
        : pick(next, [`BC_DA06_${tag}_${slug}.xlsx`, `${slug} thang ${titleMonth}-2026.xlsx`, `${slug} T${titleMonth}.2026.xlsx`])
      : drifts.has("unitInHeader")
        ? `bao-cao-de-an-06-${Math.floor(next() * 900) + 100}.xlsx`
        : `${slug}.xlsx`;
  const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const rows = tables.flat();
  return { name, bytes, rows, plantedService, plant: effective };
}

function slugOf(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/đ/gi, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function add(a: Figures | undefined, b: Figures): Figures {
  const plus = (x: number | null | undefined, y: number | null) => (x === null || x === undefined ? y : y === null ? x : x + y);
  return { total: plus(a?.total, b.total), online: plus(a?.online, b.online), onTime: plus(a?.onTime, b.onTime), overdue: plus(a?.overdue, b.overdue) };
}

/** Write the corpus: every file, and what a correct reader finds in it. */
export async function buildCorpus(options: CorpusOptions): Promise<Corpus> {
  const next = rng(options.seed);
  const units = plans(options.communes ?? 60, next);
  const files: CorpusFile[] = [];
  const sums = new Map<string, Figures>();
  const touched = new Set<string>();
  const planted: PlantedFinding[] = [];
  const names = new Set<string>();
  const byFile = new Map<string, { sums: Map<string, Figures>; touched: Set<string> }>();
  for (const [i, plan] of units.entries()) {
    // Every drift is used by some file: file i always takes drift i mod n, and others at random.
    const ownDrift = options.drifts.length > 0 ? options.drifts[i % options.drifts.length] : null;
    const drifts = new Set(options.drifts.filter((d) => d === ownDrift || next() < 0.35));
    // Two places for the period at once would hide which one was read.
    if (drifts.has("periodInFile")) drifts.delete("periodInSheet");
    const written = await writeUnit(plan, drifts, next() < (options.dirtyShare ?? 0.2) ? pick(next, PLANTS) : null, next);
    const plant = written.plant;
    let name = written.name;
    while (names.has(name)) name = name.replace(/\.xlsx$/, "-2.xlsx");
    names.add(name);
    files.push({ name, bytes: written.bytes, unit: plan.unit, drifts: [...drifts], plant });
    const own = { sums: new Map<string, Figures>(), touched: new Set<string>() };
    byFile.set(name, own);
    for (const row of written.rows) {
      if (!row.service || !row.figures) continue;
      // A parent reported only through its sub-items is their sum.
      for (const id of row.service.parent ? [row.service.id, row.service.parent] : [row.service.id]) {
        sums.set(id, add(sums.get(id), row.figures));
        own.sums.set(id, add(own.sums.get(id), row.figures));
      }
    }
    if (plant) {
      planted.push({ file: name, code: plant, ...(written.plantedService ? { service: written.plantedService } : {}) });
      // A missing row leaves the sum right; a wrong value keeps its service out of the comparison.
      if (written.plantedService && plant !== "SERVICE_MISSING") {
        const parent = serviceById(written.plantedService)?.parent;
        for (const id of parent ? [written.plantedService, parent] : [written.plantedService]) {
          touched.add(id);
          own.touched.add(id);
        }
      }
    }
  }
  return { period: PERIOD, files, sums, touched, planted, byFile };
}
