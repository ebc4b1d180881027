/** The .xlsx adapter: files in, report files out, through exceljs. Runs in Node and in the browser. */
export { guardXlsx, LIMITS } from "./guard";
export { readGrid, MAX_COLUMNS } from "./readGrid";
export type { GridResult } from "./readGrid";
export { readXlsxSubmission } from "./readSubmission";
export { writeReport } from "./writeReport";
export { writeForm } from "./writeForm";
