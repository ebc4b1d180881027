import { BUILTIN_FORMATS } from "./numFmt";
import type { Package } from "./package";
import type { ZipEntry } from "./zip";

/** Number format code of each cell style (`<c s="3">` → `cellXfs[3]`), undefined for General. */
export function readCellFormats(pkg: Package, entry: ZipEntry | undefined): (string | undefined)[] {
  const formats: (string | undefined)[] = [];
  if (!entry) return formats;
  const custom = new Map<number, string>();
  const ids: number[] = [];
  let inCellXfs = false;
  pkg.parse(entry, {
    open(name, attrs) {
      if (name === "numFmt") {
        const id = Number(attrs.numFmtId);
        if (Number.isInteger(id) && attrs.formatCode !== undefined) custom.set(id, attrs.formatCode);
      } else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) ids.push(Number(attrs.numFmtId ?? 0) || 0);
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
  });
  for (const id of ids) {
    const code = custom.get(id) ?? BUILTIN_FORMATS[id];
    formats.push(code === undefined || code === "General" ? undefined : code);
  }
  return formats;
}
