/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ], not starting or ending with '. */
export const MAX_SHEET_NAME = 31;

export function cleanSheetName(name: string): string {
  const s = name
    .normalize("NFC")
    .replace(/[:\\/?*[\]]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "");
  return (s || "Báo cáo").slice(0, MAX_SHEET_NAME).trim();
}

/** A sheet name for a unit's submission; "(2)" … when one sheet of the same file already took it. */
export function submissionSheetName(unit: string, index: number): string {
  const base = cleanSheetName(unit);
  if (index === 0) return base;
  const suffix = ` (${index + 1})`;
  return `${base.slice(0, MAX_SHEET_NAME - suffix.length).trim()}${suffix}`;
}

export function sameSheetName(a: string, b: string): boolean {
  return a.toLocaleLowerCase("vi") === b.toLocaleLowerCase("vi");
}
