import {
  type CatalogueId,
  type Change,
  type CompiledReport,
  type MergedTask,
  type ReportSettings,
  type TargetComparison,
  type UnitRegistry,
  type UnitStanding,
  REPORT_CODE,
  SERVICE_SHEET_NAMES,
  catalogues,
  deadlineDayOf,
  deadlineOf,
  foldKey,
  isoDate,
  unitList,
  unitStandings,
  formatDate,
  formatNumber,
  formatPercent,
  formatPoints,
} from "../index";

/**
 * The report's text drafted from the compiled figures (the Báo cáo whose appendices the
 * consolidated workbook holds): a document model that a writer turns into .docx. Every figure is
 * taken from the compiled report and printed with the engine's Vietnamese number formatter; the
 * parts a person must write are headed placeholders, never invented. The same figures always give
 * the same text.
 */

/** Said where a person must write the section. */
export const DRAFT_PLACEHOLDER = "(Phần này do cán bộ soạn thảo)";

export type DraftBlock =
  /** "I. KẾT QUẢ …": bold, upper case as written. */
  | { readonly kind: "heading"; readonly text: string }
  /** "1. Tình hình …": bold. */
  | { readonly kind: "subheading"; readonly text: string }
  | { readonly kind: "paragraph"; readonly text: string }
  /** A "- " item, the Vietnamese bullet. */
  | { readonly kind: "bullet"; readonly text: string }
  /** A section left for the clerk: italic. */
  | { readonly kind: "placeholder"; readonly text: string };

export interface ReportDraft {
  /** Issuing body, top left, one line each: "UBND TỈNH THANH HÓA", "TỔ CÔNG TÁC ĐỀ ÁN 06". */
  readonly issuer: readonly string[];
  /** National motto, top right. */
  readonly motto: readonly [string, string];
  /** "Số:      /BC-UBND" (the number left blank unless set). */
  readonly number: string;
  /** "Thanh Hóa, ngày 05 tháng 11 năm 2026", or with blanks to fill by hand. */
  readonly placeDate: string;
  readonly title: string;
  readonly subtitle: string;
  readonly blocks: readonly DraftBlock[];
  /** Bottom left: "Nơi nhận:" and its lines. */
  readonly recipients: readonly string[];
  /** Bottom right: who signs. */
  readonly signature: readonly string[];
}

export interface DraftOptions {
  /** The unit registry: units in it that sent nothing are named as not reported. */
  readonly registry?: UnitRegistry | null;
}

export const NATIONAL_MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"] as const;

const count = (n: number) => formatNumber(n);
const percent = (r: number) => formatPercent(r, 2);
const points = (fraction: number) => formatPoints(Math.abs(fraction));
const CATALOGUE_REF: Record<CatalogueId, string> = {
  dvc25: "25 dịch vụ công thiết yếu theo Quyết định số 06/QĐ-TTg",
  dvc422: "dịch vụ công theo Quyết định số 422/QĐ-TTg",
};

function placeDate(s: ReportSettings): string {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s.reportDate?.trim() ?? "");
  if (m) return `${s.province}, ngày ${m[1].padStart(2, "0")} tháng ${m[2].padStart(2, "0")} năm ${m[3]}`;
  // Signed in the month after the period, normally; day and month are the clerk's to write.
  const year = s.period ? (s.period.month === 12 ? s.period.year + 1 : s.period.year) : null;
  return `${s.province}, ngày      tháng      năm ${year ?? "      "}`;
}

/** "tăng 1.234" / "giảm 0,5 điểm %" / "không đổi": a change without its "so với tháng 9". */
function movement(c: Change | undefined): string | null {
  return c?.text ? c.text.replace(/ so với .*$/u, "") : null;
}

function catalogueBlocks(compiled: CompiledReport, id: CatalogueId, letter: string): DraftBlock[] {
  const table = compiled.consolidation.tables[id];
  const t = table.total;
  const out: DraftBlock[] = [{ kind: "subheading", text: `${letter}) Kết quả thực hiện ${CATALOGUE_REF[id]}` }];
  const incomplete = compiled.summary.incomplete.services.filter((s) => s.catalogue === id);
  if (t.total === null && t.online === null) {
    out.push({ kind: "paragraph", text: "Chưa có đơn vị nào báo cáo số liệu của các dịch vụ này trong kỳ." });
  } else {
    const parts: string[] = [];
    if (t.total !== null) parts.push(`tổng số hồ sơ tiếp nhận là ${count(t.total)} hồ sơ`);
    if (t.online !== null) parts.push(`trong đó tiếp nhận trực tuyến ${count(t.online)} hồ sơ`);
    let text = `Trong tháng, ${parts.join(", ")}`;
    if (t.onlineRatio !== null) text += `, tỷ lệ hồ sơ trực tuyến đạt ${percent(t.onlineRatio)}`;
    text += ".";
    if (t.onTime !== null || t.overdue !== null) {
      const handled = [
        t.onTime !== null ? `${count(t.onTime)} hồ sơ giải quyết đúng hạn` : null,
        t.overdue !== null ? `${count(t.overdue)} hồ sơ quá hạn` : null,
      ].filter(Boolean);
      text += ` Về tình hình xử lý hồ sơ trực tuyến: ${handled.join(", ")}`;
      text += t.onTimeRatio !== null ? ` (tỷ lệ đúng hạn ${percent(t.onTimeRatio)}).` : ".";
    }
    if (!t.complete) text += " Các số liệu trên chưa đầy đủ (xem dưới đây).";
    text += ` Chi tiết tại trang ${SERVICE_SHEET_NAMES[id]} của bảng tổng hợp kèm theo Báo cáo này.`;
    out.push({ kind: "paragraph", text });
  }
  // A catalogue nobody reported on says so once; no change or list of missing services follows.
  if (t.total === null && t.online === null && incomplete.length === 0) return out;
  const change = compiled.changes?.rows.find((r) => r.catalogue === id && r.id === "total");
  if (compiled.changes && change) {
    const label = compiled.changes.previousLabel;
    const moves = [
      ["tổng số hồ sơ", movement(change.changes.total)],
      ["số hồ sơ trực tuyến", movement(change.changes.online)],
      ["tỷ lệ hồ sơ trực tuyến", movement(change.changes.onlineRatio)],
      ["số hồ sơ giải quyết đúng hạn", movement(change.changes.onTime)],
    ].filter((m): m is [string, string] => m[1] !== null);
    out.push({
      kind: "paragraph",
      text:
        moves.length > 0
          ? `So với ${label}: ${moves.map(([what, how]) => `${what} ${how}`).join("; ")}.`
          : `Chưa so sánh được với ${label}: kỳ trước hoặc kỳ này không có số liệu.`,
    });
  }
  if (incomplete.length > 0) {
    const units = [...new Set(incomplete.flatMap((s) => s.units))];
    out.push({
      kind: "paragraph",
      text:
        `Số liệu chưa đầy đủ: giá trị có lỗi của ${count(units.length)} đơn vị chưa được cộng vào ${count(incomplete.length)} dịch vụ ` +
        `(các đơn vị đang được đề nghị kiểm tra, gửi lại báo cáo):`,
    });
    for (const s of incomplete)
      out.push({ kind: "bullet", text: `Dịch vụ số ${s.no}. ${s.name}: chưa gồm số liệu của ${unitList(s.units)}.` });
  }
  const unreported = table.rows.filter((r) => !r.service.parent && r.total === null && r.online === null && r.complete);
  if (unreported.length > 0) {
    out.push({
      kind: "paragraph",
      text: `Chưa có số liệu của ${count(unreported.length)} dịch vụ: ${unreported.map((r) => `số ${r.service.no}`).join(", ")}.`,
    });
  }
  return out;
}

function targetBlocks(compiled: CompiledReport): DraftBlock[] {
  const out: DraftBlock[] = [{ kind: "subheading", text: `3. Thực hiện chỉ tiêu năm ${compiled.year}` }];
  const targets = compiled.targets;
  if (targets.length === 0 || compiled.onlineTarget === null) {
    out.push({ kind: "paragraph", text: `Kế hoạch không có chỉ tiêu tỷ lệ hồ sơ trực tuyến cho năm ${compiled.year}.` });
    return out;
  }
  const first = targets[0];
  out.push({
    kind: "paragraph",
    text: `Chỉ tiêu ${first.indicator.id} năm ${compiled.year}: tỷ lệ hồ sơ trực tuyến đạt từ ${percent(compiled.onlineTarget)} trở lên.`,
  });
  // The overall figure is incomplete when any service is; a catalogue's, when one of its own is.
  const incomplete = (t: TargetComparison) => {
    const cat = catalogues.find((c) => c.label === t.scope);
    const services = compiled.summary.incomplete.services;
    return cat ? services.some((s) => s.catalogue === cat.id) : services.length > 0;
  };
  for (const t of targets) out.push({ kind: "bullet", text: targetSentence(t, incomplete(t)) });
  const below = compiled.summary.belowTarget;
  if (below.length > 0) {
    out.push({
      kind: "paragraph",
      text: `Có ${count(below.length)} dịch vụ có tỷ lệ hồ sơ trực tuyến thấp hơn chỉ tiêu ${percent(compiled.onlineTarget)}:`,
    });
    for (const cat of catalogues) {
      const list = below.filter((b) => b.catalogue === cat.id);
      if (list.length === 0) continue;
      out.push({
        kind: "bullet",
        text: `${cat.label}: ${list.map((b) => `số ${b.no}. ${b.name} (${percent(b.onlineRatio)})`).join("; ")}.`,
      });
    }
  } else if (compiled.summary.totals.some((t) => t.onlineRatio !== null)) {
    out.push({ kind: "paragraph", text: "Tất cả các dịch vụ có số liệu đều đạt chỉ tiêu." });
  }
  return out;
}

function targetSentence(t: TargetComparison, incomplete: boolean): string {
  const scope = t.scope.charAt(0).toUpperCase() + t.scope.slice(1);
  if (t.actual === null || t.met === null) return `${scope}: chưa có số liệu để đánh giá.`;
  const verdict = t.met ? "đạt chỉ tiêu" : `chưa đạt chỉ tiêu, thấp hơn ${points(t.gap!)}`;
  return `${scope}: tỷ lệ hồ sơ trực tuyến đạt ${percent(t.actual)}, ${verdict}${incomplete ? " (số liệu chưa đầy đủ)" : ""}.`;
}

function taskBlocks(compiled: CompiledReport): DraftBlock[] {
  const out: DraftBlock[] = [{ kind: "subheading", text: "4. Kết quả thực hiện các nhiệm vụ" }];
  const tasks = compiled.consolidation.tasks;
  const at = formatDate(compiled.consolidation.reportDate);
  if (tasks.length === 0) {
    out.push({ kind: "paragraph", text: "Trong kỳ, chưa có đơn vị nào báo cáo tình hình thực hiện nhiệm vụ." });
    return out;
  }
  const n = compiled.taskCounts;
  const due = tasks.filter(
    (t) => t.deadline.kind === "date" && t.deadline.due !== null && t.deadline.due <= compiled.consolidation.reportDate,
  );
  const dueDone = due.filter((t) => t.onTimeStatus === "done").length;
  out.push({
    kind: "paragraph",
    text:
      `Tính đến ngày ${at}, các đơn vị báo cáo ${count(tasks.length)} nhiệm vụ: ${count(n.done)} nhiệm vụ đã hoàn thành; ` +
      `${count(n.in_progress)} nhiệm vụ đang thực hiện, trong hạn; ${count(n.overdue)} nhiệm vụ quá hạn; ` +
      `${count(n.recurring)} nhiệm vụ thực hiện thường xuyên; ${count(n.no_deadline)} nhiệm vụ không có thời hạn cụ thể. ` +
      `Có ${count(due.length)} nhiệm vụ đã đến hạn, trong đó ${count(dueDone)} nhiệm vụ đã hoàn thành, ${count(n.overdue)} nhiệm vụ quá hạn.`,
  });
  const overdue = tasks.filter((t) => t.onTimeStatus === "overdue");
  if (overdue.length > 0) {
    out.push({ kind: "paragraph", text: "Các nhiệm vụ quá hạn:" });
    for (const t of overdue) out.push({ kind: "bullet", text: overdueTask(t) });
  }
  return out;
}

function overdueTask(t: MergedTask): string {
  const units = [...new Set(t.units.map((u) => u.unit))];
  const task = t.task.replace(/[.;:\s]+$/u, "");
  return `${task} (thời hạn: ${t.deadline.raw}${units.length > 0 ? `; đơn vị báo cáo: ${unitList(units)}` : ""}).`;
}

function unitBlocks(compiled: CompiledReport, settings: ReportSettings, options: DraftOptions): DraftBlock[] {
  const out: DraftBlock[] = [{ kind: "subheading", text: "1. Tình hình báo cáo của các đơn vị" }];
  const c = compiled.consolidation;
  const readable = c.submissions.filter((s) => s.readable);
  const unreadable = c.received.filter((s) => !s.readable);
  const errorsOf = (s: (typeof c.submissions)[number]) => s.findings.filter((f) => f.severity === "error").length;
  out.push({
    kind: "paragraph",
    text:
      `Tổ công tác đã nhận báo cáo của ${count(readable.length)} đơn vị` +
      (unreadable.length > 0 ? ` và ${count(unreadable.length)} tệp không đọc được` : "") +
      ".",
  });
  const period = c.period;
  const timed = readable.every((s) => s.receivedAt);
  if (period && timed && readable.length > 0) {
    const deadline = deadlineOf(period, deadlineDayOf(settings));
    const by = formatDate(isoDate(deadline.getFullYear(), deadline.getMonth() + 1, deadline.getDate()));
    const registry = options.registry ?? { units: [], communeServices: [] };
    const receipts = readable.map((s) => ({
      unitId: s.unit.id,
      unit: s.unit.name,
      file: s.file,
      receivedAt: s.receivedAt!,
      errors: errorsOf(s),
    }));
    const standings = unitStandings(registry, receipts, period, deadlineDayOf(settings));
    const names = (list: readonly UnitStanding[]) => unitList(sortNames(list.map((s) => s.unit)));
    const onTime = standings.filter((s) => s.status !== "missing" && !s.late);
    const late = standings.filter((s) => s.status !== "missing" && s.late);
    const missing = standings.filter((s) => s.status === "missing");
    out.push({
      kind: "bullet",
      text: `Gửi đúng hạn (đến hết ngày ${by}): ${count(onTime.length)} đơn vị${onTime.length ? `: ${names(onTime)}` : ""}.`,
    });
    out.push({ kind: "bullet", text: `Gửi muộn: ${count(late.length)} đơn vị${late.length ? `: ${names(late)}` : ""}.` });
    if (options.registry) {
      out.push({
        kind: "bullet",
        text: `Chưa gửi báo cáo: ${count(missing.length)} đơn vị${missing.length ? `: ${names(missing)}` : ""}.`,
      });
    }
  }
  const withErrors = readable.filter((s) => errorsOf(s) > 0).sort((a, b) => a.unit.name.localeCompare(b.unit.name, "vi"));
  out.push({
    kind: "bullet",
    text:
      `Báo cáo có lỗi phải sửa: ${count(withErrors.length)} đơn vị` +
      (withErrors.length ? `: ${withErrors.map((s) => `${s.unit.name} (${count(errorsOf(s))} lỗi)`).join(", ")}` : "") +
      ".",
  });
  if (unreadable.length > 0) {
    out.push({ kind: "bullet", text: `Tệp không đọc được: ${unreadable.map((s) => s.file).join(", ")}.` });
  }
  return out;
}

const sortNames = (names: readonly string[]) => [...new Set(names)].sort((a, b) => a.localeCompare(b, "vi"));

/** Each difficulty sentence once, with every unit that wrote it, in the order first written. */
function difficultyBlocks(compiled: CompiledReport): DraftBlock[] {
  const c = compiled.consolidation;
  const byText = new Map<string, { text: string; units: string[] }>();
  const add = (unit: string, text: string) => {
    for (const line of text.split(/\r?\n/)) {
      const sentence = line.replace(/^\s*[-+•*]\s*/u, "").trim();
      if (!sentence) continue;
      const key = foldKey(sentence).replace(/[.;,\s]+$/u, "");
      if (!key || /^(khong|khong co|khong phat sinh|trong thang khong phat sinh)$/.test(key)) continue;
      const e = byText.get(key) ?? { text: sentence, units: [] };
      if (!e.units.includes(unit)) e.units.push(unit);
      byText.set(key, e);
    }
  };
  for (const cat of catalogues) for (const row of c.tables[cat.id].rows) for (const d of row.difficulties) add(d.unit, d.text);
  for (const m of c.models) for (const u of m.units) if (u.difficulties) add(u.unit, u.difficulties);
  const out: DraftBlock[] = [{ kind: "heading", text: "III. KHÓ KHĂN, VƯỚNG MẮC" }];
  if (byText.size === 0) {
    out.push({ kind: "paragraph", text: "Các đơn vị không báo cáo khó khăn, vướng mắc trong kỳ." });
    return out;
  }
  out.push({ kind: "paragraph", text: "Các đơn vị báo cáo những khó khăn, vướng mắc sau:" });
  for (const e of byText.values()) {
    const text = /[.!?…]$/u.test(e.text) ? e.text.slice(0, -1) : e.text;
    out.push({ kind: "bullet", text: `${text} (${unitList(sortNames(e.units))}).` });
  }
  return out;
}

/** The draft of the month's report from its compiled figures. */
export function draftReport(compiled: CompiledReport, settings: ReportSettings, options: DraftOptions = {}): ReportDraft {
  const period = compiled.consolidation.period;
  const month = period ? `tháng ${period.month}/${period.year}` : "trong kỳ";
  const province = settings.province;
  const body = `Tổ công tác Đề án 06 tỉnh ${province}`;
  const blocks: DraftBlock[] = [
    {
      kind: "paragraph",
      text:
        `Thực hiện Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án phát triển ứng dụng dữ liệu ` +
        `về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia (Đề án 06), ${body} báo cáo kết quả ` +
        `triển khai thực hiện Đề án 06 trên địa bàn tỉnh ${month}, như sau:`,
    },
    { kind: "heading", text: "I. CÔNG TÁC THAM MƯU, CHỈ ĐẠO, TRIỂN KHAI" },
    { kind: "placeholder", text: DRAFT_PLACEHOLDER },
    { kind: "heading", text: "II. KẾT QUẢ CỤ THỂ" },
    ...unitBlocks(compiled, settings, options),
    { kind: "subheading", text: "2. Kết quả cung cấp dịch vụ công trực tuyến" },
    ...catalogueBlocks(compiled, "dvc25", "a"),
    ...catalogueBlocks(compiled, "dvc422", "b"),
    ...targetBlocks(compiled),
    ...taskBlocks(compiled),
    ...difficultyBlocks(compiled),
    { kind: "heading", text: "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI" },
    { kind: "placeholder", text: DRAFT_PLACEHOLDER },
    { kind: "heading", text: "V. ĐỀ XUẤT, KIẾN NGHỊ" },
    { kind: "placeholder", text: DRAFT_PLACEHOLDER },
  ];
  return {
    issuer: [`UBND TỈNH ${province.toLocaleUpperCase("vi")}`, "TỔ CÔNG TÁC ĐỀ ÁN 06"],
    motto: NATIONAL_MOTTO,
    number: `Số: ${settings.reportNo?.trim() || "      "}/${REPORT_CODE}`,
    placeDate: placeDate(settings),
    title: "BÁO CÁO",
    subtitle: `Kết quả triển khai thực hiện Đề án 06 trên địa bàn tỉnh ${province} ${month}`,
    blocks,
    recipients: ["Nơi nhận:", DRAFT_PLACEHOLDER],
    signature: ["TỔ TRƯỞNG", DRAFT_PLACEHOLDER],
  };
}

/** The draft as plain text, one block a line: what the pane previews and the tests read. */
export function draftText(d: ReportDraft): string {
  const lines = [
    ...d.issuer,
    d.number,
    ...d.motto,
    d.placeDate,
    d.title,
    d.subtitle,
    ...d.blocks.map((b) => (b.kind === "bullet" ? `- ${b.text}` : b.text)),
    ...d.recipients,
    ...d.signature,
  ];
  return lines.join("\n");
}
