/** What the pane can read, by file name: only .xlsx; every other type gets its own explanation. */
export type FileKind = "xlsx" | "xls" | "xlsm" | "csv" | "ods" | "other";

const KINDS: ReadonlyArray<readonly [RegExp, FileKind]> = [
  [/\.xlsx$/i, "xlsx"],
  [/\.xls$/i, "xls"],
  [/\.(xlsm|xlsb|xltx|xltm)$/i, "xlsm"],
  [/\.(csv|tsv|txt)$/i, "csv"],
  [/\.(ods|fods)$/i, "ods"],
];

export function fileKind(name: string): FileKind {
  return KINDS.find(([re]) => re.test(name.trim()))?.[1] ?? "other";
}

/** "so-tu-phap.xlsx" received twice becomes "so-tu-phap (2).xlsx" when the clerk keeps both. */
export function uniqueFileName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name)) return name;
  const dot = name.lastIndexOf(".");
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const ext = dot > 0 ? name.slice(dot) : "";
  for (let n = 2; ; n++) {
    const candidate = `${stem} (${n})${ext}`;
    if (!taken.has(candidate)) return candidate;
  }
}
