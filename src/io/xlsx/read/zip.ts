import { formatNumber, formatSize } from "../../../core";
import { Inflate, inflateSync } from "fflate";
import { CORRUPT, LIMITS, ReadStop, tooLarge, unreadable } from "./limits";

/**
 * The zip's central directory, read the way spreadsheet programs read it: the
 * directory at the end of the file says which parts exist and where they start;
 * a part is inflated only when it is asked for, and streamed in small chunks so
 * that no part is ever held whole in memory. Inflating is fflate's; only the
 * directory records (fixed little-endian fields) are read here.
 */
export interface ZipEntry {
  /** Name as stored (no leading slash). */
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
  readonly encrypted: boolean;
}

export interface ZipIndex {
  readonly bytes: Uint8Array;
  /** Lower-cased part name → entry: part names are case-insensitive in a package. */
  readonly entries: ReadonlyMap<string, ZipEntry>;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const BROKEN = "tệp bị hỏng hoặc không phải tệp .xlsx hợp lệ.";

export const partKey = (name: string) => name.replace(/\\/g, "/").replace(/^\/+/, "").toLowerCase();

function u16(b: Uint8Array, i: number): number {
  return b[i] | (b[i + 1] << 8);
}
function u32(b: Uint8Array, i: number): number {
  return (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;
}
function u64(b: Uint8Array, i: number): number {
  return u32(b, i) + u32(b, i + 4) * 2 ** 32;
}

function findEnd(b: Uint8Array): number {
  const stop = Math.max(0, b.length - 22 - 0xffff);
  for (let i = b.length - 22; i >= stop; i--) if (u32(b, i) === EOCD) return i;
  return -1;
}

const names = new TextDecoder("utf-8");

export function openZip(bytes: Uint8Array): ZipIndex {
  const end = findEnd(bytes);
  if (end < 0) throw unreadable(BROKEN);
  let total = u16(bytes, end + 10);
  let offset = u32(bytes, end + 16);
  if (total === 0xffff || offset === 0xffffffff) {
    const loc = end - 20;
    if (loc < 0 || u32(bytes, loc) !== ZIP64_LOCATOR) throw unreadable(BROKEN);
    const z = u64(bytes, loc + 8);
    if (z + 56 > bytes.length || u32(bytes, z) !== ZIP64_EOCD) throw unreadable(BROKEN);
    total = u64(bytes, z + 32);
    offset = u64(bytes, z + 48);
  }
  if (total > LIMITS.maxEntries) {
    throw tooLarge(`tệp nén có ${formatNumber(total)} thành phần, vượt giới hạn ${formatNumber(LIMITS.maxEntries)}.`);
  }
  const entries = new Map<string, ZipEntry>();
  let declared = 0;
  let p = offset;
  for (let n = 0; n < total; n++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== CENTRAL) throw unreadable(BROKEN);
    const flags = u16(bytes, p + 8);
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    let compressedSize = u32(bytes, p + 20);
    let size = u32(bytes, p + 24);
    let localOffset = u32(bytes, p + 42);
    const nameEnd = p + 46 + nameLen;
    if (nameEnd + extraLen > bytes.length) throw unreadable(BROKEN);
    const name = names.decode(bytes.subarray(p + 46, nameEnd));
    // Zip64: sizes and offset that do not fit 32 bits are in the 0x0001 extra field, in this order.
    for (let e = nameEnd; e + 4 <= nameEnd + extraLen;) {
      const id = u16(bytes, e);
      const len = u16(bytes, e + 2);
      if (id === 0x0001) {
        let q = e + 4;
        if (size === 0xffffffff) {
          size = u64(bytes, q);
          q += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = u64(bytes, q);
          q += 8;
        }
        if (localOffset === 0xffffffff) localOffset = u64(bytes, q);
      }
      e += 4 + len;
    }
    const entry: ZipEntry = { name, method: u16(bytes, p + 10), compressedSize, size, localOffset, encrypted: (flags & 1) === 1 };
    declared += size;
    if (declared > LIMITS.maxUncompressedBytes) {
      throw tooLarge(`nội dung giải nén ${formatSize(declared)}, vượt giới hạn ${formatSize(LIMITS.maxUncompressedBytes)}.`);
    }
    if (size > LIMITS.ratioFloorBytes && size > compressedSize * LIMITS.maxCompressionRatio) {
      throw tooLarge(`tỷ lệ nén bất thường ở ${name} (nghi \u201Cbom zip\u201D).`);
    }
    const key = partKey(name);
    if (!entries.has(key)) entries.set(key, entry);
    p = nameEnd + extraLen + commentLen;
  }
  return { bytes, entries };
}

/** Compressed bytes of an entry, located through its local header. */
function dataOf(zip: ZipIndex, e: ZipEntry): Uint8Array {
  const b = zip.bytes;
  const h = e.localOffset;
  if (h + 30 > b.length || u32(b, h) !== LOCAL) throw unreadable(BROKEN);
  const start = h + 30 + u16(b, h + 26) + u16(b, h + 28);
  if (start + e.compressedSize > b.length) throw unreadable(BROKEN);
  return b.subarray(start, start + e.compressedSize);
}

/** Compressed input is fed this much at a time: deflate expands at most ~1032×, so one chunk stays small. */
const CHUNK = 16 * 1024;

/**
 * Stream one entry's inflated bytes to `sink`, stopping the moment it passes
 * `budget` bytes (what is left of the file's allowance) or its own declared size.
 * Returns the number of bytes inflated.
 */
export function streamEntry(zip: ZipIndex, e: ZipEntry, sink: (chunk: Uint8Array) => void, budget: number): number {
  if (e.encrypted) throw unreadable("tệp bị mã hóa bằng mật khẩu; hãy lưu lại trong Excel không đặt mật khẩu.");
  const data = dataOf(zip, e);
  const cap = Math.min(budget, LIMITS.maxPartBytes);
  // Name the part when it alone is over its limit; otherwise it is what the file read before it that tips the balance.
  const over = (n: number) =>
    tooLarge(
      n > LIMITS.maxPartBytes
        ? `phần ${e.name} giải nén vượt giới hạn ${formatSize(LIMITS.maxPartBytes)}.`
        : `nội dung giải nén vượt giới hạn ${formatSize(LIMITS.maxInflatedBytes)} cho mỗi tệp.`,
    );
  // The directory's size is binding (a part inflating past it is refused below), so a part that
  // declares more than may be read is refused before a byte of it is inflated.
  if (e.size > cap) throw over(e.size);
  let out = 0;
  const take = (chunk: Uint8Array) => {
    out += chunk.length;
    if (out > cap) throw over(out);
    // The directory is what a spreadsheet program trusts; a part longer than it says is not a valid package.
    if (out > e.size) throw unreadable(`phần ${e.name} dài hơn kích thước khai báo trong tệp nén; ${CORRUPT}`);
    if (chunk.length > 0) sink(chunk);
  };
  if (e.method === 0) {
    for (let i = 0; i < data.length; i += CHUNK * 4) take(data.subarray(i, i + CHUNK * 4));
    return out;
  }
  if (e.method !== 8) throw unreadable(`phần ${e.name} nén theo cách Excel không dùng; ${CORRUPT}`);
  const inflate = new Inflate((chunk) => take(chunk));
  try {
    // A part that fits one chunk inflates in one go either way: into a buffer of its declared size, without regrowing.
    if (data.length <= CHUNK) {
      take(inflateSync(data, { out: new Uint8Array(e.size) }));
      return out;
    }
    if (data.length === 0) inflate.push(new Uint8Array(0), true);
    for (let i = 0; i < data.length; i += CHUNK) inflate.push(data.subarray(i, i + CHUNK), i + CHUNK >= data.length);
  } catch (err) {
    if (err instanceof ReadStop) throw err;
    throw unreadable(`phần ${e.name} không giải nén được; ${CORRUPT}`);
  }
  return out;
}
