// The template marker every unit form carries, written by forms/ and read back by the pipeline:
// it lives here, below both, so the reader never imports the form builder.

/** Templates a unit form can be made from: the two service catalogues and the 2026 plan's tasks. */
export type FormTemplateId = "dvc25" | "dvc422" | "tasks";
export type ServiceTemplateId = Exclude<FormTemplateId, "tasks">;
export const FORM_TEMPLATES: readonly FormTemplateId[] = ["dvc25", "dvc422", "tasks"];
export const FORM_VERSION = 1;

/** The code in the marker and file name; the clerk reads it, so the tasks form says NHIEMVU. */
export const FORM_CODES: Readonly<Record<FormTemplateId, string>> = { dvc25: "DVC25", dvc422: "DVC422", tasks: "NHIEMVU" };

/** "BC06-DVC25": the form's code as its marker and the workbook title give it. */
export function formCode(id: FormTemplateId): string {
  return `BC06-${FORM_CODES[id]}`;
}

/** The marker line stored in every form, read back by readSubmission: "Mẫu: BC06-DVC25 v1". */
export function formMarker(id: FormTemplateId, version = FORM_VERSION): string {
  return `Mẫu: ${formCode(id)} v${version}`;
}

export function parseFormMarker(text: string): { id: FormTemplateId; version: number } | null {
  const m = /Mẫu:\s*BC06-([A-Z0-9]+)\s+v(\d+)/iu.exec(text);
  if (!m) return null;
  const id = FORM_TEMPLATES.find((t) => FORM_CODES[t] === m[1].toUpperCase());
  return id ? { id, version: Number(m[2]) } : null;
}
