import { LIMITS, unreadable } from "./limits";
import { type XmlHandler, attr, parsePart } from "./xml";
import { type ZipEntry, type ZipIndex, partKey } from "./zip";

/**
 * The package as a spreadsheet program opens it: `_rels/.rels` names the
 * workbook part, the workbook's relationships name its sheets, shared strings
 * and styles, wherever they sit and however their names are written.
 */

export interface Relationship {
  readonly type: string;
  /** Resolved part name, or null for an external target. */
  readonly part: string | null;
}

export interface SheetRef {
  readonly name: string;
  readonly state: string;
  readonly part: string | null;
}

export interface WorkbookInfo {
  readonly sheets: readonly SheetRef[];
  readonly date1904: boolean;
  readonly sharedStrings: string | null;
  readonly styles: string | null;
}

/** Inflated bytes still allowed for this file; every part read takes from it. */
export class Budget {
  left: number = LIMITS.maxInflatedBytes;
}

export class Package {
  constructor(
    readonly zip: ZipIndex,
    readonly budget: Budget,
  ) {}

  entry(part: string): ZipEntry | undefined {
    return this.zip.entries.get(partKey(part));
  }

  parse(entry: ZipEntry, handler: XmlHandler): void {
    this.budget.left -= parsePart(this.zip, entry, handler, this.budget.left);
  }

  /** Relationships of a part (`xl/workbook.xml` → `xl/_rels/workbook.xml.rels`), keyed by id. */
  relationships(source: string): Map<string, Relationship> {
    const slash = source.lastIndexOf("/");
    const dir = source.slice(0, slash + 1);
    const rels = new Map<string, Relationship>();
    const entry = this.entry(`${dir}_rels/${source.slice(slash + 1)}.rels`);
    if (!entry) return rels;
    this.parse(entry, {
      open(name, attrs) {
        if (name !== "Relationship") return;
        const id = attr(attrs, "Id");
        const target = attr(attrs, "Target");
        if (!id || target === undefined || rels.has(id)) return;
        const external = attr(attrs, "TargetMode") === "External";
        rels.set(id, { type: attr(attrs, "Type") ?? "", part: external ? null : resolvePart(dir, target) });
      },
      close() {},
    });
    return rels;
  }
}

/** A relationship target against the folder of its source: "/xl/x.xml", "worksheets/../x.xml", "%20". */
export function resolvePart(dir: string, target: string): string {
  let t = target.replace(/\\/g, "/");
  try {
    t = decodeURIComponent(t);
  } catch {
    // Not percent-encoded after all: keep it as written.
  }
  const path = t.startsWith("/") ? t.slice(1) : dir + t;
  const out: string[] = [];
  for (const seg of path.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") out.pop();
    else out.push(seg);
  }
  return out.join("/");
}

const typeIs = (rel: Relationship, kind: string) => rel.type.endsWith(`/${kind}`);

export function readWorkbook(pkg: Package): { info: WorkbookInfo; path: string } {
  const root = pkg.relationships("");
  let path = [...root.values()].find((r) => typeIs(r, "officeDocument") && r.part && pkg.entry(r.part))?.part ?? null;
  // A package without relationships is not valid, but its workbook may still be where Excel puts it.
  if (!path && pkg.entry("xl/workbook.xml")) path = "xl/workbook.xml";
  const entry = path ? pkg.entry(path) : undefined;
  if (!path || !entry) throw unreadable("tệp nén không chứa bảng tính Excel (.xlsx).");
  const rels = pkg.relationships(path);
  const sheets: { name: string; state: string; id: string }[] = [];
  let date1904 = false;
  let inSheets = false;
  pkg.parse(entry, {
    open(name, attrs) {
      if (name === "sheets") inSheets = true;
      else if (name === "sheet" && inSheets) {
        sheets.push({ name: attr(attrs, "name") ?? "", state: attr(attrs, "state") ?? "visible", id: attr(attrs, "id") ?? "" });
      } else if (name === "workbookPr") {
        const v = attr(attrs, "date1904");
        date1904 = v === "1" || v === "true";
      }
    },
    close(name) {
      if (name === "sheets") inSheets = false;
    },
  });
  const first = (kind: string) => [...rels.values()].find((r) => typeIs(r, kind) && r.part)?.part ?? null;
  return {
    path,
    info: {
      date1904,
      sharedStrings: first("sharedStrings"),
      styles: first("styles"),
      sheets: sheets.map((s) => {
        const rel = rels.get(s.id);
        return { name: s.name, state: s.state, part: rel && typeIs(rel, "worksheet") ? rel.part : null };
      }),
    },
  };
}
