/**
 * Every Excel object-model member the add-in uses above the manifest's minimum requirement set
 * must sit behind an `isSetSupported` check: Excel 2019 (ExcelApi 1.7) throws ApiNotFound on a
 * newer member, and the double only catches the paths a test happens to run. This walk reads the
 * sources with the TypeScript type checker, resolves each property access to its declaration in
 * @types/office-js, and takes the requirement set from the declaration's `[Api set: …]` note.
 *
 * A use counts as guarded when an enclosing function (or the statement before it in the same
 * block) asks for that version or a newer one: `isSetSupported("ExcelApi", "1.13")`, or a local
 * helper called with the version literal, e.g. `supports("1.9")`.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import * as ts from "typescript";
import { compareVersions, excelMembers, TYPINGS_PATH } from "../../support/officeApiSets";

const ROOT = path.resolve(__dirname, "../../..");
const MANIFEST_MIN = /<Set Name="ExcelApi" MinVersion="([\d.]+)"\s*\/>/.exec(readFileSync(path.join(ROOT, "manifest.xml"), "utf8"))![1];

interface Use {
  readonly where: string;
  readonly member: string;
  readonly version: string;
}

function program(): ts.Program {
  const configPath = path.join(ROOT, "tsconfig.json");
  const config = ts.readConfigFile(configPath, (p) => ts.sys.readFile(p));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const roots = parsed.fileNames.filter((f) => f.includes(`${path.sep}src${path.sep}`) || f.includes("/src/"));
  return ts.createProgram(roots, parsed.options);
}

/** `isSetSupported("ExcelApi", "1.13")` or `supports("1.9")`: the version a call asks for, if any. */
function askedVersion(node: ts.Node): string | null {
  if (!ts.isCallExpression(node)) return null;
  const callee = ts.isPropertyAccessExpression(node.expression) ? node.expression.name.text : node.expression.getText();
  const literals = node.arguments.filter(ts.isStringLiteral).map((a) => a.text);
  if (callee === "isSetSupported") return literals[0] === "ExcelApi" ? (literals[1] ?? null) : null;
  if (/^(supports|requires|hasApi)$/.test(callee)) return literals.find((l) => /^\d+\.\d+$/.test(l)) ?? null;
  return null;
}

function versionsAsked(node: ts.Node): string[] {
  const out: string[] = [];
  const visit = (n: ts.Node) => {
    const v = askedVersion(n);
    if (v) out.push(v);
    ts.forEachChild(n, visit);
  };
  visit(node);
  return out;
}

/** Guarded: some enclosing function-like body asks for `needed` or newer. */
function isGuarded(node: ts.Node, needed: string): boolean {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    const scope = ts.isFunctionLike(n) || ts.isSourceFile(n) ? n : null;
    if (!scope || ts.isSourceFile(scope)) continue;
    if (versionsAsked(scope).some((v) => compareVersions(v, needed) >= 0)) return true;
  }
  return false;
}

/** "Excel.Range" → "Range", for a declaration inside the typings' Excel namespace. */
function excelClassOf(decl: ts.Declaration): string | null {
  if (path.resolve(decl.getSourceFile().fileName) !== path.resolve(TYPINGS_PATH)) return null;
  const cls = decl.parent;
  if (!cls || !ts.isClassDeclaration(cls) || !cls.name) return null;
  const ns = cls.parent?.parent;
  return ns && ts.isModuleDeclaration(ns) && ns.name.getText() === "Excel" ? cls.name.text : null;
}

function aboveMinimumUses(p: ts.Program, inFolder = `${path.sep}src${path.sep}`): { uses: Use[]; unguarded: Use[] } {
  const checker = p.getTypeChecker();
  const members = excelMembers();
  const uses: Use[] = [];
  const unguarded: Use[] = [];
  for (const file of p.getSourceFiles()) {
    if (file.isDeclarationFile || !path.resolve(file.fileName).includes(inFolder)) continue;
    const visit = (node: ts.Node) => {
      if (ts.isPropertyAccessExpression(node)) {
        const symbol = checker.getSymbolAtLocation(node.name);
        for (const decl of symbol?.declarations ?? []) {
          const cls = excelClassOf(decl);
          const api = cls ? members.get(`${cls}.${node.name.text}`) : undefined;
          if (!api || api.set !== "ExcelApi" || compareVersions(api.version, MANIFEST_MIN) <= 0) continue;
          const { line } = file.getLineAndCharacterOfPosition(node.getStart());
          const use = {
            where: `${path.relative(ROOT, file.fileName)}:${line + 1}`,
            member: `${cls}.${node.name.text}`,
            version: api.version,
          };
          uses.push(use);
          if (!isGuarded(node, api.version)) unguarded.push(use);
          break;
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return { uses, unguarded };
}

/** The walk over a snippet of our own, so the test shows it can fail. */
function walkSnippet(source: string): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), "api-walk-"));
  const file = path.join(dir, "snippet.ts");
  writeFileSync(file, source);
  const p = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    types: ["office-js"],
    typeRoots: [path.join(ROOT, "node_modules/@types")],
    lib: ["lib.es2020.d.ts", "lib.dom.d.ts"],
  });
  return aboveMinimumUses(p, dir).unguarded.map((u) => u.member);
}

describe("the guard walk itself", () => {
  it("flags a 1.13 member used bare and accepts it behind isSetSupported or a helper", () => {
    const unguarded = walkSnippet(`
      export function bare(ws: Excel.Worksheet) { return ws.getRange().getMergedAreasOrNullObject(); }
      export function checked(ws: Excel.Worksheet) {
        if (Office.context.requirements.isSetSupported("ExcelApi", "1.13")) return ws.getRange().getMergedAreasOrNullObject();
        return null;
      }
      export function tooOld(ws: Excel.Worksheet) {
        if (Office.context.requirements.isSetSupported("ExcelApi", "1.9")) ws.getRange().getMergedAreasOrNullObject();
      }
      export function helper(ws: Excel.Worksheet, supports: (v: string) => boolean) {
        if (supports("1.13")) ws.getRange().getMergedAreasOrNullObject();
      }
      export function old(ws: Excel.Worksheet) { return ws.getRange("A1").values; }
    `);
    expect(unguarded).toEqual(["Range.getMergedAreasOrNullObject", "Range.getMergedAreasOrNullObject"]);
  });
});

describe("Office.js members above the manifest minimum", () => {
  const result = aboveMinimumUses(program());

  it("finds the newer members the add-in does use (the walk sees real code)", () => {
    // The merged-area read (1.13) and comments (1.10) are known uses; if these vanish the walk is blind.
    const names = new Set(result.uses.map((u) => u.member));
    expect(names).toContain("Range.getMergedAreasOrNullObject");
    expect([...names].some((n) => n.startsWith("CommentCollection.") || n.startsWith("Comment."))).toBe(true);
  });

  it(`uses none above ExcelApi ${MANIFEST_MIN} without an isSetSupported guard`, () => {
    expect(result.unguarded.map((u) => `${u.where} ${u.member} (ExcelApi ${u.version})`)).toEqual([]);
  });
});
