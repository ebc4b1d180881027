import { WorkerPool } from "./workerPool";

/**
 * The pane's parse workers, two by default (this is what a clerk's PC and
 * Excel's WebView usually have to spare). Kept in its own module: the
 * `new URL(…, import.meta.url)` form is what webpack bundles as a worker.
 */
export function workerPool(): WorkerPool {
  const cores = typeof navigator !== "undefined" && navigator.hardwareConcurrency ? navigator.hardwareConcurrency : 2;
  return new WorkerPool(() => new Worker(new URL("./parse.worker.ts", import.meta.url), { name: "baocao06-parse" }), Math.min(2, cores));
}
