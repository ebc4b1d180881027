import type { CheckOptions, ParseOutcome } from "./parseJob";

/** Reads and checks received files; keeps each file's grid so a settings change only checks again. */
export interface Parser {
  read(name: string, bytes: Uint8Array, options: CheckOptions, onChecking?: () => void): Promise<ParseOutcome>;
  /** Check again with new settings; reads the bytes again only if the grid is gone. */
  recheck(name: string, bytes: Uint8Array, options: CheckOptions): Promise<ParseOutcome>;
  forget(name: string): void;
  /** Stop every job in progress or waiting; their promises reject with `Cancelled`. */
  cancel(): void;
  /** "workers" when parsing runs off the UI thread. */
  readonly where: "workers" | "inline";
}

export class Cancelled extends Error {
  constructor() {
    super("cancelled");
    this.name = "Cancelled";
  }
}
