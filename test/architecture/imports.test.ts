import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";

// The shape of src/ as a rule: every import points down the layers below, and no file can reach
// itself through its imports. Layers are matched by the longest path prefix; a file may import its
// own layer (no cycle, checked separately) and any lower one.
const ROOT = join(__dirname, "../..");
const SRC = join(ROOT, "src");

const LAYERS: ReadonlyArray<readonly [prefix: string, layer: number]> = [
  ["core/shared/", 0],
  ["core/catalogue/", 1],
  ["core/units/", 1],
  // The table-kind interface, then the kinds (which never import one another), then their list.
  ["core/kinds/kind.ts", 2],
  ["core/kinds/", 3],
  ["core/kinds/registry.ts", 4],
  ["core/pipeline/", 5],
  // Figures computed from a consolidation: targets, month over month.
  ["core/targets/", 6],
  ["core/compare/", 6],
  ["core/report/", 7],
  ["core/forms/", 7],
  ["core/index.ts", 8],
  // Built on the engine's public surface only (they import core/index.ts): findings back to units,
  // the draft report's text, the period lock.
  ["core/feedback/", 9],
  ["core/draft/", 9],
  ["core/lock/", 9],
  ["io/", 10],
  ["taskpane/", 11],
  ["cli/", 11],
  ["commands/", 12],
];

function layerOf(file: string): { prefix: string; layer: number } {
  const best = LAYERS.filter(([p]) => file.startsWith(p)).sort((a, b) => b[0].length - a[0].length)[0];
  if (!best) throw new Error(`${file} is in no layer: add its folder to LAYERS`);
  return { prefix: best[0], layer: best[1] };
}

/** The table kind a file belongs to ("service" for core/kinds/service/…), or null. */
const kindOf = (file: string) => /^core\/kinds\/([^/]+)\//.exec(file)?.[1] ?? null;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(name) ? [p] : [];
  });
}

function resolveImport(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  // A data file (plan2026.json) is imported with its extension.
  if (/\.json$/.test(base) && existsSync(base)) return base;
  for (const candidate of [`${base}.ts`, `${base}.tsx`, join(base, "index.ts"), join(base, "index.tsx")]) {
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

/** Every relative import of every file under src/ (static, type-only, re-exports and dynamic import()). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sources(SRC)) {
    const info = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
    const targets = info.importedFiles
      .map((f) => f.fileName)
      .filter((spec) => spec.startsWith("."))
      .map((spec) => {
        const target = resolveImport(file, spec);
        if (!target) throw new Error(`${relative(SRC, file)}: cannot resolve ${spec}`);
        return relative(SRC, target);
      });
    graph.set(relative(SRC, file), [...new Set(targets)]);
  }
  return graph;
}

/** Strongly connected components with more than one file, or a file importing itself (Tarjan). */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

const graph = importGraph();

test("the import graph is read: the engine's index reaches the pipeline and every table kind", () => {
  expect(graph.size).toBeGreaterThan(50);
  const fromIndex = graph.get("core/index.ts") ?? [];
  expect(fromIndex).toEqual(expect.arrayContaining(["core/pipeline/readSubmission.ts", "core/kinds/registry.ts"]));
  expect(graph.get("core/kinds/registry.ts")).toEqual(
    expect.arrayContaining(["core/kinds/service/index.ts", "core/kinds/task/index.ts", "core/kinds/model/index.ts"]),
  );
});

test("no import cycle in src/", () => {
  expect(cycles(graph)).toEqual([]);
});

test("no import points up the layers, and no table kind imports another", () => {
  const wrong: string[] = [];
  for (const [file, targets] of graph) {
    const from = layerOf(file);
    for (const target of targets) {
      const to = layerOf(target);
      if (to.layer > from.layer) wrong.push(`${file} (${from.prefix}) → ${target} (${to.prefix})`);
      const [a, b] = [kindOf(file), kindOf(target)];
      if (a && b && a !== b) wrong.push(`${file} → ${target}: table kinds are independent`);
    }
  }
  expect(wrong).toEqual([]);
});

test("the checker fails on a cycle and on an upward import", () => {
  expect(
    cycles(
      new Map([
        ["a", ["b"]],
        ["b", ["c"]],
        ["c", ["a"]],
        ["d", ["a"]],
      ]),
    ),
  ).toEqual([["a", "b", "c"]]);
  expect(cycles(new Map([["a", ["a"]]]))).toEqual([["a"]]);
  expect(layerOf("core/shared/grid.ts").layer).toBeLessThan(layerOf("core/kinds/task/merge.ts").layer);
  expect(layerOf("core/kinds/registry.ts").layer).toBeGreaterThan(layerOf("core/kinds/task/index.ts").layer);
});
