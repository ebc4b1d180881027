import { createHash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { type ReadOptions, type Submission, unreadableSubmission } from "../core";
import { LIMITS, fileTooLargeReason, readXlsxSubmission } from "../io/xlsx";

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
    return unreadableSubmission(name, "FILE_TOO_LARGE", fileTooLargeReason(info.size));
  }
  const bytes = await readFile(path).catch(() => null);
  if (!bytes) return unreadableSubmission(name, "FILE_UNREADABLE", "không mở được tệp (quyền truy cập?).");
  const submission = await readXlsxSubmission(name, new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), options);
  return { ...submission, receivedAt: info.mtime.toISOString(), contentHash: sha256(bytes) };
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** The fingerprint and date of a file without keeping its bytes; null when it cannot be read (said when it is read). */
async function fingerprint(path: string): Promise<{ hash: string; mtime: string } | null> {
  const info = await stat(path).catch(() => null);
  if (!info?.isFile() || info.size > LIMITS.maxFileBytes) return null;
  const bytes = await readFile(path).catch(() => null);
  return bytes ? { hash: sha256(bytes), mtime: info.mtime.toISOString() } : null;
}

/** Run `f` over the items four at a time: parsing is CPU-bound, I/O overlaps with it. */
async function pool<T, R>(items: readonly T[], f: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await f(items[i], i);
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return results;
}

/**
 * Read every file once: a file whose bytes equal an earlier one's (the same report given twice,
 * or saved under two names) is not parsed again; it stands as the earlier file's copy and the
 * merge counts it once, with a finding.
 */
export async function readSubmissionFiles(paths: readonly string[], options: ReadOptions): Promise<Submission[]> {
  const prints = await pool(paths, fingerprint);
  const firstOf = new Map<string, number>();
  const copyOf = prints.map((p, i) => {
    if (!p) return -1;
    const first = firstOf.get(p.hash);
    if (first === undefined) firstOf.set(p.hash, i);
    return first ?? -1;
  });
  const read = await pool(paths, (path, i) => (copyOf[i] < 0 ? readSubmissionFile(path, options) : Promise.resolve(null)));
  return read.map((s, i) => {
    if (s) return s;
    const first = read[copyOf[i]]!;
    return { ...first, file: basename(paths[i]), findings: [], receivedAt: prints[i]!.mtime, contentHash: prints[i]!.hash };
  });
}
