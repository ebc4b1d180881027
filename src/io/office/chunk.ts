/**
 * Excel on the web refuses a request or a response over 5 MB. Every batch is kept under a
 * budget by estimating what Office.js sends: the UTF-8 JSON of the arguments plus a fixed cost
 * per queued operation (action, object path, ids).
 */
export const PAYLOAD_BUDGET = 4 * 1024 * 1024;

/** Estimated bytes Office.js adds per queued operation; generous so that estimates stay above the real size. */
export const OP_BYTES = 200;

/** UTF-8 length of a string without allocating (Vietnamese letters take 2–3 bytes). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Bytes of a value as one queued operation's JSON argument. */
export function payloadSize(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? "null") + OP_BYTES;
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
  let bytes = OP_BYTES;
  matrix.forEach((row, i) => {
    const size = utf8Length(JSON.stringify(row)) + 1;
    if (rows.length > 0 && bytes + size > budget) {
      blocks.push({ start, rows, bytes });
      start = i;
      rows = [];
      bytes = OP_BYTES;
    }
    rows.push(row);
    bytes += size;
  });
  if (rows.length > 0) blocks.push({ start, rows, bytes });
  return blocks;
}

/**
 * Queues operations on one request context and syncs whenever the next piece would take the
 * request over the budget, so that the number of round trips grows with the payload and not
 * with the number of sheets or files.
 */
export class Batcher {
  private queued = 0;
  syncs = 0;
  constructor(
    readonly context: Excel.RequestContext,
    readonly budget = PAYLOAD_BUDGET,
    /** Queued again at the start of every request (e.g. suspending calculation). */
    private readonly onNewRequest: () => void = () => undefined,
  ) {
    onNewRequest();
  }
  /** Make room for `bytes` more: syncs first when they would not fit. */
  async reserve(bytes: number): Promise<void> {
    if (this.queued > 0 && this.queued + bytes > this.budget) await this.sync();
    this.queued += bytes;
  }
  async sync(): Promise<void> {
    this.syncs++;
    this.queued = 0;
    await this.context.sync();
    this.onNewRequest();
  }
  /** Sync what is queued, if anything. */
  async flush(): Promise<void> {
    if (this.queued > 0) await this.sync();
  }
}
