/**
 * Text normalisation for matching what units type against catalogue data.
 * Units write the same words with different Unicode forms, dashes, spaces,
 * line breaks, "ký"/"kí", and typos; these keys absorb the harmless part.
 */

const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const SPACES = /[\s\u00A0\u2000-\u200B\u202F\u205F\u3000]+/g;

/** Trimmed, NFC, single spaces, ASCII dashes: for display and storage. */
export function cleanText(s: string): string {
  return s.normalize("NFC").replace(DASHES, "-").replace(SPACES, " ").trim();
}

/** Lower-case key with diacritics, without punctuation. */
export function textKey(s: string): string {
  return cleanText(s)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * Diacritic-free key: "Đăng kí" and "Đăng ký" and "dang ky" meet here.
 * y/i are folded because Vietnamese spells the same syllable both ways (ký/kí, lý/lí).
 */
export function foldKey(s: string): string {
  return textKey(s)
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/đ/g, "d")
    .replace(/y/g, "i");
}

/** True when `haystack` (a folded key) contains every word of `needle` in order. */
export function containsWords(haystack: string, needle: string): boolean {
  return ` ${haystack} `.includes(` ${needle} `);
}
