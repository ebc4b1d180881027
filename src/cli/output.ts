import {
  type Consolidation,
  type Finding,
  type LeftOut,
  type MonthChanges,
  type Submission,
  ON_TIME_STATUSES,
  ON_TIME_TEXT,
  SEVERITY_TEXT,
  catalogues,
  compareTargets,
  incompleteText,
  incompleteness,
  countByOnTime,
  targetVerdict,
  formatPeriod,
  sortFindings,
  formatDate,
  formatNumber,
  formatPercent,
} from "../core";

const issueJson = (f: Finding) => ({
  severity: f.severity,
  code: f.code,
  sheet: f.sheet ?? null,
  cell: f.cell ?? null,
  service: f.service ?? null,
  message: f.message,
});

const leftOutJson = (l: LeftOut) => ({
  unit: l.unit,
  file: l.file,
  sheet: l.sheet,
  cell: l.cell,
  column: l.column,
  code: l.code,
  value: l.value,
});

export function submissionJson(s: Submission, summed?: boolean) {
  return {
    file: s.file,
    unit: s.unit.name,
    period: s.period ? formatPeriod(s.period) : null,
    readable: s.readable,
    error: s.error ?? null,
    tables: [
      ...s.tables.map((t) => ({ sheet: t.sheet, template: t.catalogue as string, rows: t.rows.length })),
      ...s.taskTables.map((t) => ({ sheet: t.sheet, template: "tasks", rows: t.rows.length })),
      ...s.modelTables.map((t) => ({ sheet: t.sheet, template: "models", rows: t.rows.length })),
    ],
    issues: sortFindings(s.findings).map(issueJson),
    ...(summed === undefined ? {} : { summed }),
  };
}

export function consolidationJson(c: Consolidation, out: string | null, changes: MonthChanges | null = null) {
  const tables = Object.fromEntries(
    catalogues.map((cat) => [
      cat.id,
      c.tables[cat.id].rows.map((r) => ({
        id: r.service.id,
        total: r.total,
        online: r.online,
        onlineRatio: r.onlineRatio,
        onTime: r.onTime,
        overdue: r.overdue,
        onTimeRatio: r.onTimeRatio,
        complete: r.complete,
        leftOut: r.leftOut.map(leftOutJson),
        sources: r.sources.map((s) => ({
          unit: s.unit,
          file: s.file,
          sheet: s.sheet,
          cells: s.cells,
          ...(s.accepted.length > 0 ? { accepted: s.accepted.map((f) => ({ code: f.code, cell: f.cell ?? null })) } : {}),
        })),
      })),
    ]),
  );
  const tasks = c.tasks.map((t) => ({
    group: t.group.no ? `${t.group.no}. ${t.group.title}` : t.group.title,
    no: t.no,
    task: t.task,
    deadline: t.deadline.raw,
    due: t.deadline.kind === "date" ? t.deadline.due : null,
    status: t.status,
    onTimeStatus: t.onTimeStatus,
    units: t.units.map((u) => ({ unit: u.unit, file: u.file, sheet: u.sheet, cell: u.cell, result: u.result, status: u.status })),
  }));
  const totals = Object.fromEntries(
    catalogues.map((cat) => {
      const { leftOut, ...t } = c.tables[cat.id].total;
      return [cat.id, { ...t, leftOut: leftOut.map(leftOutJson) }];
    }),
  );
  const year = c.period?.year ?? Number(c.reportDate.slice(0, 4));
  const targets = compareTargets(c, year)
    .filter((t) => t.target !== null)
    .map((t) => ({
      id: t.indicator.id,
      year: t.year,
      scope: t.scope,
      target: t.target!.value,
      targetText: t.targetText,
      actual: t.actual,
      gap: t.gap,
      met: t.met,
    }));
  const own = new Set(c.received.flatMap((s) => s.findings));
  const summed = new Set(c.submissions);
  return {
    period: c.period ? formatPeriod(c.period) : null,
    out,
    files: c.received.map((s) => submissionJson(s, summed.has(s))),
    // One unit, one report per period: which file was summed, and why (provenance of the choice).
    duplicates: c.duplicates.map((d) => ({
      unit: d.unit,
      period: d.period ? formatPeriod(d.period) : null,
      chosen: d.chosen,
      chosenAt: d.chosenAt,
      by: d.by,
      setAside: d.setAside,
    })),
    copies: c.copies,
    reportDate: c.reportDate,
    tables: {
      ...tables,
      tasks,
      models: c.models.map((m) => ({
        group: m.group.no ? `${m.group.no}. ${m.group.title}` : m.group.title,
        no: m.no,
        model: m.model,
        modelNo: m.modelNo,
        units: m.units.map((u) => ({ unit: u.unit, file: u.file, progress: u.progress, results: u.results, difficulties: u.difficulties })),
      })),
    },
    totals,
    targets,
    incomplete: incompleteness(c),
    changes: changes
      ? {
          previousFile: changes.previousFile,
          previousPeriod: changes.previousPeriod ? formatPeriod(changes.previousPeriod) : null,
          rows: changes.rows.map((r) => ({ catalogue: r.catalogue, id: r.id, ...r.changes })),
        }
      : null,
    issues: c.findings.filter((f) => !own.has(f)).map(issueJson),
  };
}

const pct = (x: number | null) => (x === null ? "—" : formatPercent(x, 2, 2));
const n = (x: number | null) => (x === null ? "—" : formatNumber(x, 3));

/** Short human summary in Vietnamese. */
export function summaryText(submissions: readonly Submission[], verbose = true): string {
  const lines: string[] = [`Đã kiểm tra ${submissions.length} tệp.`];
  let ok = 0;
  let withErrors = 0;
  let unreadable = 0;
  let leftOut = 0;
  for (const s of submissions) {
    const duplicate = s.findings.find((f) => f.code === "DUPLICATE_FILE" || f.code === "DUPLICATE_SUBMISSION");
    if (duplicate) {
      leftOut++;
      lines.push(`  = ${s.unit.name} (${s.file}): không tính — ${duplicate.message}`);
      continue;
    }
    const errors = s.findings.filter((f) => f.severity === "error");
    const warnings = s.findings.filter((f) => f.severity === "warning");
    if (!s.readable) unreadable++;
    else if (errors.length) withErrors++;
    else ok++;
    const mark = !s.readable || errors.length ? "✖" : warnings.length ? "!" : "✔";
    const state = !s.readable
      ? "không đọc được"
      : errors.length || warnings.length
        ? [errors.length && `${errors.length} lỗi`, warnings.length && `${warnings.length} cảnh báo`].filter(Boolean).join(", ")
        : "hợp lệ";
    lines.push(`  ${mark} ${s.unit.name} (${s.file}): ${state}`);
    if (verbose) {
      for (const f of sortFindings(s.findings).filter((x) => x.severity !== "info")) {
        const where = [f.sheet, f.cell].filter(Boolean).join("!");
        lines.push(`      ${SEVERITY_TEXT[f.severity]}${where ? ` ${where}` : ""}${f.service ? ` [${f.service}]` : ""}: ${f.message}`);
      }
    }
  }
  lines.push(
    `Kết quả: ${ok} hợp lệ, ${withErrors} có lỗi, ${unreadable} không đọc được${leftOut ? `, ${leftOut} tệp trùng không tính` : ""}.`,
  );
  return lines.join("\n");
}

export function mergeSummaryText(c: Consolidation, out: string): string {
  const lines = [summaryText(c.received, false), ""];
  lines.push(`Kỳ báo cáo: ${c.period ? formatPeriod(c.period) : "chưa xác định"}`);
  for (const cat of catalogues) {
    const t = c.tables[cat.id].total;
    lines.push(`  ${cat.label}: ${n(t.total)} hồ sơ, ${n(t.online)} trực tuyến, tỷ lệ trực tuyến ${pct(t.onlineRatio)}`);
  }
  const year = c.period?.year ?? Number(c.reportDate.slice(0, 4));
  for (const t of compareTargets(c, year)
    .filter((x) => x.target !== null)
    .slice(0, 1)) {
    lines.push(
      `  Chỉ tiêu ${t.indicator.id} năm ${year} (tỷ lệ hồ sơ trực tuyến ≥ ${pct(t.target!.value)}): ${pct(t.actual)} — ${targetVerdict(t)}`,
    );
  }
  if (c.tasks.length > 0) {
    const counts = countByOnTime(c.tasks);
    const parts = ON_TIME_STATUSES.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${ON_TIME_TEXT[s].toLowerCase()}`);
    lines.push(`  Nhiệm vụ (tính đến ${formatDate(c.reportDate)}): ${c.tasks.length} nhiệm vụ — ${parts.join(", ")}`);
  }
  const incomplete = incompleteText(incompleteness(c));
  if (incomplete) lines.push(incomplete);
  const errors = c.findings.filter((f) => f.severity === "error").length;
  const warnings = c.findings.filter((f) => f.severity === "warning").length;
  lines.push(`Phát hiện: ${errors} lỗi, ${warnings} cảnh báo (chi tiết ở trang \u201CKiểm tra\u201D).`);
  lines.push(`Đã ghi bảng tổng hợp: ${out}`);
  return lines.join("\n");
}
