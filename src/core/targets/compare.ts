import { catalogues } from "../catalogue";
import { type Figures, addReported, onlineRatio } from "../shared/ratios";
import type { Consolidation } from "../pipeline/consolidate";
import { formatNumber, formatPoints } from "../shared/format";
import { parseVietnameseNumber } from "../shared/values";
import { plan2026 } from "./plan2026";
import type { NumericTarget, TargetComparison, TargetIndicator, TargetPlan } from "./types";

export const defaultTargetPlan: TargetPlan = plan2026;

/** "80" → 0.8 (for %), "≥80" → at least 0.8, "27,5" → 27.5; "-", "", "Hoàn thành" → null. */
export function parseTarget(text: string, unit: string): NumericTarget | null {
  const m = /^\s*(≥|>=)?\s*([\d.,]+)\s*%?\s*$/.exec(text);
  if (!m) return null;
  const n = parseVietnameseNumber(m[2]);
  if (n === null) return null;
  return { value: unit === "%" ? n / 100 : n, orMore: true };
}

export function indicatorById(id: string, plan: TargetPlan = defaultTargetPlan): TargetIndicator | undefined {
  return plan.indicators.find((i) => i.id === id);
}

/** The year's target of an indicator as a number, e.g. targetFor("I.5", 2026) → 0.8. */
export function targetFor(id: string, year: number, plan: TargetPlan = defaultTargetPlan): number | null {
  const ind = indicatorById(id, plan);
  const text = ind?.targets[year];
  return ind && text ? (parseTarget(text, ind.unit)?.value ?? null) : null;
}

function compare(indicator: TargetIndicator, year: number, scope: string, actual: number | null): TargetComparison {
  const targetText = indicator.targets[year] ?? "";
  const target = parseTarget(targetText, indicator.unit);
  const gap = target && actual !== null ? actual - target.value : null;
  return { indicator, year, scope, targetText, target, actual, gap, met: gap === null ? null : gap >= -1e-12 };
}

/**
 * Compare each figure the engine computes with the year's target: the online
 * ratio (I.5) over all essential services, then per catalogue. Indicators the
 * engine cannot compute are not listed.
 */
export function compareTargets(c: Consolidation, year: number, plan: TargetPlan = defaultTargetPlan): TargetComparison[] {
  const out: TargetComparison[] = [];
  for (const indicator of plan.indicators) {
    if (indicator.measure !== "onlineRatio") continue;
    let all: Pick<Figures, "total" | "online"> = { total: null, online: null };
    const per: TargetComparison[] = [];
    for (const cat of catalogues) {
      const t = c.tables[cat.id].total;
      all = { total: addReported(all.total, t.total), online: addReported(all.online, t.online) };
      per.push(compare(indicator, year, cat.label, t.onlineRatio));
    }
    out.push(compare(indicator, year, "Toàn bộ dịch vụ công thiết yếu", onlineRatio(all.online, all.total)), ...per);
  }
  return out;
}

/** "đạt" / "chưa đạt (thiếu 4,2 điểm %)" for sheets and summaries. */
export function targetVerdict(t: TargetComparison): string {
  if (t.met === null) return t.target ? "Chưa có số liệu" : "Không có chỉ tiêu số";
  if (t.met) return "Đạt";
  const gap = Math.abs(t.gap!);
  return `Chưa đạt (thiếu ${t.indicator.unit === "%" ? formatPoints(gap) : formatNumber(gap, 2)})`;
}
