/** The Office.js adapter: worksheets to the engine's grid, the engine's report layout to worksheets. */
export { readWorksheets, sheetFromRange, parseAreas, RANGE_PROPERTIES } from "./readSheets";
export type { RangeData } from "./readSheets";
export { writeReportSheets, formatMatrix, conditionalFormula, queueConditionalFormats, ProtectedSheetError } from "./writeReport";
export type { WriteOptions, WriteResult } from "./writeReport";
export { cellInput, sheetMatrix } from "./safeText";
export { chunkRows, payloadSize, PAYLOAD_BUDGET } from "./chunk";
export { styleRuns, rangeAddress } from "./styleRuns";
export { queueSheetCopy, submissionMatrix } from "./copySheet";
export { cleanSheetName, submissionSheetName, sameSheetName } from "./sheetNames";
export { marksFor, applyMarks, queueClearMarks, selectCell, MARK_FILL } from "./marks";
export type { CellMark, AppliedMark } from "./marks";
export { queueLiveFormulas } from "./formulas";
export { readSettings, queueSettings, SETTING_KEYS } from "./settings";
