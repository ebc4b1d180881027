import type { WorkbookGrid } from "../../core";
import { type CheckOptions, type ParseOutcome, checkGrid, parseFile } from "./parseJob";
import { Cancelled, type Parser } from "./parser";

/** Parsing on the UI thread, for hosts without Web Workers (and Node tests). */
export class InlineParser implements Parser {
  readonly where = "inline" as const;
  private readonly grids = new Map<string, { grid: WorkbookGrid; cut: ParseOutcome["cut"] }>();
  private generation = 0;

  async read(name: string, bytes: Uint8Array, options: CheckOptions, onChecking?: () => void): Promise<ParseOutcome> {
    const gen = this.generation;
    const { grid, outcome } = await parseFile(name, bytes, options, onChecking);
    if (gen !== this.generation) throw new Cancelled();
    if (grid) this.grids.set(name, { grid, cut: outcome.cut });
    return outcome;
  }

  async recheck(name: string, bytes: Uint8Array, options: CheckOptions): Promise<ParseOutcome> {
    const kept = this.grids.get(name);
    return kept ? { submission: checkGrid(kept.grid, options), cut: kept.cut } : this.read(name, bytes, options);
  }

  forget(name: string): void {
    this.grids.delete(name);
  }

  cancel(): void {
    this.generation++;
  }
}
