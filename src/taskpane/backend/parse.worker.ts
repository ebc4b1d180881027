/**
 * A parse worker: reads and checks received files off the pane's UI thread.
 * The engine is pure, so it runs here as is. Each worker keeps the grids it
 * read, so a change of period or unit list checks them again without a re-read.
 */
import type { WorkbookGrid } from "../../core";
import { type ParseOutcome, checkGrid, parseFile } from "./parseJob";
import type { FromWorker, ToWorker } from "./parseProtocol";

interface WorkerScope {
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
}

const scope = self as unknown as WorkerScope;
const grids = new Map<string, { grid: WorkbookGrid; cut: ParseOutcome["cut"] }>();

async function handle(msg: ToWorker): Promise<void> {
  if (msg.type === "forget") {
    grids.delete(msg.name);
    return;
  }
  const { id, name, bytes, options } = msg;
  try {
    if (!bytes) {
      const kept = grids.get(name);
      // An unreadable file stays unreadable: it is read again from its bytes for the reason.
      if (!kept) return scope.postMessage({ type: "missing", id });
      return scope.postMessage({ type: "done", id, outcome: { submission: checkGrid(kept.grid, options), cut: kept.cut } });
    }
    const { grid, outcome } = await parseFile(name, bytes, options, () => scope.postMessage({ type: "stage", id, stage: "check" }));
    if (grid) grids.set(name, { grid, cut: outcome.cut });
    else grids.delete(name);
    scope.postMessage({ type: "done", id, outcome });
  } catch (e) {
    scope.postMessage({ type: "failed", id, message: e instanceof Error ? e.message : String(e) });
  }
}

// One message at a time per worker: the pool sends each worker one job at a time anyway.
let queue = Promise.resolve();
scope.onmessage = (e) => {
  queue = queue.then(() => handle(e.data));
};
