import { DOMParser, XMLSerializer, type Document, type Element } from "@xmldom/xmldom";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import {
  FEEDBACK_COLUMNS,
  FEEDBACK_SEVERITY_TEXT,
  FEEDBACK_SHEET_NAME,
  type CellNote,
  type FeedbackSeverity,
  type UnitFeedback,
} from "../../core/feedback";

/**
 * The annotated copy of a unit's workbook. It edits the package parts
 * themselves (fflate for the zip, a real XML DOM for each part) instead of
 * loading the workbook into exceljs and saving it again: a round trip through
 * any workbook model drops what the model does not know (charts, pivot
 * tables, conditional formats it cannot parse, theme colours, data
 * validations, printer settings, form controls). Here every part we do not
 * need is copied as it is, and in the parts we do touch only what the
 * annotation needs changes: a style index on each finding's cell, a note
 * (legacy comment + VML shape, the only kind Excel 2019, LibreOffice and WPS
 * all read), one new first sheet, and the lists that must name it.
 */

const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  pkgRel: "http://schemas.openxmlformats.org/package/2006/relationships",
  ct: "http://schemas.openxmlformats.org/package/2006/content-types",
};
const REL_TYPE = {
  worksheet: `${NS.rel}/worksheet`,
  comments: `${NS.rel}/comments`,
  vml: `${NS.rel}/vmlDrawing`,
};
const CT = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  vml: "application/vnd.openxmlformats-officedocument.vmlDrawing",
};

/** Fill colours of Excel's own "Bad" and "Neutral" cell styles. */
const FILL: Record<FeedbackSeverity, string> = { error: "FFFFC7CE", warning: "FFFFEB9C" };
const AUTHOR = "BaoCao06";

export class AnnotateError extends Error {}

type Parts = Record<string, Uint8Array>;

const parse = (xml: string): Document => new DOMParser().parseFromString(xml, "text/xml");
const serialize = (doc: Document): string => new XMLSerializer().serializeToString(doc);

function children(el: Element, name: string): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (n as Element).localName === name) out.push(n as Element);
  return out;
}
const child = (el: Element, name: string): Element | null => children(el, name)[0] ?? null;

/** A new element in the namespace (and with the prefix) of `like`. */
function make(doc: Document, like: Element, name: string, attrs: Record<string, string | number> = {}): Element {
  const el = doc.createElementNS(like.namespaceURI, like.prefix ? `${like.prefix}:${name}` : name);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

/** "AB12" → { row: 12, col: 28 } */
function cellRef(ref: string): { row: number; col: number } {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref.toUpperCase());
  if (!m) throw new AnnotateError(`ô ${ref} không hợp lệ`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), col };
}
function colName(col: number): string {
  let s = "";
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

function dirOf(part: string): string {
  const i = part.lastIndexOf("/");
  return i < 0 ? "" : part.slice(0, i + 1);
}
function resolvePart(base: string, target: string): string {
  const raw = target.startsWith("/") ? target.slice(1) : dirOf(base) + target;
  const out: string[] = [];
  for (const seg of raw.split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  return out.join("/");
}
const relsOf = (part: string) => `${dirOf(part)}_rels/${part.slice(dirOf(part).length)}.rels`;
/** Target of `to` written relative to the folder of `from`. */
function relativeTarget(from: string, to: string): string {
  const a = dirOf(from).split("/").filter(Boolean);
  const b = to.split("/");
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => ".."), ...b.slice(i)].join("/");
}

class Package {
  private readonly docs = new Map<string, Document>();
  constructor(readonly parts: Parts) {}

  has(name: string): boolean {
    return name in this.parts || this.docs.has(name);
  }
  xml(name: string): Document {
    let doc = this.docs.get(name);
    if (!doc) {
      const bytes = this.parts[name];
      if (!bytes) throw new AnnotateError(`thiếu phần ${name}`);
      doc = parse(strFromU8(bytes));
      this.docs.set(name, doc);
    }
    return doc;
  }
  create(name: string, xml: string): Document {
    const doc = parse(xml);
    this.docs.set(name, doc);
    return doc;
  }
  text(name: string): string | null {
    const bytes = this.parts[name];
    return bytes ? strFromU8(bytes) : null;
  }
  setText(name: string, text: string): void {
    this.docs.delete(name);
    this.parts[name] = strToU8(text);
  }
  freeName(pattern: (n: number) => string): string {
    for (let n = 1; ; n++) if (!this.has(pattern(n))) return pattern(n);
  }
  /** Serialise the parts we parsed; everything else keeps its bytes. Original entry order first. */
  bytes(): Uint8Array {
    for (const [name, doc] of this.docs) this.parts[name] = strToU8(serialize(doc));
    return zipSync(this.parts, { level: 6 });
  }

  rels(part: string): Document {
    const name = relsOf(part);
    return this.has(name)
      ? this.xml(name)
      : this.create(name, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.pkgRel}"/>`);
  }
  relTargets(part: string, type: string): { id: string; target: string }[] {
    const name = relsOf(part);
    if (!this.has(name)) return [];
    return children(this.xml(name).documentElement!, "Relationship")
      .filter((r) => r.getAttribute("Type") === type && r.getAttribute("TargetMode") !== "External")
      .map((r) => ({ id: r.getAttribute("Id") ?? "", target: resolvePart(part, r.getAttribute("Target") ?? "") }));
  }
  addRel(part: string, type: string, target: string): string {
    const doc = this.rels(part);
    const root = doc.documentElement!;
    const used = new Set(children(root, "Relationship").map((r) => r.getAttribute("Id")));
    let n = used.size + 1;
    while (used.has(`rId${n}`)) n++;
    root.appendChild(make(doc, root, "Relationship", { Id: `rId${n}`, Type: type, Target: relativeTarget(part, target) }));
    return `rId${n}`;
  }
  contentType(part: string, type: string): void {
    const doc = this.xml("[Content_Types].xml");
    const root = doc.documentElement!;
    root.appendChild(make(doc, root, "Override", { PartName: `/${part}`, ContentType: type }));
  }
  defaultType(ext: string, type: string): void {
    const doc = this.xml("[Content_Types].xml");
    const root = doc.documentElement!;
    if (children(root, "Default").some((d) => d.getAttribute("Extension")?.toLowerCase() === ext)) return;
    root.insertBefore(make(doc, root, "Default", { Extension: ext, ContentType: type }), root.firstChild);
  }
}

/** Styles we add to xl/styles.xml: fills for the findings, a few looks for the new sheet. */
class Styles {
  private readonly doc: Document;
  private readonly root: Element;
  private readonly fills = new Map<FeedbackSeverity, number>();
  private readonly markedIds = new Map<string, number>();
  private readonly looks = new Map<string, number>();
  private fontIds: { bold: number; title: number; body: number; link: number } | null = null;
  private borderId = -1;

  constructor(pkg: Package, path: string) {
    this.doc = pkg.xml(path);
    this.root = this.doc.documentElement!;
  }

  private list(name: string): Element {
    const el = child(this.root, name);
    if (!el) throw new AnnotateError(`styles.xml thiếu ${name}`);
    return el;
  }
  private append(listName: string, el: Element): number {
    const list = this.list(listName);
    list.appendChild(el);
    const n = children(list, el.localName ?? "").length;
    list.setAttribute("count", String(n));
    return n - 1;
  }
  private el(name: string, attrs: Record<string, string | number> = {}, ...kids: Element[]): Element {
    const e = make(this.doc, this.root, name, attrs);
    for (const k of kids) e.appendChild(k);
    return e;
  }
  private fill(severity: FeedbackSeverity): number {
    let id = this.fills.get(severity);
    if (id === undefined) {
      id = this.append(
        "fills",
        this.el(
          "fill",
          {},
          this.el(
            "patternFill",
            { patternType: "solid" },
            this.el("fgColor", { rgb: FILL[severity] }),
            this.el("bgColor", { indexed: 64 }),
          ),
        ),
      );
      this.fills.set(severity, id);
    }
    return id;
  }

  /** The cell format `base` with the finding's fill; everything else of the format kept. */
  marked(base: number, severity: FeedbackSeverity): number {
    const key = `${base}:${severity}`;
    let id = this.markedIds.get(key);
    if (id === undefined) {
      const xfs = children(this.list("cellXfs"), "xf");
      const source = xfs[base] ?? xfs[0];
      const xf = (source ? source.cloneNode(true) : this.el("xf", { numFmtId: 0, fontId: 0, borderId: 0, xfId: 0 })) as Element;
      xf.setAttribute("fillId", String(this.fill(severity)));
      xf.setAttribute("applyFill", "1");
      id = this.append("cellXfs", xf);
      this.markedIds.set(key, id);
    }
    return id;
  }

  private fonts() {
    if (!this.fontIds) {
      const font = (size: number, extra: Element[] = []) =>
        this.append(
          "fonts",
          this.el(
            "font",
            {},
            ...extra,
            this.el("sz", { val: size }),
            this.el("name", { val: "Times New Roman" }),
            this.el("family", { val: 1 }),
          ),
        );
      this.fontIds = {
        title: font(14, [this.el("b")]),
        bold: font(12, [this.el("b")]),
        body: font(12),
        link: this.append(
          "fonts",
          this.el(
            "font",
            {},
            this.el("u"),
            this.el("sz", { val: 12 }),
            this.el("color", { rgb: "FF0563C1" }),
            this.el("name", { val: "Times New Roman" }),
            this.el("family", { val: 1 }),
          ),
        ),
      };
      const side = (n: string) => this.el(n, { style: "thin" }, this.el("color", { indexed: 64 }));
      this.borderId = this.append(
        "borders",
        this.el("border", {}, side("left"), side("right"), side("top"), side("bottom"), this.el("diagonal")),
      );
    }
    return this.fontIds;
  }

  /** A format of the "Kết quả kiểm tra" sheet. */
  look(kind: "title" | "text" | "bold" | "head" | "cell" | "link" | FeedbackSeverity): number {
    let id = this.looks.get(kind);
    if (id !== undefined) return id;
    const f = this.fonts();
    const loose = kind === "title" || kind === "text" || kind === "bold";
    const boxed = !loose;
    const fontId = kind === "title" ? f.title : kind === "head" || kind === "bold" ? f.bold : kind === "link" ? f.link : f.body;
    const fillId = kind === "error" || kind === "warning" ? this.fill(kind) : 0;
    const xf = this.el(
      "xf",
      {
        numFmtId: 0,
        fontId,
        fillId,
        borderId: boxed ? this.borderId : 0,
        xfId: 0,
        applyFont: 1,
        ...(fillId ? { applyFill: 1 } : {}),
        ...(boxed ? { applyBorder: 1 } : {}),
        applyAlignment: 1,
      },
      // Lines above and below the table overflow to the right instead of wrapping: no row height to guess.
      this.el("alignment", {
        ...(loose ? {} : { wrapText: 1 }),
        vertical: kind === "head" ? "center" : "top",
        ...(kind === "head" ? { horizontal: "center" } : {}),
      }),
    );
    id = this.append("cellXfs", xf);
    this.looks.set(kind, id);
    return id;
  }
}

interface SheetEntry {
  readonly name: string;
  readonly part: string;
  readonly el: Element;
}

function workbookSheets(pkg: Package, workbookPart: string): SheetEntry[] {
  const wb = pkg.xml(workbookPart).documentElement!;
  const sheets = child(wb, "sheets");
  if (!sheets) throw new AnnotateError("workbook.xml không có danh sách trang");
  const rels = new Map(
    children(pkg.xml(relsOf(workbookPart)).documentElement!, "Relationship").map((r) => [
      r.getAttribute("Id"),
      resolvePart(workbookPart, r.getAttribute("Target") ?? ""),
    ]),
  );
  return children(sheets, "sheet").flatMap((el) => {
    const part = rels.get(el.getAttributeNS(NS.rel, "id") ?? "");
    return part ? [{ name: el.getAttribute("name") ?? "", part, el }] : [];
  });
}

/** Row and cell elements of a sheet, by number, creating the ones a note needs. */
class SheetCells {
  private readonly sheetData: Element;
  constructor(
    private readonly doc: Document,
    private readonly root: Element,
  ) {
    const sd = child(root, "sheetData");
    if (!sd) throw new AnnotateError("trang không có sheetData");
    this.sheetData = sd;
  }

  private rowNumber(rows: Element[], i: number, prev: number): number {
    const r = rows[i].getAttribute("r");
    return r ? Number(r) : prev + 1;
  }

  /** The <c> of `ref` and the style index it shows with (its own, else its row's or column's). */
  cell(ref: string): { c: Element; style: number } {
    const { row, col } = cellRef(ref);
    const rows = children(this.sheetData, "row");
    let rowEl: Element | null = null;
    let before: Element | null = null;
    let prev = 0;
    for (let i = 0; i < rows.length; i++) {
      const n = this.rowNumber(rows, i, prev);
      prev = n;
      if (n === row) {
        rowEl = rows[i];
        rowEl.setAttribute("r", String(n));
        break;
      }
      if (n > row) {
        before = rows[i];
        break;
      }
    }
    if (!rowEl) {
      rowEl = make(this.doc, this.root, "row", { r: row });
      this.sheetData.insertBefore(rowEl, before);
    }
    const cells = children(rowEl, "c");
    let prevCol = 0;
    let beforeCell: Element | null = null;
    for (const c of cells) {
      const r = c.getAttribute("r");
      const n = r ? cellRef(r).col : prevCol + 1;
      prevCol = n;
      if (n === col) {
        c.setAttribute("r", ref);
        return { c, style: Number(c.getAttribute("s") ?? this.inherited(rowEl, col)) };
      }
      if (n > col) {
        beforeCell = c;
        break;
      }
    }
    const c = make(this.doc, this.root, "c", { r: `${colName(col)}${row}` });
    rowEl.insertBefore(c, beforeCell);
    // Spans are an optional hint; a stale one makes Excel repair the file.
    rowEl.removeAttribute("spans");
    return { c, style: this.inherited(rowEl, col) };
  }

  private inherited(rowEl: Element, col: number): number {
    if (rowEl.getAttribute("customFormat") === "1" && rowEl.getAttribute("s")) return Number(rowEl.getAttribute("s"));
    const cols = child(this.root, "cols");
    for (const c of cols ? children(cols, "col") : []) {
      if (Number(c.getAttribute("min")) <= col && col <= Number(c.getAttribute("max")) && c.getAttribute("style"))
        return Number(c.getAttribute("style"));
    }
    return 0;
  }
}

/** Elements that must come after <legacyDrawing> in a worksheet (ECMA-376 CT_Worksheet order). */
const AFTER_LEGACY_DRAWING = [
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

const VML_SHAPETYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">' +
  '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

function vmlShape(id: number, ref: string): string {
  const { row, col } = cellRef(ref);
  const r0 = row - 1;
  const c0 = col - 1;
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:60pt;margin-top:2pt;width:240pt;height:110pt;z-index:${id};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${c0 + 1}, 15, ${r0}, 2, ${c0 + 4}, 15, ${r0 + 7}, 4</x:Anchor>` +
    `<x:AutoFill>False</x:AutoFill><x:Row>${r0}</x:Row><x:Column>${c0}</x:Column></x:ClientData></v:shape>`
  );
}

/** Largest VML shape id and drawing id block used anywhere in the package. */
function vmlIds(pkg: Package): { shape: number; block: number } {
  let shape = 1024;
  let block = 0;
  for (const name of Object.keys(pkg.parts)) {
    if (!/\.vml$/i.test(name)) continue;
    const text = pkg.text(name) ?? "";
    for (const m of text.matchAll(/_x0000_s(\d+)/g)) shape = Math.max(shape, Number(m[1]));
    for (const m of text.matchAll(/<o:idmap[^>]*data="([^"]*)"/g)) for (const d of m[1].split(",")) block = Math.max(block, Number(d) || 0);
  }
  return { shape, block: Math.max(block, Math.floor(shape / 1024)) };
}

function addNotes(
  pkg: Package,
  sheet: SheetEntry,
  notes: readonly CellNote[],
  styles: Styles,
  ids: { shape: number; block: number },
): void {
  const doc = pkg.xml(sheet.part);
  const root = doc.documentElement!;
  const cells = new SheetCells(doc, root);
  for (const n of notes) {
    const { c, style } = cells.cell(n.cell);
    c.setAttribute("s", String(styles.marked(style, n.severity)));
  }

  // Comments part: the sheet's own if it has one, else a new one.
  const existing = pkg.relTargets(sheet.part, REL_TYPE.comments)[0];
  let commentsPart: string;
  if (existing) commentsPart = existing.target;
  else {
    commentsPart = pkg.freeName((k) => `xl/comments${k}.xml`);
    pkg.create(
      commentsPart,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${NS.main}"><authors/><commentList/></comments>`,
    );
    pkg.addRel(sheet.part, REL_TYPE.comments, commentsPart);
    pkg.contentType(commentsPart, CT.comments);
  }
  const cdoc = pkg.xml(commentsPart);
  const croot = cdoc.documentElement!;
  const authors = child(croot, "authors")!;
  let authorId = children(authors, "author").findIndex((a) => a.textContent === AUTHOR);
  if (authorId < 0) {
    const a = make(cdoc, croot, "author");
    a.appendChild(cdoc.createTextNode(AUTHOR));
    authors.appendChild(a);
    authorId = children(authors, "author").length - 1;
  }
  const list = child(croot, "commentList")!;
  const byRef = new Map(children(list, "comment").map((c) => [c.getAttribute("ref")?.toUpperCase(), c]));
  const run = (text: string, bold: boolean) => {
    const r = make(cdoc, croot, "r");
    const rPr = make(cdoc, croot, "rPr");
    if (bold) rPr.appendChild(make(cdoc, croot, "b"));
    rPr.appendChild(make(cdoc, croot, "sz", { val: 9 }));
    rPr.appendChild(make(cdoc, croot, "rFont", { val: "Tahoma" }));
    r.appendChild(rPr);
    const t = make(cdoc, croot, "t", { "xml:space": "preserve" });
    t.appendChild(cdoc.createTextNode(text));
    r.appendChild(t);
    return r;
  };
  const newShapes: string[] = [];
  for (const n of notes) {
    const old = byRef.get(n.cell.toUpperCase());
    if (old) {
      // The unit's own note stays; ours follows it.
      const text = child(old, "text")!;
      text.appendChild(run(`\n\n${AUTHOR}:\n${n.text}`, false));
      continue;
    }
    const comment = make(cdoc, croot, "comment", { ref: n.cell.toUpperCase(), authorId });
    const text = make(cdoc, croot, "text");
    text.appendChild(run(`${AUTHOR}:`, true));
    text.appendChild(run(`\n${n.text}`, false));
    comment.appendChild(text);
    list.appendChild(comment);
    newShapes.push(vmlShape(++ids.shape, n.cell));
  }
  if (newShapes.length === 0) return;

  // VML drawing: the sheet's legacy drawing if it has one, else a new one.
  const legacy = child(root, "legacyDrawing");
  const legacyId = legacy?.getAttributeNS(NS.rel, "id");
  const vmlPart = legacyId ? pkg.relTargets(sheet.part, REL_TYPE.vml).find((r) => r.id === legacyId)?.target : undefined;
  if (vmlPart && pkg.text(vmlPart) !== null) {
    // Excel's VML is often not well-formed XML, so it is extended as text, before its closing tag.
    let text = pkg.text(vmlPart)!;
    const shapes = (text.includes('id="_x0000_t202"') ? "" : VML_SHAPETYPE) + newShapes.join("");
    const end = text.lastIndexOf("</xml>");
    if (end < 0) throw new AnnotateError("bản vẽ ghi chú của trang không đọc được");
    text = text.slice(0, end) + shapes + text.slice(end);
    pkg.setText(vmlPart, text);
    return;
  }
  if (legacy) legacy.parentNode!.removeChild(legacy);
  const part = pkg.freeName((k) => `xl/drawings/vmlDrawing${k}.vml`);
  const first = Math.floor((ids.shape - newShapes.length + 1) / 1024);
  const last = Math.floor(ids.shape / 1024);
  const blocks = Array.from({ length: last - first + 1 }, (_, i) => first + i).join(",");
  pkg.setText(
    part,
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
      `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${blocks}"/></o:shapelayout>` +
      VML_SHAPETYPE +
      newShapes.join("") +
      "</xml>",
  );
  pkg.defaultType("vml", CT.vml);
  const rId = pkg.addRel(sheet.part, REL_TYPE.vml, part);
  if (!root.lookupPrefix(NS.rel) && root.getAttribute("xmlns:r") === null) root.setAttribute("xmlns:r", NS.rel);
  const prefix = root.lookupPrefix(NS.rel) ?? "r";
  const el = make(doc, root, "legacyDrawing");
  el.setAttributeNS(NS.rel, `${prefix}:id`, rId);
  const after = AFTER_LEGACY_DRAWING.map((name) => child(root, name)).find((e) => e !== null) ?? null;
  root.insertBefore(el, after);
}

const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;

/** The "Kết quả kiểm tra" sheet: who, what, a row per finding with a link to its cell, how to resend. */
function summarySheet(fb: UnitFeedback, styles: Styles): string {
  const doc = parse(`<worksheet xmlns="${NS.main}" xmlns:r="${NS.rel}"/>`);
  const root = doc.documentElement!;
  const el = (name: string, attrs: Record<string, string | number> = {}) => make(doc, root, name, attrs);
  const widths = [6, 10, 12, 7, 36, 46, 42];
  const sheetPr = el("sheetPr");
  sheetPr.appendChild(el("pageSetUpPr", { fitToPage: 1 }));
  root.appendChild(sheetPr);
  const views = el("sheetViews");
  views.appendChild(el("sheetView", { tabSelected: 1, workbookViewId: 0 }));
  root.appendChild(views);
  const cols = el("cols");
  widths.forEach((w, i) => cols.appendChild(el("col", { min: i + 1, max: i + 1, width: w, customWidth: 1 })));
  root.appendChild(cols);
  const data = el("sheetData");
  root.appendChild(data);
  const links: { ref: string; location: string; display: string }[] = [];
  let r = 0;
  const row = (cells: ({ text?: string; number?: number; style: number } | null)[]) => {
    r++;
    const rowEl = el("row", { r });
    cells.forEach((cell, i) => {
      if (!cell) return;
      const ref = `${colName(i + 1)}${r}`;
      if (cell.number !== undefined) {
        const c = el("c", { r: ref, s: cell.style });
        const v = el("v");
        v.appendChild(doc.createTextNode(String(cell.number)));
        c.appendChild(v);
        rowEl.appendChild(c);
        return;
      }
      // Inline strings: free text is always text, never a formula, and sharedStrings stays untouched.
      const c = el("c", { r: ref, s: cell.style, t: "inlineStr" });
      const is = el("is");
      const t = el("t", { "xml:space": "preserve" });
      t.appendChild(doc.createTextNode(cell.text ?? ""));
      is.appendChild(t);
      c.appendChild(is);
      rowEl.appendChild(c);
    });
    data.appendChild(rowEl);
    return r;
  };
  const line = (text: string, style: number) => row([{ text, style }]);
  fb.intro.forEach((t, i) => line(t, styles.look(i === 0 ? "title" : "text")));
  r++;
  row(FEEDBACK_COLUMNS.map((text) => ({ text, style: styles.look("head") })));
  fb.items.forEach((it, i) => {
    const n = row([
      { number: i + 1, style: styles.look("cell") },
      { text: FEEDBACK_SEVERITY_TEXT[it.severity], style: styles.look(it.severity) },
      { text: it.sheet ?? "", style: styles.look("cell") },
      { text: it.cell ?? "", style: styles.look(it.cell && it.sheet ? "link" : "cell") },
      { text: it.service ?? "", style: styles.look("cell") },
      { text: it.message, style: styles.look("cell") },
      { text: it.expected, style: styles.look("cell") },
    ]);
    if (it.cell && it.sheet) links.push({ ref: `D${n}`, location: `${quoteSheet(it.sheet)}!${it.cell}`, display: it.cell });
  });
  r++;
  fb.resend.forEach((t, i) => line(t, styles.look(i === 0 ? "bold" : "text")));
  if (links.length) {
    const h = el("hyperlinks");
    for (const l of links) h.appendChild(el("hyperlink", l as unknown as Record<string, string>));
    root.appendChild(h);
  }
  root.appendChild(el("pageMargins", { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 }));
  root.appendChild(el("pageSetup", { paperSize: 9, orientation: "landscape", fitToWidth: 1, fitToHeight: 0 }));
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${serialize(doc)}`;
}

/** Put the new sheet first: sheet list, sheet-local names, the active tab. */
function insertFirstSheet(pkg: Package, workbookPart: string, sheets: readonly SheetEntry[], part: string): void {
  const wbDoc = pkg.xml(workbookPart);
  const wb = wbDoc.documentElement!;
  const list = child(wb, "sheets")!;
  const taken = new Set(sheets.map((s) => s.name.toLowerCase()));
  let name = FEEDBACK_SHEET_NAME;
  for (let k = 2; taken.has(name.toLowerCase()); k++) name = `${FEEDBACK_SHEET_NAME} (${k})`;
  const ids = children(list, "sheet").map((s) => Number(s.getAttribute("sheetId")) || 0);
  const rId = pkg.addRel(workbookPart, REL_TYPE.worksheet, part);
  const prefix = wb.lookupPrefix(NS.rel) ?? "r";
  const el = make(wbDoc, wb, "sheet", { name, sheetId: Math.max(0, ...ids) + 1 });
  el.setAttributeNS(NS.rel, `${prefix}:id`, rId);
  list.insertBefore(el, list.firstChild);
  const names = child(wb, "definedNames");
  for (const d of names ? children(names, "definedName") : []) {
    const local = d.getAttribute("localSheetId");
    if (local !== null) d.setAttribute("localSheetId", String(Number(local) + 1));
  }
  const views = child(wb, "bookViews");
  for (const v of views ? children(views, "workbookView") : []) {
    v.setAttribute("activeTab", "0");
    v.removeAttribute("firstSheet");
  }
  // Only the new sheet is selected, or Excel opens the workbook with sheets grouped.
  for (const s of sheets) {
    const root = pkg.xml(s.part).documentElement!;
    const sv = child(root, "sheetViews");
    for (const v of sv ? children(sv, "sheetView") : []) v.removeAttribute("tabSelected");
  }
  pkg.contentType(part, CT.worksheet);
}

function officeDocument(pkg: Package): string {
  const rels = children(pkg.xml("_rels/.rels").documentElement!, "Relationship");
  const main = rels.find((r) => /\/officeDocument$/.test(r.getAttribute("Type") ?? ""));
  if (!main) throw new AnnotateError("tệp không có bảng tính chính");
  return resolvePart("", main.getAttribute("Target") ?? "");
}

/**
 * The unit's workbook with its findings marked. `bytes` is never modified;
 * the copy keeps every part the annotation does not need byte for byte.
 */
export function annotateWorkbook(bytes: Uint8Array, fb: UnitFeedback): Uint8Array {
  let parts: Parts;
  try {
    parts = unzipSync(bytes);
  } catch {
    throw new AnnotateError("tệp bị hỏng hoặc không phải tệp .xlsx hợp lệ");
  }
  // unzipSync hands back views of fresh buffers, never of `bytes`, so the caller's array stays as it was.
  const pkg = new Package({ ...parts });
  const workbookPart = officeDocument(pkg);
  const stylesTarget = pkg.relTargets(workbookPart, `${NS.rel}/styles`)[0]?.target;
  if (!stylesTarget) throw new AnnotateError("tệp không có phần định dạng (styles.xml)");
  const styles = new Styles(pkg, stylesTarget);
  const sheets = workbookSheets(pkg, workbookPart);
  const ids = vmlIds(pkg);
  const bySheet = new Map<string, CellNote[]>();
  for (const n of fb.notes) bySheet.set(n.sheet, [...(bySheet.get(n.sheet) ?? []), n]);
  for (const [name, notes] of bySheet) {
    const sheet = sheets.find((s) => s.name === name);
    if (sheet) addNotes(pkg, sheet, notes, styles, ids);
  }
  const part = pkg.freeName((k) => `xl/worksheets/sheet${k}.xml`);
  pkg.setText(part, summarySheet(fb, styles));
  insertFirstSheet(pkg, workbookPart, sheets, part);
  return pkg.bytes();
}
