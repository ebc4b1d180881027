/** A figure the engine computes from the merged service tables. */
export type TargetMeasure = "onlineRatio";

export interface TargetIndicator {
  /** Group numeral and number: "I.5". */
  readonly id: string;
  readonly group: string;
  readonly no: string;
  readonly name: string;
  /** Đơn vị tính as printed: "%", "lần GDP", "CSDL", "". */
  readonly unit: string;
  /** Yearly targets as written: "80", "≥80", "27,5", "-", "Hoàn thành", "" (none). */
  readonly targets: Readonly<Record<number, string>>;
  /** Đơn vị theo dõi. */
  readonly tracking: string;
  /** Set when the engine can compute the indicator itself. */
  readonly measure?: TargetMeasure;
}

export interface TargetPlan {
  readonly id: string;
  readonly title: string;
  readonly groups: ReadonlyArray<{ readonly no: string; readonly title: string }>;
  readonly indicators: readonly TargetIndicator[];
}

/** A target as a number: "≥80" % → { atLeast: 0.8 }. */
export interface NumericTarget {
  /** For "%" the fraction (0.8), else the number as written (27.5). */
  readonly value: number;
  /** "≥80": at least; "80": the plan's level, also read as "at least". */
  readonly orMore: boolean;
}

export interface TargetComparison {
  readonly indicator: TargetIndicator;
  readonly year: number;
  /** What the figure covers: "Toàn bộ DVC thiết yếu", a catalogue label. */
  readonly scope: string;
  /** The target as written. */
  readonly targetText: string;
  readonly target: NumericTarget | null;
  /** The computed figure (fraction for %); null when nothing was reported. */
  readonly actual: number | null;
  /** actual − target (fraction points for %); null when either is missing. */
  readonly gap: number | null;
  /** True when the figure reaches the target; null when it cannot be judged. */
  readonly met: boolean | null;
}
