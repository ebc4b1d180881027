import { type CellRange, parseA1 } from "../../core";

/** A sheet name as Excel writes it in an address: quoted, inner apostrophes doubled. */
export function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** "'Báo cáo, tháng 9'!A1:B2" → the sheet name (unquoted) and the cell part. */
export function splitSheetAddress(address: string): { sheet?: string; ref: string } {
  const m = /^(?:'((?:[^']|'')*)'|([^'!]*))!(.*)$/.exec(address.trim());
  if (!m) return { ref: address.trim() };
  return { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2], ref: m[3] };
}

/** Split an area list at the commas outside quoted sheet names. */
export function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted; // a doubled '' toggles twice: still inside
    if (ch === "," && !quoted) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** "Sheet1!A1:B2,'Báo, cáo'!C3:D3" → zero-based ranges. */
export function parseAreas(address: string): CellRange[] {
  if (!address) return [];
  return splitAreas(address).map((part) => {
    const [from, to = from] = splitSheetAddress(part).ref.replace(/\$/g, "").split(":");
    const a = parseA1(from);
    const b = parseA1(to);
    return { top: a.row, left: a.col, bottom: b.row, right: b.col };
  });
}
