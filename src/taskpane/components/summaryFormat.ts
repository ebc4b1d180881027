import { type TargetComparison, formatNumber, formatPercent } from "../../core";

export const count = (n: number | null) => (n === null ? "—" : formatNumber(n, 3));
export const percent = (n: number | null) => (n === null ? "—" : formatPercent(n, 2));

/** "≥ 80%" for a percent target, the number and unit otherwise. */
export function targetText(t: TargetComparison): string {
  if (!t.target) return t.targetText;
  return t.indicator.unit === "%" ? `≥ ${percent(t.target.value)}` : `≥ ${formatNumber(t.target.value, 3)} ${t.indicator.unit}`.trim();
}
