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

/** Longer texts are keyed afresh each time: they do not recur, and a cache of them would hold megabytes. */
const CACHED_LENGTH = 256;

/**
 * Keys are computed for every header cell, name and number text of every file,
 * and the same strings recur across units; a bounded cache makes that cheap.
 */
export function cached(f: (s: string) => string): (s: string) => string {
  const cache = new Map<string, string>();
  return (s) => {
    if (s.length > CACHED_LENGTH) return f(s);
    let v = cache.get(s);
    if (v === undefined) {
      if (cache.size > 20_000) cache.clear();
      v = f(s);
      cache.set(s, v);
    }
    return v;
  };
}

/**
 * Runs of characters that are neither letters nor digits become one space. Written without
 * Unicode property escapes (\p{L}), which the webview of Excel 2019 (EdgeHTML) cannot parse:
 * a letter is a character with case, which every letter of Vietnamese text (NFC) is.
 */
function wordsOnly(s: string): string {
  let out = "";
  let gap = false;
  for (const ch of s) {
    if ((ch >= "0" && ch <= "9") || ch.toLowerCase() !== ch.toUpperCase()) {
      out += ch;
      gap = false;
    } else if (!gap) {
      out += " ";
      gap = true;
    }
  }
  return out;
}

/** Combining marks left by NFD: Vietnamese tones and vowel marks all lie in this block. */
const COMBINING_MARKS = /[\u0300-\u036f]+/g;

/** Lower-case key with diacritics, without punctuation. */
export const textKey = cached((s: string): string => wordsOnly(cleanText(s).toLowerCase()).trim());

/**
 * Diacritic-free key: "Đăng kí" and "Đăng ký" and "dang ky" meet here.
 * y/i are folded because Vietnamese spells the same syllable both ways (ký/kí, lý/lí).
 */
export const foldKey = cached((s: string): string =>
  textKey(s).normalize("NFD").replace(COMBINING_MARKS, "").replace(/đ/g, "d").replace(/y/g, "i"),
);

/** True when `haystack` (a folded key) contains every word of `needle` in order. */
export function containsWords(haystack: string, needle: string): boolean {
  return ` ${haystack} `.includes(` ${needle} `);
}

/** ASCII slug for ids and file names: "UBND xã Quảng Phú" → "ubnd-xa-quang-phu". */
export function slugify(s: string): string {
  return s
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .replace(/đ/gi, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** Folded header text without spaces ("Tổng \nhồ sơ" → "tonghoso"); memoised, as every text cell is asked. */
export const headerKey = cached((text: string): string => foldKey(text).replace(/ /g, ""));

/** Diacritics off, đ → d, y → i: foldKey's letter folding alone, for text already lower case. */
const foldLetters = (s: string) => s.normalize("NFD").replace(COMBINING_MARKS, "").replace(/đ/g, "d").replace(/y/g, "i");

/**
 * A pattern written in readable Vietnamese (lower case, with diacritics), folded to match
 * foldKey's keys: `/theo (?:hướng dẫn|yêu cầu)/` becomes `/theo (?:huong dan|ieu cau)/`. Only
 * letters change, so the pattern's syntax (ASCII, never a "y") stays as written.
 */
export function foldPattern(pattern: RegExp): RegExp {
  return new RegExp(foldLetters(pattern.source), pattern.flags);
}

/** The same for headerKey's keys, which have no spaces: `/số hồ sơ/` becomes `/sohoso/`. */
export function foldHeaderPattern(pattern: RegExp): RegExp {
  return new RegExp(foldLetters(pattern.source).replace(/ /g, ""), pattern.flags);
}
