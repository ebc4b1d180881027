import type { CheckOptions, ParseOutcome } from "./parseJob";

/** Messages between the pane and its parse workers. */
export type ToWorker =
  /** Read and check a file; without bytes, check again the grid the worker kept from an earlier read. */
  | { readonly type: "check"; readonly id: number; readonly name: string; readonly bytes?: Uint8Array; readonly options: CheckOptions }
  | { readonly type: "forget"; readonly name: string };

export type FromWorker =
  | { readonly type: "stage"; readonly id: number; readonly stage: "check" }
  | { readonly type: "done"; readonly id: number; readonly outcome: ParseOutcome }
  /** The worker no longer has the grid (it was restarted): send the bytes again. */
  | { readonly type: "missing"; readonly id: number }
  | { readonly type: "failed"; readonly id: number; readonly message: string };
