/**
 * What the reader accepts, and what the clerk is told when a file passes a limit.
 * Every cap is checked while the file is being read, so memory and time stay
 * bounded whatever the zip headers or the XML claim.
 */
import { formatNumber, formatSize } from "../../../core";

export const LIMITS = {
  /** Bytes of the file itself. */
  maxFileBytes: 20 * 1024 * 1024,
  /** Bytes of all zip entries uncompressed, as the zip declares them. */
  maxUncompressedBytes: 200 * 1024 * 1024,
  /** An entry this much larger than its compressed size is a zip bomb. */
  maxCompressionRatio: 200,
  /** Entries smaller than this are never called bombs (tiny XML compresses very well). */
  ratioFloorBytes: 1024 * 1024,
  /** Entries in the zip. */
  maxEntries: 10_000,
  /** Bytes actually inflated and parsed, per part and in all parts of one file. */
  maxPartBytes: 100 * 1024 * 1024,
  maxInflatedBytes: 100 * 1024 * 1024,
  /** Characters of XML without a single tag (a giant text or attribute). */
  maxXmlRun: 1_000_000,
  /** Cells (`<c>` elements) in all sheets of one file. */
  maxCells: 3_000_000,
  /** Items of the shared-string table. */
  maxSharedStrings: 1_000_000,
  /** Cells a single merge may cover before it is dropped (not expanded: it is only a rectangle). */
  maxMergeCells: 10_000,
  /** Merge ranges per sheet. */
  maxMerges: 10_000,
  /** Cells covered by the kept merges of one sheet. */
  maxMergedArea: 1_000_000,
  /** Characters of text kept from the cells read (rows and columns the engine looks at), all sheets of one file. */
  maxTextChars: 5_000_000,
} as const;

export type StopCode = "FILE_TOO_LARGE" | "FILE_UNREADABLE";

/** Thrown inside the reader to stop at once; readGrid turns it into a result, never a crash. */
export class ReadStop extends Error {
  constructor(
    readonly code: StopCode,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/** Why a file over LIMITS.maxFileBytes is refused, before a byte of it is read. */
export const fileTooLargeReason = (bytes: number) => `tệp nặng ${formatSize(bytes)}, vượt giới hạn ${formatSize(LIMITS.maxFileBytes)}.`;

export const tooLarge = (reason: string) => new ReadStop("FILE_TOO_LARGE", reason);

/** Text kept for the engine so far in one file, against LIMITS.maxTextChars. */
export interface TextCount {
  chars: number;
}

/** Count `text` as kept; past the limit the file is refused, so what is held for the engine stays bounded. */
export function keepText(counter: TextCount, text: string): void {
  counter.chars += text.length;
  if (counter.chars > LIMITS.maxTextChars) {
    throw tooLarge(`các ô được đọc chứa hơn ${formatNumber(LIMITS.maxTextChars)} ký tự chữ, vượt giới hạn.`);
  }
}
export const unreadable = (reason: string) => new ReadStop("FILE_UNREADABLE", reason);

export const CORRUPT = "nội dung tệp .xlsx bị hỏng, Excel hoặc thư viện không mở được.";
