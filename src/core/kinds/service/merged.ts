import type { CatalogueId, ConnectionStatus, ServiceDef } from "../../catalogue";
import type { Figures, Ratios } from "../../shared/ratios";
import type { Finding } from "../../shared/findings";
import type { LeftOut } from "./flagged";
import type { NumberColumn } from "./templates";

export type { LeftOut } from "./flagged";

/** Where one unit's numbers for one service came from: provenance. */
export interface Contribution {
  readonly unitId: string;
  readonly unit: string;
  readonly file: string;
  readonly sheet: string;
  /** A1 address per number column, for the cells that held a number. */
  readonly cells: Readonly<Partial<Record<NumberColumn, string>>>;
  /** The numbers as the unit wrote them. */
  readonly figures: Figures;
  /** What of them entered the sums: `figures` less the values left out. */
  readonly counted: Figures;
  /** Values of this unit left out of the sums, and why. */
  readonly leftOut: readonly LeftOut[];
  /** Error findings on these values the clerk accepted: counted anyway. */
  readonly accepted: readonly Finding[];
  readonly connection: ConnectionStatus | null;
}

export interface UnitText {
  readonly unit: string;
  readonly text: string;
}

export interface MergedRow extends Figures, Ratios {
  readonly service: ServiceDef;
  /** Status most units report; null when none did. Disagreement is a CONNECTION_CONFLICT finding. */
  readonly connection: ConnectionStatus | null;
  readonly difficulties: readonly UnitText[];
  readonly sources: readonly Contribution[];
  /** False when a unit's value was left out of this row (see `leftOut`). */
  readonly complete: boolean;
  readonly leftOut: readonly LeftOut[];
}

export interface MergedTable {
  readonly catalogue: CatalogueId;
  /** Every catalogue row in catalogue order, reported or not. */
  readonly rows: readonly MergedRow[];
  /** Sum over top-level rows (sub-items are inside their parent). */
  readonly total: Figures & Ratios & { readonly complete: boolean; readonly leftOut: readonly LeftOut[] };
}
