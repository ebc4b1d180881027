/**
 * The slice of Excel's formula language the add-in writes and the units' sheets commonly hold:
 * numbers, text, cell and range references (optionally 'Sheet'!), + - * / ^ & comparisons, and
 * SUM, IF, N, IFERROR, ROUND, AND, OR, MIN, MAX, AVERAGE, COUNT, ABS, HYPERLINK (its shown text). Anything else does not
 * parse, so a formula outside this slice fails the test instead of passing unnoticed.
 */
import { parseA1 } from "../../../src/core";

export type Scalar = number | string | boolean | { readonly error: string };
type Node =
  | { t: "num"; v: number }
  | { t: "str"; v: string }
  | { t: "bool"; v: boolean }
  | { t: "ref"; sheet?: string; top: number; left: number; bottom: number; right: number }
  | { t: "call"; name: string; args: Node[] }
  | { t: "un"; op: string; a: Node }
  | { t: "bin"; op: string; a: Node; b: Node };

export class FormulaSyntaxError extends Error {}

const FUNCTIONS = new Set([
  "SUM",
  "IF",
  "N",
  "IFERROR",
  "ROUND",
  "AND",
  "OR",
  "MIN",
  "MAX",
  "AVERAGE",
  "COUNT",
  "ABS",
  "COUNTIF",
  "COUNTA",
  "HYPERLINK",
]);
const TOKEN =
  /\s*(?:(\d+(?:\.\d+)?(?:E[+-]?\d+)?)|("(?:[^"]|"")*")|((?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)(?![\w(])|([A-Za-z_][\w.]*)|(<>|<=|>=|[-+*/^&=<>(),:]))/iy;

function tokenize(src: string): string[][] {
  const out: string[][] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < src.length) {
    if (/^\s*$/.test(src.slice(TOKEN.lastIndex))) break;
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(src);
    if (!m || TOKEN.lastIndex === at) throw new FormulaSyntaxError(`unexpected input at ${at}: ${src}`);
    if (m[1] !== undefined) out.push(["num", m[1]]);
    else if (m[2] !== undefined) out.push(["str", m[2].slice(1, -1).replace(/""/g, '"')]);
    else if (m[4] !== undefined) out.push(["ref", m[4], m[3] ? m[3].slice(0, -1) : ""]);
    else if (m[5] !== undefined) out.push(["name", m[5]]);
    else out.push(["op", m[6]]);
  }
  return out;
}

export function parseFormula(body: string): Node {
  const toks = tokenize(body);
  let i = 0;
  const peek = () => toks[i];
  const take = (op?: string) => {
    const t = toks[i];
    if (!t || (op && !(t[0] === "op" && t[1] === op))) throw new FormulaSyntaxError(`expected ${op ?? "more"} in ${body}`);
    i++;
    return t;
  };
  const isOp = (...ops: string[]) => peek()?.[0] === "op" && ops.includes(peek()[1]);
  const level = (next: () => Node, ops: string[]) => () => {
    let a = next();
    while (isOp(...ops)) {
      const op = take()[1];
      a = { t: "bin", op, a, b: next() };
    }
    return a;
  };
  const primary = (): Node => {
    const t = take();
    if (t[0] === "num") return { t: "num", v: Number(t[1]) };
    if (t[0] === "str") return { t: "str", v: t[1] };
    if (t[0] === "ref") {
      const [from, to = from] = t[1].replace(/\$/g, "").split(":");
      const a = parseA1(from);
      const b = parseA1(to);
      const sheet = t[2] ? t[2].replace(/^'|'$/g, "").replace(/''/g, "'") : undefined;
      return { t: "ref", ...(sheet ? { sheet } : {}), top: a.row, left: a.col, bottom: b.row, right: b.col };
    }
    if (t[0] === "name") {
      const name = t[1].toUpperCase();
      if (name === "TRUE" || name === "FALSE") return { t: "bool", v: name === "TRUE" };
      if (!FUNCTIONS.has(name) || !isOp("(")) throw new FormulaSyntaxError(`unknown name ${t[1]}`);
      take("(");
      const args: Node[] = [];
      if (!isOp(")")) {
        args.push(expr());
        while (isOp(",")) {
          take(",");
          args.push(expr());
        }
      }
      take(")");
      return { t: "call", name, args };
    }
    if (t[1] === "(") {
      const e = expr();
      take(")");
      return e;
    }
    if (t[1] === "-" || t[1] === "+") return { t: "un", op: t[1], a: unary() };
    throw new FormulaSyntaxError(`unexpected ${t[1]} in ${body}`);
  };
  const unary = (): Node => primary();
  const power = level(unary, ["^"]);
  const mul = level(power, ["*", "/"]);
  const add = level(mul, ["+", "-"]);
  const concat = level(add, ["&"]);
  const expr = level(concat, ["=", "<>", "<", ">", "<=", ">="]);
  const root = expr();
  if (i !== toks.length) throw new FormulaSyntaxError(`trailing input in ${body}`);
  return root;
}

export interface Scope {
  /** A cell's value as a formula sees it; null = empty. */
  cell(sheet: string | undefined, row: number, col: number): Scalar | null;
}

const isErr = (v: unknown): v is { readonly error: string } => typeof v === "object" && v !== null && "error" in v;

function num(v: Scalar | null): number | { error: string } {
  if (v === null || v === "") return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (isErr(v)) return v;
  const n = Number(v.replace(/,/g, ""));
  return Number.isFinite(n) && v.trim() !== "" ? n : { error: "#VALUE!" };
}

type Val = Scalar | null | (Scalar | null)[];

export function evaluate(node: Node, scope: Scope): Scalar {
  const v = ev(node, scope);
  if (Array.isArray(v)) return v[0] ?? 0;
  return v ?? 0;
}

function ev(node: Node, s: Scope): Val {
  switch (node.t) {
    case "num":
    case "str":
    case "bool":
      return node.v;
    case "ref": {
      const out: (Scalar | null)[] = [];
      for (let r = node.top; r <= node.bottom; r++) for (let c = node.left; c <= node.right; c++) out.push(s.cell(node.sheet, r, c));
      return out.length === 1 ? out[0] : out;
    }
    case "un": {
      const a = num(scalar(ev(node.a, s)));
      return isErr(a) ? a : node.op === "-" ? -a : a;
    }
    case "bin": {
      const a = scalar(ev(node.a, s));
      const b = scalar(ev(node.b, s));
      if (isErr(a)) return a;
      if (isErr(b)) return b;
      if (node.op === "&") return `${a ?? ""}${b ?? ""}`;
      if (["=", "<>", "<", ">", "<=", ">="].includes(node.op)) return compare(node.op, a, b);
      const x = num(a);
      const y = num(b);
      if (isErr(x)) return x;
      if (isErr(y)) return y;
      if (node.op === "+") return x + y;
      if (node.op === "-") return x - y;
      if (node.op === "*") return x * y;
      if (node.op === "^") return x ** y;
      return y === 0 ? { error: "#DIV/0!" } : x / y;
    }
    case "call":
      return call(node.name, node.args, s);
  }
}

function scalar(v: Val): Scalar | null {
  return Array.isArray(v) ? (v.length === 1 ? v[0] : { error: "#VALUE!" }) : v;
}

function compare(op: string, a: Scalar | null, b: Scalar | null): boolean {
  const norm = (v: Scalar | null) => (v === null ? (typeof (a ?? b) === "string" ? "" : 0) : typeof v === "string" ? v.toLowerCase() : v);
  const x = norm(a) as number | string | boolean;
  const y = norm(b) as number | string | boolean;
  switch (op) {
    case "=":
      return x === y;
    case "<>":
      return x !== y;
    case "<":
      return x < y;
    case ">":
      return x > y;
    case "<=":
      return x <= y;
    default:
      return x >= y;
  }
}

function numbersOf(args: Node[], s: Scope): number[] | { error: string } {
  const out: number[] = [];
  for (const a of args) {
    const v = ev(a, s);
    for (const x of Array.isArray(v) ? v : [v]) {
      if (isErr(x)) return x;
      if (typeof x === "number") out.push(x);
      else if (!Array.isArray(v) && typeof x === "boolean") out.push(x ? 1 : 0);
    }
  }
  return out;
}

function call(name: string, args: Node[], s: Scope): Val {
  const arg = (i: number) => scalar(ev(args[i], s));
  switch (name) {
    case "IF": {
      const c = arg(0);
      if (isErr(c)) return c;
      const truthy = typeof c === "number" ? c !== 0 : typeof c === "string" ? c !== "" : !!c;
      return truthy ? (args[1] ? arg(1) : true) : args[2] ? arg(2) : false;
    }
    case "IFERROR": {
      const v = arg(0);
      return isErr(v) ? arg(1) : v;
    }
    case "N": {
      const v = arg(0);
      return typeof v === "number" ? v : typeof v === "boolean" ? (v ? 1 : 0) : isErr(v) ? v : 0;
    }
    case "ROUND": {
      const x = num(arg(0));
      const d = num(arg(1));
      if (isErr(x)) return x;
      if (isErr(d)) return d;
      return Math.round(x * 10 ** d) / 10 ** d;
    }
    case "COUNTIF": {
      const cells = ev(args[0], s);
      const crit = arg(1);
      const list = Array.isArray(cells) ? cells : [cells];
      const m = typeof crit === "string" ? /^(<>|<=|>=|<|>|=)?(.*)$/.exec(crit) : null;
      const op = m?.[1] ?? "=";
      const rhsText = m ? m[2] : crit;
      const rhs = typeof rhsText === "string" && rhsText !== "" && Number.isFinite(Number(rhsText)) ? Number(rhsText) : rhsText;
      return list.filter((v) => v !== null && !isErr(v) && !isErr(rhs) && compare(op, v, rhs as Scalar)).length;
    }
    case "COUNTA": {
      let n = 0;
      for (const a of args) {
        const v = ev(a, s);
        for (const x of Array.isArray(v) ? v : [v]) if (x !== null && x !== "") n++;
      }
      return n;
    }
    case "HYPERLINK":
      // The cell shows the friendly name, else the location itself.
      return args[1] ? arg(1) : arg(0);
    case "ABS": {
      const x = num(arg(0));
      return isErr(x) ? x : Math.abs(x);
    }
    case "AND":
    case "OR": {
      const vs = args.map((_, i) => arg(i));
      const bad = vs.find(isErr);
      if (bad) return bad;
      const bs = vs.map((v) => !!v);
      return name === "AND" ? bs.every(Boolean) : bs.some(Boolean);
    }
    default: {
      const ns = numbersOf(args, s);
      if (isErr(ns)) return ns;
      if (name === "SUM") return ns.reduce((a, b) => a + b, 0);
      if (name === "COUNT") return ns.length;
      if (name === "MIN") return ns.length ? Math.min(...ns) : 0;
      if (name === "MAX") return ns.length ? Math.max(...ns) : 0;
      return ns.length ? ns.reduce((a, b) => a + b, 0) / ns.length : { error: "#DIV/0!" };
    }
  }
}
