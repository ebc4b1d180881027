/**
 * Hostile workbooks, built at run time with their size as a parameter: the reader's hostile suite
 * takes sizes just past a limit, `bench/hostile.bench.ts` the worst a clerk could be sent. Each is
 * the good unit workbook (three service rows) with one part made hostile; big parts are streamed
 * through the deflater, never held whole.
 */
import { editSheet, edited, withStreamedSheet } from "./packages";

/** A merge covering the whole sheet: 17 billion cells if a reader expands it. */
export const GIANT = "A1:XFD1048576";

/**
 * Letters that do not compress to nothing, so the zip's own ratio check does not refuse the file
 * first: a 32-bit linear congruential sequence (Math.imul keeps it exact; a plain product passes
 * 2^53, loses its low bits and falls into a short cycle that deflate squeezes to nothing).
 */
export function noise(n: number, seed: number): string {
  let x = seed || 1;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = 97 + ((x >>> 16) % 26);
  }
  return ascii.decode(out);
}
const ascii = new TextDecoder("latin1");

/** The same giant merge, spelled the ways a pattern-matching guard misses and an XML parser does not. */
export const GIANT_MERGE_SPELLINGS: Readonly<Record<string, string>> = {
  "single quotes": `<mergeCell ref='${GIANT}'/>`,
  "extra spaces": `<mergeCell   ref = "${GIANT}"   />`,
  "separate open and close tags": `<mergeCell ref="${GIANT}"></mergeCell>`,
  "a > inside another attribute": `<mergeCell xr:uid="{a>b}" ref="${GIANT}" xmlns:xr="urn:x"/>`,
  "a namespace prefix": `<x:mergeCell xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ref="${GIANT}"/>`,
  "lower-case letters": `<mergeCell ref="a1:xfd1048576"/>`,
};

/** Insert merge tags at the start of the sheet's `<mergeCells>`. */
export const addMerge = (tags: string) => (xml: string) => xml.replace(/<mergeCells count="\d+">/, (open) => `${open}${tags}`);

/** The good unit workbook with these merge tags added to its sheet. */
export const withMerges = (tags: string) => editSheet(addMerge(tags));

/** `n` giant merges, cycling through every spelling. */
export const giantMerges = (n: number) => {
  const all = Object.values(GIANT_MERGE_SPELLINGS);
  return Array.from({ length: n }, (_, i) => all[i % all.length]).join("");
};

/** `n` two-cell merges, one every other row (none overlapping). */
export const smallMerges = (n: number) => Array.from({ length: n }, (_, i) => `<mergeCell ref="K${i * 2 + 1}:L${i * 2 + 1}"/>`).join("");

const WORKSHEET = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const END = "</sheetData></worksheet>";

/**
 * An honest deflate bomb: rows of one long inline text, repetitive enough to inflate a hundredfold
 * or more, with `noiseChars` random letters per row that keep it under the zip's 200× ratio check
 * (120: about 90×; fewer: closer to 200×). About 14 KB of XML a row.
 */
export const deflateBomb = (rows: number, noiseChars = 120) =>
  withStreamedSheet(
    WORKSHEET,
    function* () {
      for (let i = 0; i < rows; i++) {
        yield `<row r="${i + 10}"><c r="A${i + 10}" t="inlineStr"><is><t>${"Hồ sơ trực tuyến ".repeat(600)}${noise(noiseChars, i)}</t></is></c></row>`;
      }
    },
    END,
  );

/** A legal sheet of `rows` × `cols` number cells (`<c><v>n</v></c>`, about 16 bytes a cell). */
export const numberSheet = (rows: number, cols: number) =>
  withStreamedSheet(
    WORKSHEET,
    function* () {
      for (let r = 1; r <= rows; r++) {
        let row = `<row r="${r}">`;
        for (let c = 0; c < cols; c++) row += `<c><v>${r + c}</v></c>`;
        yield `${row}</row>`;
      }
    },
    END,
  );

/**
 * A sheet of `rows` × `cols` inline texts of `chars` random letters, from row `firstRow`; each
 * ends in "ơ", so that it is held as a two-byte string: the most memory a text can take.
 */
export const textSheet = (rows: number, cols: number, chars: number, firstRow = 1) =>
  withStreamedSheet(
    WORKSHEET,
    function* () {
      for (let r = firstRow; r < firstRow + rows; r++) {
        let row = `<row r="${r}">`;
        for (let c = 0; c < cols; c++) row += `<c t="inlineStr"><is><t>${noise(chars - 1, r * cols + c)}ơ</t></is></c>`;
        yield `${row}</row>`;
      }
    },
    END,
  );

/** The good unit workbook with `n` more items in its shared-string table. */
export const manySharedStrings = (n: number) =>
  edited((f) => {
    f["xl/sharedStrings.xml"] = f["xl/sharedStrings.xml"].replace(
      "</sst>",
      Array.from({ length: n }, (_, i) => `<si><t>${i}</t></si>`).join("") + "</sst>",
    );
  });

/** The good unit workbook with one shared string of `chars` letters and no tag in them. */
export const taglessText = (chars: number) =>
  edited((f) => {
    f["xl/sharedStrings.xml"] = f["xl/sharedStrings.xml"].replace("<si><t", `<si><t>${noise(chars, 7)}</t></si><si><t`);
  });
