import { type ReadOptions, type Submission, readSubmission, unreadableSubmission } from "../../core";
import { readGrid } from "./readGrid";

/** Read and check one unit's .xlsx file. Never throws: a bad file becomes a finding. */
export async function readXlsxSubmission(fileName: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<Submission> {
  try {
    const result = await readGrid(fileName, bytes, options.maxRows);
    if (!result.ok) return unreadableSubmission(fileName, result.code, result.reason);
    return readSubmission(result.grid, options);
  } catch {
    return unreadableSubmission(fileName, "FILE_UNREADABLE", "lỗi không xác định khi đọc tệp.");
  }
}
