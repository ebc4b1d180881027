/**
 * BaoCao06 engine: cells → recognised tables → validated rows → merged tables
 * → report layout. Pure TypeScript: no Office.js, no DOM, no Node I/O.
 */
export * from "./grid";
export * from "./findings";
export * from "./period";
export * from "./catalogue";
export { messages, formatMessage } from "./messages";
export * from "./units/registry";
export { readNumber, readRatio, readText, parseVietnameseNumber } from "./values/parse";
export type { Reading, RatioReading } from "./values/parse";
export * from "./compute/ratios";
export { readSubmission, unreadableSubmission, DEFAULT_MAX_ROWS } from "./read/submission";
export type { Submission, SubmissionUnit, ReadOptions } from "./read/submission";
export type { ServiceTable, ServiceRowRead, Sourced, ServiceLayout } from "./read/types";
export { columnLabels, numberColumns } from "./read/templates";
export type { ServiceColumn, NumberColumn } from "./read/templates";
export { consolidate, CONSOLIDATED_FILE } from "./merge/consolidate";
export type * from "./merge/types";
export * from "./report/layout";
export * from "./report/settings";
export { buildReport } from "./report/build";
export type { ReportExtras } from "./report/build";
export { serviceSheet, SERVICE_SHEET_NAMES, CONNECTION_TEXT } from "./report/serviceSheet";
export { findingsSheet, sortFindings, SEVERITY_TEXT, FINDINGS_SHEET_NAME } from "./report/findingsSheet";
export { provenanceSheet, PROVENANCE_SHEET_NAME } from "./report/provenanceSheet";
export { submissionsSheet, SUBMISSIONS_SHEET_NAME } from "./report/submissionsSheet";
export * from "./tasks/deadline";
export * from "./tasks/status";
export * from "./tasks/merge";
export type * from "./tasks/types";
export { findTaskHeader, readTaskTable, taskHeaderRules } from "./tasks/table";
export { taskSheet, taskResultText, viDate, TASK_SHEET_NAME, ON_TIME_STYLE } from "./report/taskSheet";
export type * from "./targets/types";
export { plan2026 } from "./targets/plan2026";
export { compareTargets, defaultTargetPlan, indicatorById, parseTarget, targetFor, targetVerdict } from "./targets/compare";
export { targetSheet, TARGET_SHEET_NAME } from "./report/targetSheet";
export { AUXILIARY_TITLES, isAuxiliaryTitle } from "./report/auxiliary";
export * from "./compare/monthOverMonth";
export { changeSheet, CHANGE_SHEET_NAME } from "./report/changeSheet";
export type * from "./models/types";
export { findModelHeader, readModelTable, splitProgress, modelHeaderRules } from "./models/table";
export { mergeModels, modelKey, modelText } from "./models/merge";
export { modelSheet, MODEL_SHEET_NAME } from "./report/modelSheet";
export * from "./forms/form";
