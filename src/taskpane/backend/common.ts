import { type Period, defaultSettings, formatPeriod, isIsoDate, parsePeriod } from "../../core";
import type { PaneSettings } from "./types";

/** The period a clerk compiles by default: last month. */
export function lastMonth(now = new Date()): Period {
  return now.getMonth() === 0 ? { year: now.getFullYear() - 1, month: 12 } : { year: now.getFullYear(), month: now.getMonth() };
}

export const defaultPaneSettings = (): PaneSettings => ({ ...defaultSettings, period: lastMonth() });

/**
 * Version of the stored settings. Version 1 (no `version` key) always stored
 * `onlineTarget`, 0.8 unless the clerk typed another number; since version 2
 * it is stored only when the clerk sets it, and the plan's target is used
 * otherwise.
 */
export const SETTINGS_VERSION = 2;
const LEGACY_DEFAULT_TARGET = 0.8;

/** Settings as stored (JSON): the period as "yyyy-mm", undefined fields left out. */
export function settingsToJson(s: PaneSettings): Record<string, unknown> {
  const out: Record<string, unknown> = { version: SETTINGS_VERSION };
  for (const [k, v] of Object.entries(s)) if (v !== undefined) out[k] = v;
  out.period = s.period ? formatPeriod(s.period) : null;
  return out;
}

export function settingsFromJson(v: unknown): PaneSettings {
  const base = defaultPaneSettings();
  if (!v || typeof v !== "object") return base;
  const o = v as Record<string, unknown>;
  const str = (k: string) => (typeof o[k] === "string" ? (o[k] as string) : undefined);
  const num = (k: string) => (typeof o[k] === "number" && Number.isFinite(o[k]) ? (o[k] as number) : undefined);
  const legacy = num("version") === undefined;
  const target = num("onlineTarget");
  const taskDate = str("taskDate");
  const picks = Array.isArray(o.picks) ? o.picks.filter((x): x is string => typeof x === "string") : [];
  const dates =
    o.receivedDates && typeof o.receivedDates === "object"
      ? Object.fromEntries(
          Object.entries(o.receivedDates as Record<string, unknown>).filter(
            (e): e is [string, string] => typeof e[1] === "string" && isIsoDate(e[1]),
          ),
        )
      : {};
  return {
    province: str("province") ?? base.province,
    reportNo: str("reportNo"),
    reportDate: str("reportDate"),
    period: (str("period") && parsePeriod(str("period") as string)) || base.period,
    deadlineDay: num("deadlineDay") ?? base.deadlineDay,
    // A version-1 workbook stored the old default without the clerk choosing it: not an override.
    ...(target !== undefined && !(legacy && target === LEGACY_DEFAULT_TARGET) ? { onlineTarget: target } : {}),
    ...(taskDate && isIsoDate(taskDate) ? { taskDate } : {}),
    ...(picks.length > 0 ? { picks } : {}),
    ...(Object.keys(dates).length > 0 ? { receivedDates: dates } : {}),
  };
}

export function reportFileName(s: PaneSettings): string {
  return `Tong-hop-De-an-06${s.period ? `-${formatPeriod(s.period)}` : ""}.xlsx`;
}

/** "Du-thao-bao-cao-De-an-06-2026-10.docx": the draft report downloaded from the pane. */
export function draftFileName(period: Period | null): string {
  return `Du-thao-bao-cao-De-an-06${period ? `-${formatPeriod(period)}` : ""}.docx`;
}

/** The draft's text and its .docx writer (the docx library) load when the clerk asks for a draft. */
export const loadDraft = () => import(/* webpackChunkName: "docx" */ "./draft");

export function errorCount(findings: readonly { severity: string }[]): number {
  return findings.filter((f) => f.severity === "error").length;
}

/** The xlsx reader/writer is big (exceljs): loaded on first import only. */
export const loadXlsx = () => import(/* webpackChunkName: "xlsx" */ "../../io/xlsx");

/** fflate's zip writer, loaded with the forms (it shares the xlsx chunk's fflate). */
export const loadZip = () => import(/* webpackChunkName: "xlsx" */ "fflate");
