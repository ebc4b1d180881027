/** A finding the engine reports about a submission: data, rendered by each front end. */

export type Severity = "error" | "warning" | "info";

export type FindingCode =
  | "FILE_UNREADABLE"
  | "FILE_TOO_LARGE"
  | "TEMPLATE_NOT_RECOGNIZED"
  | "HEADER_COLUMN_MISSING"
  | "HEADER_COLUMN_UNPLACED"
  | "SERVICE_UNKNOWN"
  | "SERVICE_DUPLICATE"
  | "SERVICE_MISSING"
  | "MISSING_VALUE"
  | "NOT_A_NUMBER"
  | "NEGATIVE"
  | "NOT_INTEGER"
  | "FORMULA_ERROR"
  | "ONLINE_EXCEEDS_TOTAL"
  | "PROCESSED_EXCEEDS_ONLINE"
  | "RATIO_MISMATCH"
  | "SUBITEMS_MISMATCH"
  | "CONNECTION_STATUS_INVALID"
  | "ONLINE_NOT_CONNECTED"
  | "PERIOD_MISMATCH"
  | "PERIOD_UNKNOWN"
  | "UNIT_UNKNOWN"
  | "CONNECTION_CONFLICT"
  | "TASK_DEADLINE_UNPARSED"
  | "TASK_STATUS_UNPARSED"
  | "DUPLICATE_FILE"
  | "DUPLICATE_SUBMISSION"
  | "FORM_BLANK";

export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  /** File name as the user knows it. */
  readonly file: string;
  readonly sheet?: string;
  /** A1 address, e.g. `E12`. */
  readonly cell?: string;
  /** Catalogue service id, e.g. `dvc25-02`. */
  readonly service?: string;
  /** Vietnamese, for the clerk. */
  readonly message: string;
  /** The facts the message was filled from, so a front end can say it in another language. */
  readonly params?: Readonly<Record<string, string | number>>;
}
