import { type Period, defaultSettings, formatPeriod, parsePeriod } from "../../core";
import type { PaneSettings } from "./types";

/** The period a clerk compiles by default: last month. */
export function lastMonth(now = new Date()): Period {
  return now.getMonth() === 0 ? { year: now.getFullYear() - 1, month: 12 } : { year: now.getFullYear(), month: now.getMonth() };
}

export const defaultPaneSettings = (): PaneSettings => ({ ...defaultSettings, period: lastMonth(), onlineTarget: 0.8 });

/** Settings as stored (JSON): the period as "yyyy-mm". */
export function settingsToJson(s: PaneSettings): Record<string, unknown> {
  return { ...s, period: s.period ? formatPeriod(s.period) : null };
}

export function settingsFromJson(v: unknown): PaneSettings {
  const base = defaultPaneSettings();
  if (!v || typeof v !== "object") return base;
  const o = v as Record<string, unknown>;
  const str = (k: string) => (typeof o[k] === "string" ? (o[k] as string) : undefined);
  const num = (k: string) => (typeof o[k] === "number" && Number.isFinite(o[k]) ? (o[k] as number) : undefined);
  return {
    province: str("province") ?? base.province,
    reportNo: str("reportNo"),
    reportDate: str("reportDate"),
    period: (str("period") && parsePeriod(str("period") as string)) || base.period,
    deadlineDay: num("deadlineDay") ?? base.deadlineDay,
    onlineTarget: num("onlineTarget") ?? base.onlineTarget,
  };
}

export function reportFileName(s: PaneSettings): string {
  return `Tong-hop-De-an-06${s.period ? `-${formatPeriod(s.period)}` : ""}.xlsx`;
}

export function errorCount(findings: readonly { severity: string }[]): number {
  return findings.filter((f) => f.severity === "error").length;
}

/** The xlsx reader/writer is big (exceljs): loaded on first import only. */
export const loadXlsx = () => import(/* webpackChunkName: "xlsx" */ "../../io/xlsx");
