/**
 * Workbook packages for the reader's tests, built at test time: a real unit
 * workbook edited the way a hostile or unusual writer would, or a package
 * written by hand part by part. Big parts are streamed through fflate so that
 * no test holds a hundred megabytes of XML.
 */
import { Zip, ZipDeflate, strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { unitWorkbook } from "../../scripts/lib/unitWorkbook";
import { seed2024Dvc25 } from "../fixtures/seedTables";

export const SHEET = "xl/worksheets/sheet1.xml";

/** A clean unit workbook with three service rows (dvc25-01…03). */
export const goodUnit = () =>
  unitWorkbook({ unit: "Công an tỉnh", periodText: "tháng 9/2024", layout: "official", tables: [{ rows: seed2024Dvc25.slice(0, 3) }] });

export function parts(bytes: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, data] of Object.entries(unzipSync(bytes))) if (!name.endsWith("/")) out[name] = strFromU8(data);
  return out;
}

export function pack(files: Record<string, string | Uint8Array>): Uint8Array {
  const z: Zippable = {};
  for (const [name, data] of Object.entries(files)) z[name] = typeof data === "string" ? strToU8(data) : data;
  return zipSync(z);
}

/** The good unit workbook with some of its parts rewritten. */
export async function edited(edit: (files: Record<string, string>) => void): Promise<Uint8Array> {
  const files = parts(await goodUnit());
  edit(files);
  return pack(files);
}

export const editSheet = (fn: (xml: string) => string) =>
  edited((f) => {
    f[SHEET] = fn(f[SHEET]);
  });

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A minimal package written by hand: one sheet, optional shared strings and styles, as other programs write them. */
export function handmade(opts: {
  sheetData: string;
  tail?: string;
  sst?: readonly string[];
  styles?: string;
  workbookPr?: string;
  prefix?: string;
}) {
  const p = opts.prefix ? `${opts.prefix}:` : "";
  const ns = opts.prefix ? `xmlns:${opts.prefix}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"` : NS;
  const files: Record<string, string> = {
    "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    "_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<${p}workbook ${ns} xmlns:r="${REL}">${opts.workbookPr ?? ""}<${p}sheets><${p}sheet name="Báo cáo" sheetId="1" r:id="rId1"/></${p}sheets></${p}workbook>`,
    "xl/_rels/workbook.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    [SHEET]: `<?xml version="1.0" encoding="UTF-8"?><${p}worksheet ${ns}><${p}sheetData>${opts.sheetData}</${p}sheetData>${opts.tail ?? ""}</${p}worksheet>`,
  };
  if (opts.sst) files["xl/sharedStrings.xml"] = `<sst ${NS}>${opts.sst.map((s) => `<si>${s}</si>`).join("")}</sst>`;
  if (opts.styles) files["xl/styles.xml"] = `<styleSheet ${NS}>${opts.styles}</styleSheet>`;
  return pack(files);
}

/**
 * The good unit workbook with its first sheet replaced by XML streamed from
 * `chunks` and deflated on the fly (the zip's central directory carries the
 * true sizes). Returns the file bytes: megabytes, never the inflated part.
 */
export async function withStreamedSheet(head: string, body: () => Iterable<string>, foot: string): Promise<Uint8Array> {
  const files = parts(await goodUnit());
  const out: Uint8Array[] = [];
  const zip = new Zip((err, data) => {
    if (err) throw err;
    out.push(data);
  });
  for (const [name, text] of Object.entries(files)) {
    if (name === SHEET) continue;
    const f = new ZipDeflate(name);
    zip.add(f);
    f.push(strToU8(text), true);
  }
  const sheet = new ZipDeflate(SHEET, { level: 1 });
  zip.add(sheet);
  sheet.push(strToU8(head));
  for (const chunk of body()) sheet.push(strToU8(chunk));
  sheet.push(strToU8(foot), true);
  zip.end();
  const total = out.reduce((n, c) => n + c.length, 0);
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of out) bytes.set(c, (at += c.length) - c.length);
  return bytes;
}

/** Overwrite the uncompressed size the central directory declares for `name`: a zip that lies. */
export function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const dv = new DataView(out.buffer);
  const key = strToU8(name);
  for (let i = out.length - 46; i >= 0; i--) {
    if (dv.getUint32(i, true) !== 0x02014b50) continue;
    const len = dv.getUint16(i + 28, true);
    if (len === key.length && key.every((b, k) => out[i + 46 + k] === b)) {
      dv.setUint32(i + 24, size, true);
      return out;
    }
  }
  throw new Error(`no entry ${name}`);
}
