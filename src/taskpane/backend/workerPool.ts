import type { CheckOptions, ParseOutcome } from "./parseJob";
import type { FromWorker, ToWorker } from "./parseProtocol";
import { Cancelled, type Parser } from "./parser";

interface Job {
  readonly id: number;
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly options: CheckOptions;
  /** Re-check on the worker that holds the grid, without sending the bytes. */
  readonly recheck: boolean;
  readonly onChecking?: () => void;
  readonly resolve: (o: ParseOutcome) => void;
  readonly reject: (e: unknown) => void;
}

interface Slot {
  worker: Worker | null;
  job: Job | null;
}

/**
 * A small pool of parse workers (one per core, two by default): files are
 * shared out as workers come free, so both cores work and the UI thread only
 * receives the results. A worker that is cancelled is terminated and started
 * again on the next job; the grids it held are read again from their bytes.
 */
export class WorkerPool implements Parser {
  readonly where = "workers" as const;
  private readonly slots: Slot[];
  private readonly queue: Job[] = [];
  /** Which worker holds the grid of each file. */
  private readonly home = new Map<string, number>();
  private nextId = 1;

  constructor(
    private readonly spawn: () => Worker,
    size = 2,
  ) {
    this.slots = Array.from({ length: Math.max(1, size) }, () => ({ worker: null, job: null }));
  }

  read(name: string, bytes: Uint8Array, options: CheckOptions, onChecking?: () => void): Promise<ParseOutcome> {
    return this.enqueue(name, bytes, options, false, onChecking);
  }

  recheck(name: string, bytes: Uint8Array, options: CheckOptions): Promise<ParseOutcome> {
    return this.enqueue(name, bytes, options, this.home.has(name));
  }

  forget(name: string): void {
    const at = this.home.get(name);
    this.home.delete(name);
    if (at !== undefined) this.slots[at].worker?.postMessage({ type: "forget", name } satisfies ToWorker);
  }

  cancel(): void {
    for (const job of this.queue.splice(0)) job.reject(new Cancelled());
    this.slots.forEach((slot, i) => {
      if (!slot.job) return;
      slot.worker?.terminate();
      slot.worker = null;
      slot.job.reject(new Cancelled());
      slot.job = null;
      for (const [name, at] of this.home) if (at === i) this.home.delete(name);
    });
  }

  private enqueue(name: string, bytes: Uint8Array, options: CheckOptions, recheck: boolean, onChecking?: () => void) {
    return new Promise<ParseOutcome>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, name, bytes, options, recheck, onChecking, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    this.slots.forEach((slot, i) => {
      if (slot.job) return;
      // A re-check must run where its grid is; anything else runs on the first free worker.
      const k = this.queue.findIndex((j) => {
        const at = this.home.get(j.name);
        return !j.recheck || at === undefined || at === i;
      });
      if (k < 0) return;
      const [job] = this.queue.splice(k, 1);
      this.start(i, job);
    });
  }

  private start(i: number, job: Job): void {
    const slot = this.slots[i];
    slot.job = job;
    if (!slot.worker) {
      const w = this.spawn();
      w.onmessage = (e: MessageEvent<FromWorker>) => this.receive(i, e.data);
      w.onerror = (e) => {
        e.preventDefault();
        this.fail(i, new Error(e.message || "worker error"));
      };
      slot.worker = w;
    }
    const kept = job.recheck && this.home.get(job.name) === i;
    const msg: ToWorker = kept
      ? { type: "check", id: job.id, name: job.name, options: job.options }
      : { type: "check", id: job.id, name: job.name, bytes: job.bytes, options: job.options };
    if (!kept) this.home.set(job.name, i);
    slot.worker.postMessage(msg);
  }

  private receive(i: number, msg: FromWorker): void {
    const slot = this.slots[i];
    const job = slot.job;
    if (!job || job.id !== msg.id) return;
    if (msg.type === "stage") {
      job.onChecking?.();
      return;
    }
    slot.job = null;
    if (msg.type === "done") job.resolve(msg.outcome);
    else if (msg.type === "missing") {
      this.home.delete(job.name);
      this.queue.unshift({ ...job, recheck: false });
    } else job.reject(new Error(msg.message));
    this.pump();
  }

  private fail(i: number, e: Error): void {
    const slot = this.slots[i];
    slot.worker?.terminate();
    slot.worker = null;
    for (const [name, at] of this.home) if (at === i) this.home.delete(name);
    const job = slot.job;
    slot.job = null;
    job?.reject(e);
    this.pump();
  }
}
