import { readdir, readFile, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { type ReadOptions, type Submission, unreadableSubmission } from "../core";
import { LIMITS, readXlsxSubmission } from "../io/xlsx";

/**
 * Expand directories to the spreadsheets inside; skip Excel's "~$" lock files. Old .xls and
 * .ods files are listed too, so that each gets a finding saying how to save it as .xlsx
 * instead of being left out without a word.
 */
export async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (info?.isDirectory()) {
      const names = (await readdir(input)).filter((n) => /\.(?:xlsx|xls|ods)$/i.test(n) && !n.startsWith("~$")).sort();
      out.push(...names.map((n) => join(input, n)));
    } else out.push(input);
  }
  return out;
}

/** Read one file from disk; every failure is a finding, never a throw. */
export async function readSubmissionFile(path: string, options: ReadOptions): Promise<Submission> {
  const name = basename(path);
  const info = await stat(path).catch(() => null);
  if (!info || !info.isFile()) return unreadableSubmission(name, "FILE_UNREADABLE", "không tìm thấy tệp.");
  // Refuse before reading a huge file into memory.
  if (info.size > LIMITS.maxFileBytes) {
    return unreadableSubmission(
      name,
      "FILE_TOO_LARGE",
      `tệp nặng ${(info.size / 1048576).toFixed(1).replace(".", ",")} MB, vượt giới hạn 20 MB.`,
    );
  }
  const bytes = await readFile(path).catch(() => null);
  if (!bytes) return unreadableSubmission(name, "FILE_UNREADABLE", "không mở được tệp (quyền truy cập?).");
  return readXlsxSubmission(name, new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), options);
}

/** Read files a few at a time: parsing is CPU-bound, I/O overlaps with it. */
export async function readSubmissionFiles(paths: readonly string[], options: ReadOptions): Promise<Submission[]> {
  const results: Submission[] = new Array(paths.length);
  let next = 0;
  const worker = async () => {
    while (next < paths.length) {
      const i = next++;
      results[i] = await readSubmissionFile(paths[i], options);
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return results;
}
