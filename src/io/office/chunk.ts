/**
 * Excel on the web refuses a request payload over 5 MB. We keep every batch
 * under a budget by estimating the JSON size of what is queued.
 */
export const PAYLOAD_BUDGET = 4 * 1024 * 1024;

/** Rough JSON size of a value as Office.js serialises it (UTF-16 safety margin for Vietnamese). */
export function payloadSize(value: unknown): number {
  return Math.ceil(JSON.stringify(value).length * 1.1) + 64;
}

export interface RowBlock<T> {
  /** First row of the block, relative to the matrix. */
  readonly start: number;
  readonly rows: T[][];
  readonly bytes: number;
}

/** Split a matrix into consecutive row blocks, each under `budget` bytes (a single huge row stays whole). */
export function chunkRows<T>(matrix: T[][], budget = PAYLOAD_BUDGET): RowBlock<T>[] {
  const blocks: RowBlock<T>[] = [];
  let start = 0;
  let rows: T[][] = [];
  let bytes = 0;
  matrix.forEach((row, i) => {
    const size = payloadSize(row);
    if (rows.length > 0 && bytes + size > budget) {
      blocks.push({ start, rows, bytes });
      start = i;
      rows = [];
      bytes = 0;
    }
    rows.push(row);
    bytes += size;
  });
  if (rows.length > 0) blocks.push({ start, rows, bytes });
  return blocks;
}
