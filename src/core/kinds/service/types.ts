import type { CatalogueId, ConnectionStatus, ServiceDef } from "../../catalogue";
import type { CellRange } from "../../shared/grid";
import type { RatioReading, Reading } from "../../shared/values";
import type { NumberColumn, ServiceColumn } from "./templates";

/** A value read from one cell, with the A1 address it came from (null when the column is absent). */
export interface Sourced<R> {
  readonly reading: R;
  readonly cell: string | null;
}

export interface ServiceRowRead {
  readonly service: ServiceDef;
  readonly sheet: string;
  /** Zero-based row in the sheet. */
  readonly row: number;
  /** The name as the unit wrote it. */
  readonly label: string;
  readonly connection: { readonly raw: string; readonly status: ConnectionStatus | null; readonly cell: string | null };
  readonly numbers: Readonly<Record<NumberColumn, Sourced<Reading>>>;
  readonly onlineRatio: Sourced<RatioReading>;
  readonly difficulties: string;
  readonly difficultiesCell: string | null;
}

/** How the unit laid the table out: 9/2024 individual/organisation groups, 9/2023 agency captions, or plain. */
export type ServiceLayout = "grouped" | "agency" | "flat";

export interface ServiceTable {
  readonly kind: "service";
  readonly sheet: string;
  readonly catalogue: CatalogueId;
  readonly layout: ServiceLayout;
  readonly header: CellRange;
  readonly columns: Readonly<Partial<Record<ServiceColumn, number>>>;
  readonly rows: readonly ServiceRowRead[];
}
