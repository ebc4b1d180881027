import type { TargetComparison } from "../../core";

export const count = (n: number | null) => (n === null ? "—" : n.toLocaleString("vi-VN"));
export const percent = (n: number | null) => (n === null ? "—" : `${(n * 100).toLocaleString("vi-VN", { maximumFractionDigits: 2 })}%`);

/** "≥ 80%" for a percent target, the number and unit otherwise. */
export function targetText(t: TargetComparison): string {
  if (!t.target) return t.targetText;
  return t.indicator.unit === "%"
    ? `≥ ${percent(t.target.value)}`
    : `≥ ${t.target.value.toLocaleString("vi-VN")} ${t.indicator.unit}`.trim();
}
