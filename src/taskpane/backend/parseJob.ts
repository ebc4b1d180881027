import {
  type Period,
  type Submission,
  type UnitRegistry,
  type WorkbookGrid,
  readSubmission,
  sha256Hex,
  unreadableSubmission,
} from "../../core";
import { readGrid } from "../../io/xlsx";

/** A sheet longer than the row limit: only its first `read` of `rows` rows were checked. */
export interface SheetCut {
  readonly sheet: string;
  readonly rows: number;
  readonly read: number;
}

export interface ParseOutcome {
  readonly submission: Submission;
  readonly cut: readonly SheetCut[];
  /** SHA-256 of the file's bytes (same file twice = one submission), computed where it was parsed, off the UI thread. */
  readonly hash?: string;
}

export interface CheckOptions {
  readonly period: Period | null;
  readonly registry: UnitRegistry;
}

/**
 * One received file through the engine: bytes → grid → submission. Pure of
 * the DOM, so it runs the same in a Web Worker (the pane) and in Node (tests).
 */
export async function parseFile(
  name: string,
  bytes: Uint8Array,
  options: CheckOptions,
  onRead?: () => void,
): Promise<{ grid: WorkbookGrid | null; outcome: ParseOutcome }> {
  const hash = sha256Hex(bytes);
  const result = await readGrid(name, bytes);
  onRead?.();
  if (!result.ok) return { grid: null, outcome: { submission: unreadableSubmission(name, result.code, result.reason), cut: [], hash } };
  return { grid: result.grid, outcome: { submission: checkGrid(result.grid, options), cut: result.cut ?? [], hash } };
}

export function checkGrid(grid: WorkbookGrid, options: CheckOptions): Submission {
  return readSubmission(grid, { period: options.period, registry: options.registry });
}
