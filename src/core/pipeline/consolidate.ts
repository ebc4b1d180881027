import type { Acceptance } from "../shared/acceptance";
import type { Finding } from "../shared/findings";
import { type Period, formatPeriod, samePeriod } from "../shared/period";
import { FindingSink } from "../shared/sink";
import { type KindMerged, tableKinds } from "../kinds/registry";
import { type IsoDate } from "../kinds/task/deadline";
import { defaultJudgementDate } from "../kinds/task/merge";
import type { Submission } from "./readSubmission";
import { type DuplicateChoice, type SameContent, resolveDuplicates } from "./duplicates";

/** File label for findings about the consolidated table itself. */
export const CONSOLIDATED_FILE = "Bảng tổng hợp";

/** Every kind's merged tables, the submissions they came from and every finding. */
export interface Consolidation extends KindMerged {
  readonly period: Period | null;
  /** The submissions summed: one per unit and period (DOMAIN.md §4). */
  readonly submissions: readonly Submission[];
  /** Every file received, in the order given, the ones left out (copies, duplicates) with the finding that says so. */
  readonly received: readonly Submission[];
  /** How each unit's second report for the period was settled (provenance). */
  readonly duplicates: readonly DuplicateChoice[];
  /** Files that were byte for byte another file, counted once. */
  readonly copies: readonly SameContent[];
  /** The date task deadlines are judged at (not the printed report date, which is a setting). */
  readonly judgedAt: IsoDate;
  /** Every submission's findings plus those of the merge itself. */
  readonly findings: readonly Finding[];
}

export interface ConsolidateOptions {
  /** Date task deadlines are judged at; default the 15th of the period's month, else today. */
  readonly judgedAt?: IsoDate;
  /** Flagged values the clerk accepted deliberately (DOMAIN.md §4); every other error keeps its value out of the sums. */
  readonly accepted?: readonly Acceptance[];
  /** Files the clerk chose among a unit's several reports for the period; otherwise the newer file is summed. */
  readonly picks?: readonly string[];
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
  const dup = resolveDuplicates(flagOtherPeriods(received, resolved), options.picks ?? []);
  const submissions = dup.summed;
  const summed = new Set(submissions);
  const sink = new FindingSink(CONSOLIDATED_FILE);
  const judgedAt = options.judgedAt ?? defaultJudgementDate(resolved);
  const merged = Object.fromEntries(
    tableKinds.map((k) => [k.mergedSlot, k.merge(submissions, { sink, judgedAt, accepted: options.accepted ?? [] })]),
  ) as unknown as KindMerged;
  // A file left out speaks only of why: its own findings are about figures nobody sums.
  const findings: Finding[] = [
    ...dup.all.flatMap((s) => (summed.has(s) ? s.findings : s.findings.filter((f) => f.code.startsWith("DUPLICATE_")))),
    ...sink.findings,
  ];
  return {
    period: resolved,
    submissions,
    received: dup.all,
    duplicates: dup.choices,
    copies: dup.copies,
    ...merged,
    judgedAt,
    findings,
  };
}
