import { type ReadOptions, type Submission } from "../../src/core";
import { readXlsxSubmission } from "../../src/io/xlsx";
import { type UnitWorkbookSpec, unitWorkbook } from "../../scripts/lib/unitWorkbook";

/** Write a unit workbook as a real .xlsx file and read it back through the adapter and the engine. */
export async function roundTrip(spec: UnitWorkbookSpec, options: ReadOptions = {}, fileName = "don-vi.xlsx"): Promise<Submission> {
  const bytes = await unitWorkbook(spec);
  return readXlsxSubmission(fileName, bytes, options);
}

export const codes = (s: Submission) => s.findings.map((f) => f.code).sort();
export const errorsOf = (s: Submission) => s.findings.filter((f) => f.severity === "error");
