export type CatalogueId = "dvc25" | "dvc422";

/** Connection to the national public-service portal, as the template allows it. */
export type ConnectionStatus = "connected" | "not_connected" | "done";

export interface ServiceGroup {
  /** Roman numeral as printed, e.g. "I". */
  readonly no: string;
  readonly title: string;
}

export interface ServiceDef {
  /** Stable id, e.g. `dvc25-01`, `dvc422-05.1`. */
  readonly id: string;
  readonly catalogue: CatalogueId;
  /** Number as printed in the official table: "1", "5", "5.1". */
  readonly no: string;
  readonly name: string;
  /** Other ways units write the name (older wording, short forms). */
  readonly aliases?: readonly string[];
  /** Group number ("I", "II") for catalogues printed in groups. */
  readonly group?: string;
  /** Parent id for a sub-item; its numbers add up to the parent's. */
  readonly parent?: string;
  /** Connection words allowed for this row; default connected / not connected. */
  readonly connections?: readonly ConnectionStatus[];
}

export interface Catalogue {
  readonly id: CatalogueId;
  /** Short Vietnamese name for people: "25 DVC thiết yếu (QĐ 06)". */
  readonly label: string;
  /** Upper-case title line of the official appendix. */
  readonly title: readonly string[];
  readonly groups: readonly ServiceGroup[];
  /** In printed order; sub-items follow their parent. */
  readonly services: readonly ServiceDef[];
}
