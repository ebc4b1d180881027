/** A monthly reporting period. */
export interface Period {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
}

export function formatPeriod(p: Period): string {
  return `${p.year}-${String(p.month).padStart(2, "0")}`;
}

/** Vietnamese form used in titles: "tháng 9/2024". */
export function periodLabel(p: Period): string {
  return `tháng ${p.month}/${p.year}`;
}

export function parsePeriod(s: string): Period | null {
  const m = /^(\d{4})-(\d{1,2})$/.exec(s.trim());
  if (!m) return null;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  return { year: Number(m[1]), month };
}

export function samePeriod(a: Period, b: Period): boolean {
  return a.year === b.year && a.month === b.month;
}

export function previousPeriod(p: Period): Period {
  return p.month === 1 ? { year: p.year - 1, month: 12 } : { year: p.year, month: p.month - 1 };
}
