import type { Finding, FindingCode, Severity } from "./findings";
import { type MessageParams, formatMessage, messages } from "./messages";

/** Collects findings for one file; the message text comes from the one message table. */
export class FindingSink {
  readonly findings: Finding[] = [];
  constructor(readonly file: string) {}

  add(
    code: FindingCode,
    params: MessageParams = {},
    where: { sheet?: string; cell?: string; service?: string; severity?: Severity } = {},
  ): void {
    this.findings.push({
      code,
      severity: where.severity ?? messages[code].severity,
      file: this.file,
      ...(where.sheet !== undefined ? { sheet: where.sheet } : {}),
      ...(where.cell !== undefined ? { cell: where.cell } : {}),
      ...(where.service !== undefined ? { service: where.service } : {}),
      message: formatMessage(code, params),
      params,
    });
  }
}
