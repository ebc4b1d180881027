import type { CatalogueId, ConnectionStatus, ServiceDef } from "../../catalogue";
import type { Figures, Ratios } from "../../shared/ratios";
import type { NumberColumn } from "./templates";

/** Where one unit's numbers for one service came from: provenance. */
export interface Contribution {
  readonly unitId: string;
  readonly unit: string;
  readonly file: string;
  readonly sheet: string;
  /** A1 address per number column, for the cells that held a number. */
  readonly cells: Readonly<Partial<Record<NumberColumn, string>>>;
  readonly figures: Figures;
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
}

export interface MergedTable {
  readonly catalogue: CatalogueId;
  /** Every catalogue row in catalogue order, reported or not. */
  readonly rows: readonly MergedRow[];
  /** Sum over top-level rows (sub-items are inside their parent). */
  readonly total: Figures & Ratios;
}
