import type { Finding } from "../shared/findings";
import { formatDateTime } from "../shared/format";
import { type Period, formatPeriod, periodLabel } from "../shared/period";
import { FindingSink } from "../shared/sink";
import { tableKinds } from "../kinds/registry";
import type { Submission } from "./readSubmission";

/** DOMAIN.md §4: one unit, one report per period. How a second report of a unit was settled. */
export interface DuplicateChoice {
  readonly unitId: string;
  readonly unit: string;
  readonly period: Period | null;
  /** The file whose figures are summed. */
  readonly chosen: string;
  readonly chosenAt: string | null;
  /** `newer`: the later file date; `clerk`: picked by the clerk; `order`: no dates to compare, the last file given. */
  readonly by: "newer" | "clerk" | "order";
  /** Files of the same unit and period that are not summed. */
  readonly setAside: readonly { readonly file: string; readonly receivedAt: string | null }[];
}

/** A file whose bytes are those of a file already received: read and counted once. */
export interface SameContent {
  readonly file: string;
  readonly sameAs: string;
}

export interface DuplicateResolution {
  /** Every submission in the order given, with its duplicate finding added where it has one. */
  readonly all: readonly Submission[];
  /** What is summed: one submission per unit, period and part, copies left out. */
  readonly summed: readonly Submission[];
  readonly choices: readonly DuplicateChoice[];
  readonly copies: readonly SameContent[];
}

const DUPLICATE_CODES = new Set<string>(["DUPLICATE_FILE", "DUPLICATE_SUBMISSION"]);

/**
 * What a submission reports: the service catalogues of its service tables, and each other kind
 * it holds. Two files of one unit clash only when they report the same part: a unit that sends
 * its Decision 06 form and its Decision 422 form as two files has sent one report.
 */
function partsOf(s: Submission): Set<string> {
  const parts = new Set<string>();
  for (const kind of tableKinds) {
    for (const table of s[kind.slot] as readonly unknown[]) {
      const catalogue = (table as { catalogue?: unknown }).catalogue;
      parts.add(typeof catalogue === "string" ? `${kind.id}:${catalogue}` : kind.id);
    }
  }
  return parts;
}

const time = (s: Submission) => (s.receivedAt ? Date.parse(s.receivedAt) : NaN);

/** "05/11/2026 10:20", the file's date as the clerk's computer shows it. */
export function fileDateText(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return formatDateTime(d);
}

const withFinding = (s: Submission, f: Finding): Submission => ({ ...s, findings: [...s.findings, f] });

/**
 * Same bytes twice are counted once; two different files of one unit for one period and part are
 * a duplicate submission: the one the clerk picked is summed, else the newer by its file date,
 * else the later one given. Each file left out gets a finding naming the file that is used.
 * Idempotent: duplicate findings from an earlier pass are recomputed, never doubled.
 */
export function resolveDuplicates(received: readonly Submission[], picks: readonly string[] = []): DuplicateResolution {
  const subs = received.map((s) =>
    s.findings.some((f) => DUPLICATE_CODES.has(f.code)) ? { ...s, findings: s.findings.filter((f) => !DUPLICATE_CODES.has(f.code)) } : s,
  );
  const out: Submission[] = [...subs];
  const left = new Set<number>();
  const copies: SameContent[] = [];

  const firstByHash = new Map<string, number>();
  subs.forEach((s, i) => {
    if (!s.contentHash) return;
    const first = firstByHash.get(s.contentHash);
    if (first === undefined) {
      firstByHash.set(s.contentHash, i);
      return;
    }
    const sameAs = subs[first].file;
    const sink = new FindingSink(s.file);
    sink.add("DUPLICATE_FILE", { other: sameAs });
    out[i] = withFinding(s, sink.findings[0]);
    left.add(i);
    copies.push({ file: s.file, sameAs });
  });

  // Units' files per period; a group is a set of files whose parts overlap.
  const byUnit = new Map<string, number[]>();
  subs.forEach((s, i) => {
    if (left.has(i) || !s.readable) return;
    const key = `${s.unit.id}\u0000${s.period ? formatPeriod(s.period) : ""}`;
    byUnit.set(key, [...(byUnit.get(key) ?? []), i]);
  });
  const picked = new Set(picks);
  const choices: DuplicateChoice[] = [];
  for (const members of byUnit.values()) {
    if (members.length < 2) continue;
    const parts = members.map((i) => partsOf(subs[i]));
    const groups: number[][] = [];
    const seen = new Set<number>();
    for (let a = 0; a < members.length; a++) {
      if (seen.has(a) || parts[a].size === 0) continue;
      const group = [a];
      seen.add(a);
      const covered = new Set(parts[a]);
      for (let grew = true; grew;) {
        grew = false;
        for (let b = 0; b < members.length; b++) {
          if (seen.has(b) || ![...parts[b]].some((p) => covered.has(p))) continue;
          group.push(b);
          seen.add(b);
          parts[b].forEach((p) => covered.add(p));
          grew = true;
        }
      }
      if (group.length > 1) groups.push(group.map((k) => members[k]));
    }
    for (const group of groups) {
      const clerk = group.filter((i) => picked.has(subs[i].file));
      const dated = group.every((i) => !Number.isNaN(time(subs[i])));
      let chosen: number;
      let by: DuplicateChoice["by"];
      if (clerk.length > 0) {
        // The clerk's latest pick wins: she may change her mind.
        chosen = clerk.reduce((best, i) => (picks.lastIndexOf(subs[i].file) > picks.lastIndexOf(subs[best].file) ? i : best));
        by = "clerk";
      } else if (dated) {
        // Same date: the later one given.
        chosen = group.reduce((best, i) => (time(subs[i]) >= time(subs[best]) ? i : best));
        by = "newer";
      } else {
        chosen = group[group.length - 1];
        by = "order";
      }
      const c = subs[chosen];
      const why =
        by === "clerk"
          ? "theo lựa chọn của người tổng hợp"
          : by === "newer"
            ? `vì là tệp mới hơn (${fileDateText(c.receivedAt!)})`
            : "vì không có ngày tệp để so sánh, lấy tệp nhận sau";
      const whyEn =
        by === "clerk"
          ? "as the clerk chose"
          : by === "newer"
            ? `as the newer file (${fileDateText(c.receivedAt!)})`
            : "as the later file given (no file dates to compare)";
      for (const i of group) {
        if (i === chosen) continue;
        const s = subs[i];
        const sink = new FindingSink(s.file);
        sink.add(
          "DUPLICATE_SUBMISSION",
          {
            unit: c.unit.name,
            period: c.period ? periodLabel(c.period) : "chưa rõ kỳ",
            periodEn: c.period ? formatPeriod(c.period) : "an unknown period",
            chosen: c.file,
            other: s.file,
            why,
            whyEn,
          },
          by === "clerk" ? { severity: "info" } : {},
        );
        out[i] = withFinding(s, sink.findings[0]);
        left.add(i);
      }
      choices.push({
        unitId: c.unit.id,
        unit: c.unit.name,
        period: c.period,
        chosen: c.file,
        chosenAt: c.receivedAt ?? null,
        by,
        setAside: group.filter((i) => i !== chosen).map((i) => ({ file: subs[i].file, receivedAt: subs[i].receivedAt ?? null })),
      });
    }
  }
  return { all: out, summed: out.filter((_, i) => !left.has(i)), choices, copies };
}
