// Draws the add-in icons (a report sheet with a rising bar chart) as PNGs with a tiny encoder,
// so no image library is needed. Run: node scripts/make-icons.mjs — the PNGs are committed.
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const SIZES = [16, 32, 64, 80, 128];
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(x / size, y / size), y * (size * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}
const GREEN = [16, 124, 65, 255]; // Excel green
const WHITE = [255, 255, 255, 255];
const RED = [218, 37, 29, 255]; // flag red for the top bar
const CLEAR = [0, 0, 0, 0];
function pixel(x, y) {
  const inSheet = x >= 0.1 && x <= 0.9 && y >= 0.06 && y <= 0.94;
  if (!inSheet) return CLEAR;
  if (y < 0.2) return RED;
  const bars = [
    [0.22, 0.36, 0.62],
    [0.44, 0.58, 0.45],
    [0.66, 0.8, 0.3],
  ];
  for (const [l, r, top] of bars) if (x >= l && x <= r && y >= top && y <= 0.84) return WHITE;
  return GREEN;
}
for (const s of SIZES) writeFileSync(new URL(`../assets/icon-${s}.png`, import.meta.url), png(s, pixel));
console.log(`icons: ${SIZES.map((s) => `icon-${s}.png`).join(", ")}`);
