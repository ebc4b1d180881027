import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped } from "fflate";
import { otherFormatReason } from "./otherFormats";

/**
 * Checks an .xlsx file before the xlsx library sees it. exceljs expands every
 * merged range and every data-validation range cell by cell on load, so one
 * `A1:XFD1048576` merge exhausts memory, and it throws on overlapping merges
 * that Excel itself tolerates. We refuse what is too big and remove what would
 * hurt (data validations, which the engine never reads; huge or overlapping
 * merges) before handing the bytes on.
 */

export const LIMITS = {
  /** Bytes of the file itself. */
  maxFileBytes: 20 * 1024 * 1024,
  /** Bytes of all entries uncompressed. */
  maxUncompressedBytes: 200 * 1024 * 1024,
  /** An entry this much larger than its compressed size is a zip bomb. */
  maxCompressionRatio: 200,
  /** Entries smaller than this are never called bombs (tiny XML compresses very well). */
  ratioFloorBytes: 1024 * 1024,
  /** Cells a single merge may cover before it is dropped. */
  maxMergeCells: 10_000,
} as const;

export type GuardResult =
  | { readonly ok: true; readonly bytes: Uint8Array; readonly notes: readonly string[] }
  | { readonly ok: false; readonly code: "FILE_TOO_LARGE" | "FILE_UNREADABLE"; readonly reason: string };

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1).replace(".", ",")} MB`;

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** "B3" → [row, col], 1-based. */
function ref(a: string): [number, number] | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(a);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return [Number(m[2]), col];
}

interface Box {
  t: number;
  l: number;
  b: number;
  r: number;
}

function box(range: string): Box | null {
  const [a, b = a] = range.split(":");
  const p = ref(a);
  const q = ref(b);
  if (!p || !q) return null;
  return { t: Math.min(p[0], q[0]), l: Math.min(p[1], q[1]), b: Math.max(p[0], q[0]), r: Math.max(p[1], q[1]) };
}

const overlaps = (x: Box, y: Box) => x.t <= y.b && y.t <= x.b && x.l <= y.r && y.l <= x.r;

/** Keep merges that are small and do not overlap an earlier one. */
function cleanMerges(xml: string): { xml: string; dropped: number } {
  const kept: Box[] = [];
  let dropped = 0;
  const out = xml.replace(/<mergeCell\b[^>]*\bref="([^"]*)"[^>]*\/>/g, (whole, r: string) => {
    const b = box(r);
    const area = b ? (b.b - b.t + 1) * (b.r - b.l + 1) : Infinity;
    if (!b || area > LIMITS.maxMergeCells || kept.some((k) => overlaps(k, b))) {
      dropped++;
      return "";
    }
    kept.push(b);
    return whole;
  });
  if (dropped === 0) return { xml, dropped };
  return { xml: out.replace(/<mergeCells\b[^>]*count="\d+"/, `<mergeCells count="${kept.length}"`), dropped };
}

const DATA_VALIDATIONS = /<dataValidations\b[\s\S]*?<\/dataValidations>|<dataValidations\b[^>]*\/>/g;
const X14_VALIDATIONS = /<x14:dataValidations\b[\s\S]*?<\/x14:dataValidations>/g;

export function guardXlsx(bytes: Uint8Array): GuardResult {
  if (bytes.length === 0) return { ok: false, code: "FILE_UNREADABLE", reason: "tệp rỗng (0 byte)." };
  if (bytes.length > LIMITS.maxFileBytes) {
    return { ok: false, code: "FILE_TOO_LARGE", reason: `tệp nặng ${mb(bytes.length)}, vượt giới hạn ${mb(LIMITS.maxFileBytes)}.` };
  }
  const other = otherFormatReason(bytes);
  if (other) return { ok: false, code: "FILE_UNREADABLE", reason: other };
  if (!startsWith(bytes, ZIP)) return { ok: false, code: "FILE_UNREADABLE", reason: "không phải tệp Excel (.xlsx)." };

  let total = 0;
  let bomb: string | null = null;
  let hasWorkbook = false;
  let entries: Unzipped;
  try {
    entries = unzipSync(bytes, {
      filter: (f) => {
        total += f.originalSize;
        if (f.name === "xl/workbook.xml") hasWorkbook = true;
        if (f.originalSize > LIMITS.ratioFloorBytes && f.originalSize > f.size * LIMITS.maxCompressionRatio) bomb = f.name;
        // Only worksheets are inflated here, and only when the sizes are sane.
        return /^xl\/worksheets\/[^/]+\.xml$/.test(f.name) && total <= LIMITS.maxUncompressedBytes && bomb === null;
      },
    });
  } catch {
    return { ok: false, code: "FILE_UNREADABLE", reason: "tệp bị hỏng hoặc không phải tệp .xlsx hợp lệ." };
  }
  if (total > LIMITS.maxUncompressedBytes) {
    return {
      ok: false,
      code: "FILE_TOO_LARGE",
      reason: `nội dung giải nén ${mb(total)}, vượt giới hạn ${mb(LIMITS.maxUncompressedBytes)}.`,
    };
  }
  if (bomb) return { ok: false, code: "FILE_TOO_LARGE", reason: `tỷ lệ nén bất thường ở ${bomb} (nghi \u201Cbom zip\u201D).` };
  if (!hasWorkbook) return { ok: false, code: "FILE_UNREADABLE", reason: "tệp nén không chứa bảng tính Excel (.xlsx)." };

  const notes: string[] = [];
  const changed: Record<string, Uint8Array> = {};
  for (const [name, data] of Object.entries(entries)) {
    const xml = strFromU8(data);
    let next = xml.replace(DATA_VALIDATIONS, "").replace(X14_VALIDATIONS, "");
    const merges = cleanMerges(next);
    next = merges.xml;
    if (merges.dropped > 0) notes.push(`${name}: bỏ qua ${merges.dropped} vùng gộp ô quá lớn hoặc chồng nhau`);
    if (next !== xml) changed[name] = strToU8(next);
  }
  if (Object.keys(changed).length === 0) return { ok: true, bytes, notes };

  // Rewrite the package with the cleaned sheets; the submitted file on disk is untouched.
  const all = unzipSync(bytes);
  Object.assign(all, changed);
  return { ok: true, bytes: zipSync(all, { level: 1 }), notes };
}
