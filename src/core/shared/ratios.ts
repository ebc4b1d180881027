import type { Reading } from "./values";

/** The numbers of one service row (a unit's, or consolidated); null = nothing reported. */
export interface Figures {
  readonly total: number | null;
  readonly online: number | null;
  readonly onTime: number | null;
  readonly overdue: number | null;
}

export interface Ratios {
  /** online ÷ total; null when total is 0 or missing. */
  readonly onlineRatio: number | null;
  /** onTime ÷ (onTime + overdue); null when both are 0 or missing. */
  readonly onTimeRatio: number | null;
}

/** A usable number: a number as written, or 0 for "nothing arose"; empty and invalid stay null. */
export function valueOf(r: Reading): number | null {
  if (r.kind === "number") return r.value;
  if (r.kind === "nil") return 0;
  return null;
}

export function onlineRatio(online: number | null, total: number | null): number | null {
  return online === null || total === null || total === 0 ? null : online / total;
}

export function onTimeRatio(onTime: number | null, overdue: number | null): number | null {
  if (onTime === null && overdue === null) return null;
  const done = (onTime ?? 0) + (overdue ?? 0);
  return done === 0 ? null : (onTime ?? 0) / done;
}

export function ratiosOf(f: Figures): Ratios {
  return { onlineRatio: onlineRatio(f.online, f.total), onTimeRatio: onTimeRatio(f.onTime, f.overdue) };
}

/** Sum that keeps "nothing reported": null + null = null, null + 3 = 3. */
export function addReported(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : a + b;
}

/** Does a printed percent (fraction `reported`, `decimals` digits of percent) agree with `computed`? */
export function ratioAgrees(reported: number, decimals: number, computed: number): boolean {
  const half = 0.5 * 10 ** -decimals;
  return Math.abs(reported * 100 - computed * 100) <= half + 1e-9;
}
