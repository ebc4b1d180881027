import type { CatalogueId, ConnectionStatus, ServiceDef } from "../../catalogue";
import type { Figures, Ratios } from "../../shared/ratios";
import type { Finding } from "../../shared/findings";
import type { Period } from "../../shared/period";
import type { NumberColumn } from "./templates";
import type { Submission } from "../../pipeline/readSubmission";
import type { IsoDate } from "../task/deadline";
import type { MergedTask } from "../task/types";
import type { MergedModel } from "../model/types";

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

export interface Consolidation {
  readonly period: Period | null;
  readonly submissions: readonly Submission[];
  readonly tables: Readonly<Record<CatalogueId, MergedTable>>;
  /** Tasks of every unit, merged, with their on-time status at `reportDate`. */
  readonly tasks: readonly MergedTask[];
  /** Models of every unit, merged by model number or name. */
  readonly models: readonly MergedModel[];
  /** The date task deadlines are judged at. */
  readonly reportDate: IsoDate;
  /** Every submission's findings plus those of the merge itself. */
  readonly findings: readonly Finding[];
}

export interface ConsolidateOptions {
  /** Date task deadlines are judged at; default the 15th of the period's month, else today. */
  readonly reportDate?: IsoDate;
}
