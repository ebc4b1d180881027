import type { Finding } from "./findings";

/**
 * The clerk's deliberate acceptance of a flagged value (DOMAIN.md §4): the
 * value then counts, and provenance says it was accepted. Written as
 * `tệp!ô` or `tệp!trang tính!ô` ("nga-son.xlsx!E15"), or the file name alone
 * for the findings about the whole file (another period).
 */
/** A flagged value the clerk chose to count anyway: file, optional sheet, cell. */
export interface Acceptance {
  readonly file: string;
  readonly sheet?: string;
  /** Omitted: every finding of the file that is not about one cell (e.g. PERIOD_MISMATCH). */
  readonly cell?: string;
}

export function parseAcceptance(text: string): Acceptance | null {
  const parts = text
    .trim()
    .split("!")
    .map((p) => p.trim());
  if (!parts[0]) return null;
  const isCell = (s: string | undefined) => !!s && /^\$?[A-Z]{1,3}\$?\d+$/i.test(s);
  if (parts.length === 1) return { file: parts[0] };
  const last = parts[parts.length - 1];
  if (!isCell(last)) return null;
  const cell = last.replace(/\$/g, "").toUpperCase();
  return parts.length === 2 ? { file: parts[0], cell } : { file: parts[0], sheet: parts.slice(1, -1).join("!"), cell };
}

/** Does the clerk's acceptance cover this finding? */
export function acceptanceCovers(a: Acceptance, f: Finding): boolean {
  if (a.file !== f.file) return false;
  if (a.sheet !== undefined && a.sheet !== f.sheet) return false;
  return a.cell === undefined ? f.cell === undefined : a.cell === f.cell;
}

/** The findings of one submission an exclusion may rest on: its errors the clerk did not accept. */
export function blockingErrors(
  findings: readonly Finding[],
  accepted: readonly Acceptance[],
): { blocking: Finding[]; accepted: Finding[] } {
  const blocking: Finding[] = [];
  const ok: Finding[] = [];
  for (const f of findings) {
    if (f.severity !== "error") continue;
    if (accepted.some((a) => acceptanceCovers(a, f))) ok.push(f);
    else blocking.push(f);
  }
  return { blocking, accepted: ok };
}
