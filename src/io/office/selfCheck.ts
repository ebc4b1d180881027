/**
 * "Kiểm tra tương thích": the Excel behaviours the add-in (and the strict double its tests run
 * against) relies on, tried in the clerk's own Excel on a scratch sheet that is removed
 * afterwards. The first run in a real Excel confirms or refutes what the double assumes; the
 * result can be copied and sent to whoever supports the province.
 *
 * Probes are data: each names what it checks, the ExcelApi version it needs, and a run that
 * returns null when Excel behaves as expected, or what it saw instead.
 */
import { parseAreas } from "./readSheets";
import { quotedSheet } from "./addresses";
import { officeErrorCode, runExcel } from "./errors";

/** Sheet the probes write on: a space and a comma, so Excel must quote it in addresses. */
export const SCRATCH_SHEET = "BaoCao06 thử, xóa được";

export type ProbeOutcome = "pass" | "fail" | "skipped";

export interface ProbeResult {
  readonly id: string;
  readonly label: string;
  readonly outcome: ProbeOutcome;
  /** What Excel did, in Vietnamese: the evidence behind a failure, or what a pass means. */
  readonly detail: string;
}

export interface SelfCheckReport {
  /** Newest ExcelApi requirement set the host reports (1.7 = Excel 2019). */
  readonly excelApi: string;
  readonly results: readonly ProbeResult[];
  /** The scratch sheet is gone again (false: the clerk may delete it by hand). */
  readonly cleaned: boolean;
}

/** Opens the ribbon's result dialog in its self-test mode; resolves with the message it sent back, or null. */
export type DialogProbe = () => Promise<string | null>;

/** A probe's answer: null when Excel behaves as expected, what it saw otherwise, or the API set it lacks. */
type Seen = string | null | { readonly needs: string };

interface Probe {
  readonly id: string;
  readonly label: string;
  /** Pass text: what it means for the clerk that Excel behaves so. */
  readonly meaning: string;
  /** Each probe asks for the API set it needs itself, where it uses it (the source walk checks that). */
  readonly run: (context: Excel.RequestContext, sheet: Excel.Worksheet, supports: (version: string) => boolean) => Promise<Seen>;
}

/** Writes `write` into a fresh cell and reads back what Excel made of it. */
async function roundTrip(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  address: string,
  write: (range: Excel.Range) => void,
): Promise<{ value: unknown; type: string; formula: unknown }> {
  const range = sheet.getRange(address);
  write(range);
  range.load("values,valueTypes,formulas");
  await context.sync();
  return { value: range.values[0][0], type: String(range.valueTypes[0][0]), formula: range.formulas[0][0] };
}

const show = (v: unknown) => (typeof v === "string" ? `"${v}"` : String(v));

/** null when Excel refuses `name` as a sheet name (InvalidArgument), what happened otherwise. */
async function nameRefused(context: Excel.RequestContext, name: string): Promise<string | null> {
  const shown = name.length > 10 ? `${name.length} ký tự` : name;
  try {
    context.workbook.worksheets.add(name);
    await context.sync();
  } catch (e) {
    return officeErrorCode(e) === "InvalidArgument" ? null : `tên "${shown}": lỗi ${officeErrorCode(e) ?? String(e)}`;
  }
  context.workbook.worksheets.getItem(name).delete();
  await context.sync();
  return `Excel nhận tên "${shown}"`;
}

const PROBES: readonly Probe[] = [
  {
    id: "number-text",
    label: "Chữ số ghi vào ô General được Excel đổi thành số",
    meaning: "vì vậy BaoCao06 đặt định dạng văn bản (@) trước khi chép chữ của đơn vị",
    run: async (context, sheet) => {
      const r = await roundTrip(context, sheet, "A1", (range) => (range.values = [["9.857"]]));
      return r.type === "Double" ? null : `"9.857" vẫn là ${r.type} ${show(r.value)}`;
    },
  },
  {
    id: "text-format-first",
    label: "Định dạng @ đặt trước giữ nguyên chữ (values và formulas)",
    meaning: 'chữ số của đơn vị ("9.857", "67%") được giữ đúng như trong tệp',
    run: async (context, sheet) => {
      const a = await roundTrip(context, sheet, "A2", (range) => {
        range.numberFormat = [["@"]];
        range.values = [["9.857"]];
      });
      const b = await roundTrip(context, sheet, "B2", (range) => {
        range.numberFormat = [["@"]];
        range.formulas = [["67%"]];
      });
      if (a.type !== "String" || a.value !== "9.857") return `values: "9.857" thành ${a.type} ${show(a.value)}`;
      if (b.type !== "String" || b.value !== "67%") return `formulas: "67%" thành ${b.type} ${show(b.value)}`;
      return null;
    },
  },
  {
    id: "text-format-after",
    label: "Định dạng @ đặt sau không đổi lại số đã ghi",
    meaning: "thứ tự ghi (định dạng trước, giá trị sau) là cần thiết",
    run: async (context, sheet) => {
      const r = await roundTrip(context, sheet, "A3", (range) => {
        range.values = [["0123"]];
        range.numberFormat = [["@"]];
      });
      return r.type === "Double" ? null : `"0123" vẫn là ${r.type} ${show(r.value)}`;
    },
  },
  {
    id: "quote-prefix",
    label: "Dấu nháy ' ở đầu giữ công thức thành chữ",
    meaning: 'ô bắt đầu bằng "=" của đơn vị không thành công thức',
    run: async (context, sheet) => {
      const r = await roundTrip(context, sheet, "A4", (range) => (range.values = [["'=1+1"]]));
      return r.type === "String" && r.value === "=1+1" ? null : `"'=1+1" thành ${r.type} ${show(r.value)}`;
    },
  },
  {
    id: "dash-text",
    label: 'Chữ bắt đầu bằng "- " ghi vào ô General không được giữ là chữ',
    meaning: 'vì vậy khó khăn "- Đường truyền…" luôn được ghi vào ô định dạng văn bản',
    run: async (context, sheet) => {
      try {
        const r = await roundTrip(context, sheet, "A5", (range) => (range.values = [["- Đường truyền chập chờn"]]));
        return r.type === "String" && r.value === "- Đường truyền chập chờn" ? "Excel giữ nguyên là chữ" : null;
      } catch (e) {
        // Excel refuses it as a broken formula: that is the behaviour the add-in guards against.
        return officeErrorCode(e) === "InvalidArgument" ? null : `lỗi ${officeErrorCode(e) ?? String(e)}`;
      }
    },
  },
  {
    id: "sheet-names",
    label: "Quy tắc tên trang tính (ký tự cấm, 31 ký tự, không phân biệt hoa thường)",
    meaning: "tên trang của đơn vị được làm sạch trước khi tạo",
    run: async (context) => {
      const refused = (await nameRefused(context, "a/b")) ?? (await nameRefused(context, "x".repeat(32)));
      if (refused) return refused;
      const other = context.workbook.worksheets.getItemOrNullObject(SCRATCH_SHEET.toLocaleUpperCase("vi"));
      other.load("name");
      await context.sync();
      return other.isNullObject ? "tìm tên viết hoa không thấy trang" : null;
    },
  },
  {
    id: "comments",
    label: "Ghi chú (comment) gắn vào ô, tìm theo ô",
    meaning: "ô có lỗi được ghi chú lý do",
    run: async (context, _sheet, supports) => {
      if (!supports("1.10")) return { needs: "1.10" };
      const at = `${quotedSheet(SCRATCH_SHEET)}!B6`;
      context.workbook.comments.add(at, "BaoCao06");
      const found = context.workbook.comments.getItemByCell(at);
      found.load("content");
      await context.sync();
      if (found.content !== "BaoCao06") return `nội dung đọc lại ${show(found.content)}`;
      found.delete();
      await context.sync();
      try {
        const none = context.workbook.comments.getItemByCell(`${quotedSheet(SCRATCH_SHEET)}!C6`);
        none.load("content");
        await context.sync();
        return "ô không có ghi chú vẫn trả về một ghi chú";
      } catch (e) {
        return officeErrorCode(e) === "ItemNotFound" ? null : `ô không có ghi chú: lỗi ${officeErrorCode(e) ?? String(e)}`;
      }
    },
  },
  {
    id: "merged-quoting",
    label: "Địa chỉ vùng gộp ô có tên trang trong dấu nháy",
    meaning: "ô gộp của bảng đơn vị được đọc đúng vị trí",
    run: async (context, sheet, supports) => {
      if (!supports("1.13")) return { needs: "1.13" };
      sheet.getRange("B8:C9").merge(false);
      const merged = sheet.getRange().getMergedAreasOrNullObject();
      merged.load("address");
      await context.sync();
      if (merged.isNullObject) return "không thấy vùng gộp nào";
      const areas = parseAreas(merged.address);
      const ok = merged.address.startsWith("'") && areas.length === 1 && areas[0].top === 7 && areas[0].left === 1 && areas[0].bottom === 8;
      return ok ? null : `địa chỉ ${show(merged.address)}`;
    },
  },
];

/** The newest ExcelApi version the host answers for, from 1.1 up. */
export function newestExcelApi(isSupported: (version: string) => boolean): string {
  let newest = "1.1";
  for (let minor = 2; minor <= 40 && isSupported(`1.${minor}`); minor++) newest = `1.${minor}`;
  return newest;
}

/** Runs `work` on a fresh scratch sheet (a leftover one is replaced) and removes it afterwards. */
async function withScratch<T>(work: () => Promise<T>): Promise<{ value: T; cleaned: boolean }> {
  const removeIn = async (context: Excel.RequestContext) => {
    const old = context.workbook.worksheets.getItemOrNullObject(SCRATCH_SHEET);
    old.load("name");
    await context.sync();
    if (!old.isNullObject) old.delete();
  };
  await runExcel(async (context) => {
    await removeIn(context);
    context.workbook.worksheets.add(SCRATCH_SHEET);
    await context.sync();
  });
  const remove = () =>
    runExcel(async (context) => {
      await removeIn(context);
      await context.sync();
      return true;
    }).catch(() => false);
  try {
    const value = await work();
    return { value, cleaned: await remove() };
  } catch (e) {
    await remove();
    throw e;
  }
}

/**
 * Runs every probe, each in its own request so one refusal does not hide the others, then the
 * dialog probe (when given): the ribbon's result dialog must start Office and answer.
 */
export async function runSelfCheck(dialog?: DialogProbe): Promise<SelfCheckReport> {
  const supports = (v: string) => Office.context.requirements.isSetSupported("ExcelApi", v);
  const excelApi = newestExcelApi(supports);
  const { value: results, cleaned } = await withScratch(async () => {
    const out: ProbeResult[] = [];
    for (const probe of PROBES) {
      try {
        // Probes run one after the other on purpose: each is its own request, so a refusal is its own.
        const seen = await runExcel((context) => probe.run(context, context.workbook.worksheets.getItem(SCRATCH_SHEET), supports));
        if (seen !== null && typeof seen === "object")
          out.push({
            id: probe.id,
            label: probe.label,
            outcome: "skipped",
            detail: `cần ExcelApi ${seen.needs}; Excel này có ${excelApi}`,
          });
        else out.push({ id: probe.id, label: probe.label, outcome: seen === null ? "pass" : "fail", detail: seen ?? probe.meaning });
      } catch (e) {
        out.push({
          id: probe.id,
          label: probe.label,
          outcome: "fail",
          detail: `lỗi Excel ${officeErrorCode(e) ?? (e instanceof Error ? e.message : String(e))}`,
        });
      }
    }
    return out;
  });
  if (dialog) {
    const label = "Hộp thoại kết quả của nút trên thanh Ribbon mở và trả lời";
    const reply = await dialog().catch(() => null);
    results.push(
      reply === "selftest-ok"
        ? { id: "dialog", label, outcome: "pass", detail: "hộp thoại của nút Kiểm tra trang tính / Tạo bảng báo cáo hiển thị được" }
        : {
            id: "dialog",
            label,
            outcome: "fail",
            detail: reply === null ? "hộp thoại không mở hoặc không trả lời trong 15 giây" : `trả lời ${show(reply)}`,
          },
    );
  }
  return { excelApi, results, cleaned };
}

/** The report as plain text, to paste into a message to whoever supports the province. */
export function selfCheckText(report: SelfCheckReport, host: string): string {
  const mark: Record<ProbeOutcome, string> = { pass: "ĐẠT", fail: "KHÔNG ĐẠT", skipped: "BỎ QUA" };
  return [
    `BaoCao06 — Kiểm tra tương thích`,
    `${host}; ExcelApi ${report.excelApi}`,
    ...report.results.map((r) => `[${mark[r.outcome]}] ${r.label}: ${r.detail}`),
    report.cleaned ? "" : `Trang tạm "${SCRATCH_SHEET}" chưa xóa được; có thể xóa bằng tay.`,
  ]
    .filter(Boolean)
    .join("\n");
}

/** Time the dialog page gets to start office.js and answer. */
const DIALOG_WAIT_MS = 15_000;

/**
 * The dialog probe through Office: opens `url` (dialog.html with `selftest=1`, which answers
 * "selftest-ok" once office.js is ready in it) and closes it again.
 */
export function officeDialogProbe(url: string, waitMs = DIALOG_WAIT_MS): DialogProbe {
  return () =>
    new Promise<string | null>((resolve) => {
      let dialog: Office.Dialog | null = null;
      const finish = (reply: string | null) => {
        clearTimeout(timer);
        dialog?.close();
        dialog = null;
        resolve(reply);
      };
      const timer = setTimeout(() => finish(null), waitMs);
      Office.context.ui.displayDialogAsync(url, { height: 30, width: 30, displayInIframe: true }, (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) return finish(null);
        dialog = result.value;
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => finish("message" in arg ? arg.message : null));
        dialog.addEventHandler(Office.EventType.DialogEventReceived, () => finish(null));
      });
    });
}
