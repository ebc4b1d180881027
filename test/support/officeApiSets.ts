/**
 * The `[Api set: ExcelApi 1.x]` annotations of @types/office-js, read with the TypeScript
 * compiler: which requirement set each member of the Excel object model needs. The strict Excel
 * double refuses a member its simulated host lacks, and the source walk (officeApiLevel.test.ts)
 * refuses an unguarded member above the manifest minimum; both read the same annotations.
 */
import { readFileSync } from "node:fs";
import * as ts from "typescript";

export interface ApiSet {
  readonly set: string;
  readonly version: string;
}

export const TYPINGS_PATH = require.resolve("@types/office-js/index.d.ts");

/** "1.10" > "1.9": versions compare numerically part by part. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

const ANNOTATION = /\[Api set: (ExcelApi(?:Online|Desktop)?) (\d+\.\d+)/;

/** The requirement set named in a declaration's own JSDoc (the first one, as the docs list it). */
export function annotationOf(node: ts.Node): ApiSet | null {
  const docs = (node as { jsDoc?: ts.JSDoc[] }).jsDoc ?? [];
  for (const doc of docs) {
    const text = doc.getFullText();
    // Only the @remarks block names the member's own set; @param lines may name others.
    const remarks = text.slice(text.indexOf("@remarks"));
    const m = text.includes("@remarks") ? ANNOTATION.exec(remarks) : null;
    if (m) return { set: m[1], version: m[2] };
  }
  return null;
}

let cache: Map<string, ApiSet> | null = null;

/** "Range.getMergedAreasOrNullObject" → ExcelApi 1.13, for the classes of the Excel namespace. */
export function excelMembers(): Map<string, ApiSet> {
  if (cache) return cache;
  const source = ts.createSourceFile(TYPINGS_PATH, readFileSync(TYPINGS_PATH, "utf8"), ts.ScriptTarget.Latest, true);
  const out = new Map<string, ApiSet>();
  const visitNamespace = (ns: ts.ModuleDeclaration) => {
    const body = ns.body;
    if (!body || !ts.isModuleBlock(body)) return;
    for (const st of body.statements) {
      if (!ts.isClassDeclaration(st) || !st.name) continue;
      for (const member of st.members) {
        const name = member.name && (ts.isIdentifier(member.name) || ts.isStringLiteral(member.name)) ? member.name.text : null;
        const api = name ? annotationOf(member) : null;
        if (!name || !api) continue;
        const key = `${st.name.text}.${name}`;
        const prev = out.get(key);
        // Overloads: the oldest set that has the member.
        if (!prev || (prev.set === api.set && compareVersions(api.version, prev.version) < 0)) out.set(key, api);
      }
    }
  };
  for (const st of source.statements) if (ts.isModuleDeclaration(st) && st.name.getText() === "Excel") visitNamespace(st);
  cache = out;
  return out;
}

/** The newest ExcelApi version the typings know: what "Microsoft 365" means in the double. */
export function latestExcelApi(): string {
  let latest = "1.1";
  for (const api of excelMembers().values()) if (api.set === "ExcelApi" && compareVersions(api.version, latest) > 0) latest = api.version;
  return latest;
}
