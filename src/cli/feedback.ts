import { mkdir, readFile, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { type IsoDate, type ReadOptions, isIsoDate } from "../core";
import { unitFeedback } from "../core/feedback";
import { annotateWorkbook } from "../io/xlsx/annotate";
import { readSubmissionFile } from "./files";

/** Days a unit gets to resend when the clerk gives no date. */
export const DEFAULT_RESEND_DAYS = 3;

export function defaultResendBy(today: Date = new Date()): IsoDate {
  const d = new Date(today.getFullYear(), today.getMonth(), today.getDate() + DEFAULT_RESEND_DAYS);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

export interface FeedbackFileResult {
  readonly file: string;
  readonly unit: string;
  readonly errors: number;
  readonly warnings: number;
  /** Path of the annotated copy; null when nothing goes back or the file is unreadable. */
  readonly out: string | null;
  readonly message: string | null;
  /** Path of the text file holding the message, beside the copy. */
  readonly messageFile: string | null;
  /** Why no copy could be written although there was something to send back. */
  readonly error: string | null;
}

const stem = (file: string) => basename(file).replace(/\.xlsx$/i, "");

/** Check each file and write, for each unit with something to fix, its annotated copy and the note to send. */
export async function feedbackFiles(
  files: readonly string[],
  outDir: string,
  options: ReadOptions & { resendBy: IsoDate; sender?: string },
): Promise<FeedbackFileResult[]> {
  if (!isIsoDate(options.resendBy)) throw new Error(`Ngày gửi lại "${options.resendBy}" không đúng dạng YYYY-MM-DD.`);
  await mkdir(outDir, { recursive: true });
  const results: FeedbackFileResult[] = [];
  for (const path of files) {
    const submission = await readSubmissionFile(path, options);
    const fb = unitFeedback(submission, {
      period: options.period ?? null,
      resendBy: options.resendBy,
      ...(options.sender ? { sender: options.sender } : {}),
    });
    let out: string | null = null;
    let error: string | null = null;
    if (fb.copy) {
      try {
        const original = new Uint8Array(await readFile(path));
        const target = join(outDir, `${stem(path)}-kiem-tra.xlsx`);
        await writeFile(target, annotateWorkbook(original, fb));
        out = target;
      } catch (e) {
        error = `Không tạo được bản ghi chú: ${e instanceof Error ? e.message : String(e)}`;
      }
    }
    let messageFile: string | null = null;
    if (fb.message) {
      messageFile = join(outDir, `${stem(path)}-kiem-tra.txt`);
      await writeFile(messageFile, `${fb.message}\n`);
    }
    results.push({
      file: submission.file,
      unit: fb.unit,
      errors: fb.errors,
      warnings: fb.warnings,
      out,
      message: fb.message,
      messageFile,
      error,
    });
  }
  return results;
}
