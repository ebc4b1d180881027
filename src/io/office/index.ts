/** The Office.js adapter: worksheets to the engine's grid, the engine's report layout to worksheets. */
export { readWorksheets, sheetFromRange, parseAreas, RANGE_PROPERTIES, isDateFormat } from "./readSheets";
export type { RangeData } from "./readSheets";
export {
  writeReportSheets,
  readReportSheets,
  formatMatrix,
  conditionalFormula,
  queueConditionalFormats,
  ProtectedSheetError,
  TEMP_PREFIX,
} from "./writeReport";
export type { WriteOptions, WriteResult } from "./writeReport";
export { cellInput, sheetMatrix, TEXT_FORMAT } from "./safeText";
export { Batcher, chunkRows, payloadSize, utf8Length, PAYLOAD_BUDGET, OP_BYTES } from "./chunk";
export { quotedSheet, splitSheetAddress, splitAreas } from "./addresses";
export { styleRuns, rangeAddress } from "./styleRuns";
export { queueSheetCopy, submissionMatrix, dateSerial } from "./copySheet";
export { cleanSheetName, submissionSheetName, sameSheetName } from "./sheetNames";
export { marksFor, updateMarks, selectCell, MARK_FILL, COMMENT_PREFIX } from "./marks";
export type { CellMark, AppliedMark, MarkUpdate } from "./marks";
export { queueLiveFormulas } from "./formulas";
export { readSettings, queueSettings, SETTING_KEYS } from "./settings";
export { officeErrorCode, officeErrorMessage, runExcel } from "./errors";
export { runSelfCheck, selfCheckText, newestExcelApi, officeDialogProbe, SCRATCH_SHEET } from "./selfCheck";
export type { SelfCheckReport, ProbeResult, ProbeOutcome, DialogProbe } from "./selfCheck";
export { openAsWorkbook, canOpenWorkbooks, base64Of } from "./openWorkbook";
