/** The .xlsx adapter: files in through a streaming reader, report files out through exceljs. Runs in Node and in the browser. */
export { LIMITS, fileTooLargeReason } from "./read/limits";
export { readGrid, readGridSync, MAX_COLUMNS } from "./readGrid";
export type { GridResult } from "./readGrid";
export { readXlsxSubmission } from "./readSubmission";
export { writeReport } from "./writeReport";
export type { SheetPicture } from "./writeReport";
export { writeForm } from "./writeForm";
export { NonFiniteNumberError } from "./finite";
