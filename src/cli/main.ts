import {
  type FormTemplateId,
  FORM_TEMPLATES,
  buildForm,
  type PreviousFigures,
  type ReadOptions,
  type ReportSettings,
  compileReport,
  defaultSettings,
  findUnit,
  isIsoDate,
  parsePeriod,
  previousFigures,
  type Acceptance,
  incompleteness,
  parseAcceptance,
  resolveDuplicates,
} from "../core";
import { basename } from "node:path";
import { NonFiniteNumberError, writeForm, writeReport } from "../io/xlsx";
import { type CliArgs, parseCli } from "./args";
import { expandInputs, readSubmissionFile, readSubmissionFiles } from "./files";
import { OutputError, refuseInputAsOutput, refuseSameOutput, writeFileAtomic } from "./outputFile";
import { consolidationJson, mergeSummaryText, submissionJson, summaryText } from "./output";
import { RegistryError, loadRegistry } from "./registry";
import { registryReportSheet } from "../core/units/registrySheet";
import { defaultResendBy, feedbackFiles } from "./feedback";
import { draftReport } from "../core/draft";
import { writeDraft } from "../io/docx";

const USAGE = `Cách dùng:
  baocao06 validate TỆP... [--period YYYY-MM] [--json]
      Kiểm tra báo cáo của các đơn vị. Mã thoát: 0 không có lỗi, 1 có lỗi, 2 có tệp không đọc được.
  baocao06 merge TỆP... --out TỔNG_HỢP.xlsx [--period YYYY-MM] [--province TÊN] [--date YYYY-MM-DD] [--json]
      Tổng hợp các báo cáo thành bảng phụ lục của tỉnh.
      --date: ngày xét tình trạng nhiệm vụ (mặc định ngày 15 của tháng báo cáo).
      --previous TỔNG_HỢP_KỲ_TRƯỚC.xlsx: thêm biến động so với bảng tổng hợp kỳ trước.
      --report-no SỐ --report-date DD/MM/YYYY: số và ngày báo cáo in ở dòng "kèm theo".
      --docx DỰ_THẢO.docx: ghi thêm dự thảo Báo cáo (Word) soạn từ số liệu tổng hợp.
      --accept TỆP!Ô (lặp lại được, hoặc cách nhau bằng dấu phẩy): chấp nhận giá trị bị đánh lỗi ở ô đó,
        vẫn cộng vào tổng hợp và ghi lại ở trang "Nguồn số liệu"; --accept TỆP: chấp nhận lỗi cả tệp (khác kỳ).
      --pick TỆP (lặp lại được): khi một đơn vị gửi hai báo cáo cùng kỳ, tổng hợp tệp này thay cho tệp mới hơn;
        lựa chọn được ghi ở trang "Nguồn số liệu".
      Mã thoát: 0 đầy đủ, 1 chưa đầy đủ (giá trị lỗi bị loại khỏi tổng hợp, hoặc có tệp không đọc được).
  baocao06 feedback TỆP... --out THƯ_MỤC [--period YYYY-MM] [--resend-by YYYY-MM-DD] [--json]
      Gửi lại đơn vị: với mỗi tệp có lỗi hoặc cảnh báo, ghi bản sao có tô màu và ghi chú từng ô
      (trang đầu "Kết quả kiểm tra") và nội dung văn bản đề nghị đơn vị sửa, gửi lại (tệp .txt).
  baocao06 units --out DON_VI.xlsx
      Ghi danh sách đơn vị mặc định ra tệp Excel để sửa; dùng lại bằng --units DON_VI.xlsx.
Tuỳ chọn chung: --units DON_VI.xlsx|DON_VI.json (danh sách đơn vị thay cho mặc định)
  baocao06 form --unit TÊN --template dvc25|dvc422|tasks --period YYYY-MM --out TỆP.xlsx
      Tạo biểu mẫu cho đơn vị: điền sẵn tên, kỳ và các dịch vụ của đơn vị;
      tasks: các nhiệm vụ của đơn vị trong Phụ lục II, III của Kế hoạch 2026.
TỆP có thể là thư mục: mọi tệp .xlsx trong đó đều được đọc.`;

class UsageError extends Error {}

/** Options of particular commands. */
const EXTRA_OPTIONS = {
  date: { type: "string" },
  previous: { type: "string" },
  unit: { type: "string" },
  template: { type: "string" },
  "report-no": { type: "string" },
  "report-date": { type: "string" },
  accept: { type: "string", multiple: true },
  pick: { type: "string", multiple: true },
  "resend-by": { type: "string" },
  docx: { type: "string" },
} as const;

async function readOptions(args: CliArgs): Promise<ReadOptions> {
  const period = args.period ? parsePeriod(args.period) : null;
  if (args.period && !period) throw new UsageError(`Kỳ báo cáo "${args.period}" không đúng dạng YYYY-MM.`);
  return { period, registry: await loadRegistry(args.units) };
}

async function validate(args: CliArgs): Promise<number> {
  const files = await expandInputs(args.files);
  if (files.length === 0) throw new UsageError("Chưa chỉ ra tệp nào để kiểm tra.");
  // The same file twice and a unit's second report are said in validate too, before the merge.
  const submissions = resolveDuplicates(await readSubmissionFiles(files, await readOptions(args))).all;
  if (args.json) process.stdout.write(`${JSON.stringify({ files: submissions.map((s) => submissionJson(s)) })}\n`);
  else process.stdout.write(`${summaryText(submissions)}\n`);
  if (submissions.some((s) => !s.readable)) return 2;
  return submissions.some((s) => s.findings.some((f) => f.severity === "error")) ? 1 : 0;
}

async function merge(args: CliArgs): Promise<number> {
  if (!args.out) throw new UsageError("Cần --out TỆP.xlsx để ghi bảng tổng hợp.");
  const files = await expandInputs(args.files);
  if (files.length === 0) throw new UsageError("Chưa chỉ ra tệp nào để tổng hợp.");
  const previous = args.extra.previous;
  const inputs = [...files, ...(typeof previous === "string" ? [previous] : []), ...(args.units ? [args.units] : [])];
  await refuseInputAsOutput(args.out, inputs);
  const docx = args.extra.docx;
  if (docx !== undefined) {
    if (typeof docx !== "string" || !docx.trim()) throw new UsageError("Cần --docx TỆP.docx để ghi dự thảo báo cáo.");
    // Neither an input nor the consolidated workbook written beside it.
    await refuseInputAsOutput(docx, inputs, "--docx");
    await refuseSameOutput({ option: "--out", path: args.out }, { option: "--docx", path: docx });
  }
  const options = await readOptions(args);
  const submissions = await readSubmissionFiles(files, options);
  const date = args.extra.date;
  if (date !== undefined && (typeof date !== "string" || !isIsoDate(date))) {
    throw new UsageError(`Ngày báo cáo "${String(date)}" không đúng dạng YYYY-MM-DD.`);
  }
  let previousFigs: PreviousFigures | null = null;
  if (typeof previous === "string") {
    const prev = await readSubmissionFile(previous, { registry: options.registry });
    if (!prev.readable) throw new UsageError(`Không đọc được bảng tổng hợp kỳ trước ${previous}: ${prev.error ?? ""}`);
    if (prev.tables.length === 0) throw new UsageError(`Tệp ${previous} không có bảng dịch vụ công nào để so sánh với kỳ trước.`);
    previousFigs = previousFigures(prev);
  }
  const accepted: Acceptance[] = [];
  const acceptArg = args.extra.accept;
  for (const item of (Array.isArray(acceptArg) ? acceptArg : []).flatMap((a) => a.split(","))) {
    if (!item.trim()) continue;
    const a = parseAcceptance(item);
    if (!a) throw new UsageError(`--accept "${item}" không đúng dạng TỆP!Ô, TỆP!TRANG!Ô hoặc TỆP.`);
    accepted.push(a);
  }
  const pickArg = args.extra.pick;
  const picks = (Array.isArray(pickArg) ? pickArg : []).map((p) => basename(p.trim())).filter(Boolean);
  for (const p of picks) {
    if (!submissions.some((s) => s.file === p)) throw new UsageError(`--pick "${p}" không phải một trong các tệp đang tổng hợp.`);
  }
  const reportNo = args.extra["report-no"];
  const reportDate = args.extra["report-date"];
  const settings: ReportSettings = {
    ...defaultSettings,
    period: options.period ?? null,
    ...(args.province ? { province: args.province } : {}),
    ...(typeof reportNo === "string" ? { reportNo } : {}),
    ...(typeof reportDate === "string" ? { reportDate } : {}),
  };
  const compiled = compileReport(submissions, settings, {
    ...(date ? { reportDate: date } : {}),
    previous: previousFigs,
    accepted,
    picks,
    registry: options.registry ?? null,
  });
  const { consolidation, report, changes } = compiled;
  await writeFileAtomic(args.out, await writeReport(report));
  if (typeof docx === "string") {
    const draft = draftReport(compiled, { ...settings, period: consolidation.period }, { registry: options.registry ?? null });
    await writeFileAtomic(docx, await writeDraft(draft));
  }
  if (args.json) {
    const doc = consolidationJson(consolidation, args.out, changes);
    process.stdout.write(`${JSON.stringify(typeof docx === "string" ? { ...doc, docx } : doc)}\n`);
  } else {
    process.stdout.write(`${mergeSummaryText(consolidation, args.out)}\n`);
    if (typeof docx === "string") process.stdout.write(`Đã ghi dự thảo báo cáo: ${docx}\n`);
  }
  // The workbook is written either way; the exit code tells a script whether it can be sent.
  const unreadable = consolidation.received.some((s) => !s.readable);
  return unreadable || incompleteness(consolidation).services.length > 0 ? 1 : 0;
}

async function form(args: CliArgs): Promise<number> {
  const unit = typeof args.extra.unit === "string" ? args.extra.unit.trim() : "";
  const template = args.extra.template;
  if (!unit) throw new UsageError("Cần --unit TÊN_ĐƠN_VỊ.");
  if (typeof template !== "string" || !(FORM_TEMPLATES as readonly string[]).includes(template)) {
    throw new UsageError(`Cần --template là một trong: ${FORM_TEMPLATES.join(", ")}.`);
  }
  const period = args.period ? parsePeriod(args.period) : null;
  if (!period) throw new UsageError("Cần --period YYYY-MM cho biểu mẫu.");
  if (!args.out) throw new UsageError("Cần --out TỆP.xlsx để ghi biểu mẫu.");
  if (args.units) await refuseInputAsOutput(args.out, [args.units]);
  const registry = await loadRegistry(args.units);
  const layout = buildForm(unit, template as FormTemplateId, period, registry);
  const known = findUnit(registry, unit) !== null;
  if (template === "tasks" && known && layout.rowCount === 0) {
    throw new UsageError(`Đơn vị "${unit}" không có nhiệm vụ nào trong Phụ lục II, Phụ lục III của Kế hoạch 2026.`);
  }
  if (template === "tasks" && !known) {
    process.stderr.write(
      `Không tìm thấy "${unit}" trong danh sách đơn vị: biểu mẫu gồm toàn bộ ${layout.rowCount} nhiệm vụ của kế hoạch.\n`,
    );
  }
  await writeFileAtomic(args.out, await writeForm(layout));
  const what = template === "tasks" ? "nhiệm vụ" : "dòng dịch vụ";
  process.stdout.write(`Đã ghi biểu mẫu ${layout.template} kỳ ${args.period} cho ${unit} (${layout.rowCount} ${what}): ${args.out}\n`);
  return 0;
}

/** Write the unit registry (default, or --units) as a workbook the clerk edits and passes back with --units. */
async function units(args: CliArgs): Promise<number> {
  if (!args.out) throw new UsageError("Cần --out TỆP.xlsx để ghi danh sách đơn vị.");
  if (args.units) await refuseInputAsOutput(args.out, [args.units]);
  const registry = await loadRegistry(args.units);
  await writeFileAtomic(args.out, await writeReport({ sheets: [registryReportSheet(registry)] }));
  process.stdout.write(`Đã ghi danh sách ${registry.units.length} đơn vị: ${args.out}\n`);
  return 0;
}

async function feedback(args: CliArgs): Promise<number> {
  if (!args.out) throw new UsageError("Cần --out THƯ_MỤC để ghi các bản gửi lại đơn vị.");
  const files = await expandInputs(args.files);
  if (files.length === 0) throw new UsageError("Chưa chỉ ra tệp nào để kiểm tra.");
  const resendBy = args.extra["resend-by"];
  if (resendBy !== undefined && (typeof resendBy !== "string" || !isIsoDate(resendBy))) {
    throw new UsageError(`Ngày gửi lại "${String(resendBy)}" không đúng dạng YYYY-MM-DD.`);
  }
  const results = await feedbackFiles(files, args.out, {
    ...(await readOptions(args)),
    resendBy: typeof resendBy === "string" ? resendBy : defaultResendBy(),
    sender: `Tổ công tác Đề án 06 tỉnh ${args.province ?? defaultSettings.province}`,
  });
  if (args.json) {
    const files = results.map((r) => ({
      file: r.file,
      unit: r.unit,
      errors: r.errors,
      warnings: r.warnings,
      out: r.out,
      message: r.message,
      messageFile: r.messageFile,
      error: r.error,
    }));
    process.stdout.write(`${JSON.stringify({ files })}\n`);
  } else {
    const lines = [`Đã kiểm tra ${results.length} tệp.`];
    for (const r of results) {
      const state =
        r.message === null
          ? "không có gì cần gửi lại"
          : r.out
            ? `bản ghi chú ${r.out}`
            : (r.error ?? "chỉ gửi nội dung (tệp không đọc được)");
      lines.push(`  ${r.unit} (${r.file}): ${r.errors} lỗi, ${r.warnings} cảnh báo — ${state}`);
    }
    lines.push(`Nội dung văn bản gửi từng đơn vị: các tệp .txt trong ${args.out}`);
    process.stdout.write(`${lines.join("\n")}\n`);
  }
  return results.some((r) => r.error) ? 2 : 0;
}

const commands: Record<string, (args: CliArgs) => Promise<number>> = { validate, merge, form, units, feedback };

/** Entry point; returns the exit code. Messages for people go to stderr in Vietnamese, never a stack trace. */
export async function run(argv: readonly string[]): Promise<number> {
  let args: CliArgs;
  try {
    args = parseCli(argv, EXTRA_OPTIONS);
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n\n${USAGE}\n`);
    return 2;
  }
  const command = args.command ? commands[args.command] : undefined;
  if (args.help || !command) {
    (args.help ? process.stdout : process.stderr).write(`${USAGE}\n`);
    return args.help ? 0 : 2;
  }
  try {
    return await command(args);
  } catch (e) {
    if (e instanceof UsageError || e instanceof RegistryError || e instanceof OutputError || e instanceof NonFiniteNumberError) {
      process.stderr.write(`${e.message}\n`);
    } else process.stderr.write(`Lỗi không mong đợi: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
}
