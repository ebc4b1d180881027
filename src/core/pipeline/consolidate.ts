import type { Finding } from "../shared/findings";
import { type Period, formatPeriod, samePeriod } from "../shared/period";
import { FindingSink } from "../shared/sink";
import { type KindMerged, tableKinds } from "../kinds/registry";
import { type IsoDate } from "../kinds/task/deadline";
import { defaultReportDate } from "../kinds/task/merge";
import type { Submission } from "./readSubmission";

/** File label for findings about the consolidated table itself. */
export const CONSOLIDATED_FILE = "Bảng tổng hợp";

/** Every kind's merged tables, the submissions they came from and every finding. */
export interface Consolidation extends KindMerged {
  readonly period: Period | null;
  readonly submissions: readonly Submission[];
  /** The date task deadlines are judged at. */
  readonly reportDate: IsoDate;
  /** Every submission's findings plus those of the merge itself. */
  readonly findings: readonly Finding[];
}

export interface ConsolidateOptions {
  /** Date task deadlines are judged at; default the 15th of the period's month, else today. */
  readonly reportDate?: IsoDate;
}

function mostCommonPeriod(submissions: readonly Submission[]): Period | null {
  const counts = new Map<string, { p: Period; n: number }>();
  for (const s of submissions) {
    if (!s.period) continue;
    const k = formatPeriod(s.period);
    const e = counts.get(k) ?? { p: s.period, n: 0 };
    e.n++;
    counts.set(k, e);
  }
  return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.p ?? null;
}

/**
 * A file of another month must not slip into the month being compiled: when
 * the period was not given to the reader, flag it here against the period
 * being compiled (given, or the one most files carry).
 */
function flagOtherPeriods(submissions: readonly Submission[], period: Period | null): readonly Submission[] {
  if (!period) return submissions;
  return submissions.map((s) => {
    if (!s.period || samePeriod(s.period, period) || s.findings.some((f) => f.code === "PERIOD_MISMATCH")) return s;
    const sink = new FindingSink(s.file);
    sink.add("PERIOD_MISMATCH", { found: formatPeriod(s.period), expected: formatPeriod(period) });
    return { ...s, findings: [...s.findings, ...sink.findings] };
  });
}

/**
 * Merge any number of submissions for one period, kind by kind (each registered kind merges its
 * own tables; see kinds/). Submissions with errors are merged too; their findings travel with the
 * result.
 */
export function consolidate(received: readonly Submission[], period?: Period | null, options: ConsolidateOptions = {}): Consolidation {
  const resolved = period ?? mostCommonPeriod(received);
  const submissions = flagOtherPeriods(received, resolved);
  const sink = new FindingSink(CONSOLIDATED_FILE);
  const reportDate = options.reportDate ?? defaultReportDate(resolved);
  const merged = Object.fromEntries(
    tableKinds.map((k) => [k.mergedSlot, k.merge(submissions, { sink, judgedAt: reportDate })]),
  ) as unknown as KindMerged;
  const findings: Finding[] = [...submissions.flatMap((s) => s.findings), ...sink.findings];
  return { period: resolved, submissions, ...merged, reportDate, findings };
}
