import ExcelJS from "exceljs";

/**
 * Builds unit workbooks the way real units lay them out, for the bundled
 * samples, the benchmark and the tests. Values are written as given: a string
 * "229.046" stays text, a number stays a number, so fixtures can carry the
 * real ways units write numbers.
 */

export type Raw = string | number | null | { formula: string; result?: number | string } | { error: string };

export interface RowSpec {
  readonly no?: string;
  readonly name: string;
  readonly connection?: Raw;
  readonly total?: Raw;
  readonly online?: Raw;
  /** Omit to write a live formula (two-row layouts) or nothing (layouts without ratio). */
  readonly ratio?: Raw;
  readonly onTime?: Raw;
  readonly overdue?: Raw;
  readonly difficulties?: string;
  /** A caption row instead of a service ("I", "NHÓM …" or "Sở Y tế"). */
  readonly caption?: boolean;
}

/**
 * - official: 9/2024 appendix, two-row merged header with line breaks, title above.
 * - single: one header row, "Ghi chú" column added, no ratio column.
 * - reordered: columns in another order (Trực tuyến before Tổng), table starts lower.
 * - agency: 9/2023 layout, agency caption rows merged across the table.
 */
export type LayoutKind = "official" | "single" | "reordered" | "agency";

export interface TableSpec {
  readonly title?: readonly string[];
  readonly rows: readonly RowSpec[];
}

export interface UnitWorkbookSpec {
  readonly unit: string;
  /** Caption text for the period, e.g. "tháng 9/2024". */
  readonly periodText: string;
  readonly layout: LayoutKind;
  readonly tables: readonly TableSpec[];
  readonly sheetName?: string;
}

type Col = "stt" | "service" | "connection" | "total" | "online" | "ratio" | "onTime" | "overdue" | "difficulties" | "note";

const ORDERS: Record<LayoutKind, readonly Col[]> = {
  official: ["stt", "service", "connection", "total", "online", "ratio", "onTime", "overdue", "difficulties"],
  agency: ["stt", "service", "connection", "total", "online", "ratio", "onTime", "overdue", "difficulties"],
  single: ["stt", "service", "connection", "total", "online", "onTime", "overdue", "difficulties", "note"],
  reordered: ["stt", "service", "online", "total", "ratio", "connection", "onTime", "overdue", "difficulties"],
};

const SINGLE_HEADERS: Record<Col, string> = {
  stt: "TT",
  service: "Tên dịch vụ công",
  connection: "Kết nối Cổng DVC quốc gia",
  total: "Tổng số hồ sơ",
  online: "Hồ sơ trực tuyến",
  ratio: "Tỷ lệ (%)",
  onTime: "Giải quyết đúng hạn",
  overdue: "Quá hạn",
  difficulties: "Khó khăn, vướng mắc",
  note: "Ghi chú",
};

export function toCell(v: Raw | undefined): ExcelJS.CellValue {
  if (v === undefined || v === null) return null;
  if (typeof v === "object" && "formula" in v) return { formula: v.formula, result: v.result } as ExcelJS.CellFormulaValue;
  if (typeof v === "object" && "error" in v) return { error: v.error } as ExcelJS.CellErrorValue;
  return v;
}

function writeTable(ws: ExcelJS.Worksheet, start: number, spec: UnitWorkbookSpec, table: TableSpec): number {
  const order = ORDERS[spec.layout];
  const col = (c: Col) => order.indexOf(c) + 1;
  let r = start;
  for (const line of table.title ?? []) {
    ws.getCell(r, 1).value = line;
    ws.mergeCells(r, 1, r, order.length);
    ws.getCell(r, 1).font = { bold: true };
    r++;
  }
  if (spec.layout === "official" || spec.layout === "agency") {
    const top = r;
    const set = (c: Col, text: string, row = top) => (ws.getCell(row, col(c)).value = text);
    set("stt", "STT");
    set("service", "Dịch vụ công trực tuyến");
    set("connection", "Kết nối với \nCổng DVC \nquốc gia \n(đã kết nối, \nchưa kết nối)");
    set("total", "Tổng số hồ sơ \n(bao gồm cả trực tiếp và \ntrực tuyến)");
    set("onTime", "Tình hình \nxử lý hồ sơ \ntrực tuyến");
    set("difficulties", "Khó khăn, vướng mắc");
    set("total", "Tổng \nhồ sơ", top + 1);
    set("online", "Trực \ntuyến", top + 1);
    set("ratio", "Tỷ lệ", top + 1);
    set("onTime", "Đúng \nhạn", top + 1);
    set("overdue", "Quá \nhạn", top + 1);
    for (const c of ["stt", "service", "connection", "difficulties"] as const) ws.mergeCells(top, col(c), top + 1, col(c));
    ws.mergeCells(top, col("total"), top, col("ratio"));
    ws.mergeCells(top, col("onTime"), top, col("overdue"));
    r += 2;
  } else {
    order.forEach((c, i) => (ws.getCell(r, i + 1).value = SINGLE_HEADERS[c]));
    r++;
  }
  for (const row of table.rows) {
    if (row.caption) {
      if (spec.layout === "agency") {
        ws.getCell(r, 1).value = row.name;
        ws.mergeCells(r, 1, r, order.length);
      } else {
        ws.getCell(r, col("stt")).value = row.no ?? "";
        ws.getCell(r, col("service")).value = row.name;
      }
      r++;
      continue;
    }
    const put = (c: Col, v: Raw | undefined) => {
      if (order.includes(c)) ws.getCell(r, col(c)).value = toCell(v);
    };
    put("stt", row.no ?? null);
    put("service", row.name);
    put("connection", row.connection ?? null);
    put("total", row.total ?? null);
    put("online", row.online ?? null);
    if (row.ratio !== undefined) put("ratio", row.ratio);
    else if (order.includes("ratio") && typeof row.total === "number" && typeof row.online === "number") {
      const t = ws.getCell(r, col("total")).address;
      const o = ws.getCell(r, col("online")).address;
      ws.getCell(r, col("ratio")).value = { formula: `IF(${t}>0,${o}/${t},"")`, result: row.total > 0 ? row.online / row.total : "" } as ExcelJS.CellFormulaValue;
      ws.getCell(r, col("ratio")).numFmt = "0.00%";
    }
    put("onTime", row.onTime ?? null);
    put("overdue", row.overdue ?? null);
    put("difficulties", row.difficulties ?? null);
    r++;
  }
  return r;
}

/** Fixed document dates: a regenerated sample differs only where its content does (and in zip entry times). */
export const FIXED_DATE = new Date(Date.UTC(2026, 9, 5));

/**
 * Plausible, deterministic rows for generated units (benches and speed tests): every service of
 * `services`, 80 % online, all on time, figures varying with `seed` and the service number.
 */
export function generatedRows(seed: number, services: readonly { readonly no: string; readonly name: string }[]): RowSpec[] {
  return services.map((s) => {
    const total = 100 + ((seed * 7919 + Number(s.no.replace(".", "")) * 104729) % 5000);
    const online = Math.floor(total * 0.8);
    return {
      no: s.no,
      name: s.name,
      connection: "Đã kết nối",
      total: total.toLocaleString("vi-VN"),
      online: online.toLocaleString("vi-VN"),
      ratio: `${((online / total) * 100).toFixed(2).replace(".", ",")}%`,
      onTime: String(online),
      overdue: "0",
    };
  });
}

export async function unitWorkbook(spec: UnitWorkbookSpec): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.created = wb.modified = FIXED_DATE;
  const ws = wb.addWorksheet(spec.sheetName ?? "Báo cáo");
  ws.getCell(1, 1).value = spec.unit.toUpperCase();
  ws.getCell(2, 1).value = `BÁO CÁO KẾT QUẢ THỰC HIỆN ĐỀ ÁN 06 ${spec.periodText.toUpperCase()}`;
  let r = spec.layout === "reordered" ? 6 : 4;
  for (const table of spec.tables) r = writeTable(ws, r, spec, table) + 2;
  ws.getCell(r, 2).value = "Người lập biểu";
  ws.getCell(r, 8).value = "Thủ trưởng đơn vị";
  ws.columns.forEach((c, i) => (c.width = i === 1 ? 50 : 14));
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
