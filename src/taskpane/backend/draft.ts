import type { CompiledReport, ReportSettings, UnitRegistry } from "../../core";
import { draftReport } from "../../core/draft";
import { writeDraft } from "../../io/docx";

/** The draft report's .docx bytes; this module and the docx library load when the clerk asks for a draft. */
export async function draftDocx(compiled: CompiledReport, settings: ReportSettings, registry: UnitRegistry): Promise<Uint8Array> {
  return writeDraft(draftReport(compiled, { ...settings, period: compiled.consolidation.period }, { registry }));
}
