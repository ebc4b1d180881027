import { type Sheet, a1, sheetWidth } from "../../shared/grid";
import type { FindingSink } from "../../shared/sink";
import { cleanText, foldKey } from "../../shared/normalize";
import { readText } from "../../shared/values";
import { type HeaderRules, type TextHeader, matchTextHeader } from "../../shared/textHeader";
import type { ModelColumn, ModelGroup, ModelRowRead, ModelTable } from "./types";

/** Header words of the models table (9/2024 Phụ lục III), most specific first. */
export const modelHeaderRules: HeaderRules<ModelColumn> = [
  { column: "stt", pattern: /^(stt|tt|sothutu)$/ },
  { column: "funding", pattern: /^kinhphi/ },
  { column: "replicate", pattern: /nhanrong|tieptuc/ },
  { column: "effectiveness", pattern: /hieuqua|tienich/ },
  { column: "difficulties", pattern: /khokhan|vuongmac/ },
  { column: "results", pattern: /^ketqua/ },
  { column: "note", pattern: /^ghichu/ },
  { column: "model", pattern: /^(mohinh|tenmohinh)/ },
];

const REQUIRED: readonly ModelColumn[] = ["model", "results"];
const ROMAN = /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X)\.?$/i;
const TABLE_END = /^(nguoi lap|thu truong|lanh dao|noi nhan|xac nhan|phu luc)/;
const PROGRESS = /^\s*[-+]?\s*Đánh giá tiến độ\s*:\s*/iu;

export function findModelHeader(sheet: Sheet, from: number, maxRow: number): TextHeader<ModelColumn> | null {
  const width = Math.min(sheetWidth(sheet), 40);
  for (let r = from; r < maxRow; r++) {
    const h = matchTextHeader(sheet, r, width, modelHeaderRules, REQUIRED);
    if (h) return h;
  }
  return null;
}

/** Split "Đánh giá tiến độ: Đang triển khai\n- …" into the progress phrase and the rest. */
export function splitProgress(results: string): { progress: string; rest: string } {
  const text = results.normalize("NFC");
  const lines = text.split("\n");
  const i = lines.findIndex((l) => PROGRESS.test(l));
  if (i < 0) return { progress: "", rest: text.trim() };
  const progress = lines[i].replace(PROGRESS, "").trim();
  const rest = [...lines.slice(0, i), ...lines.slice(i + 1)].join("\n").trim();
  return { progress, rest };
}

const multiline = (s: string) =>
  s
    .split(/\r?\n/)
    .map((l) => cleanText(l))
    .filter(Boolean)
    .join("\n");

/** Read the model rows under a header: Roman caption rows open groups, numbered rows are models. */
export function readModelTable(
  sheet: Sheet,
  header: TextHeader<ModelColumn>,
  maxRow: number,
  _sink: FindingSink,
): { table: ModelTable; end: number } {
  const col = header.columns;
  const width = Math.min(sheetWidth(sheet), 40);
  const text = (r: number, c: number | undefined) => (c === undefined ? "" : multiline(readText(sheet.rows[r]?.[c])));
  const rows: ModelRowRead[] = [];
  let group: ModelGroup = { no: "", title: "" };
  let gap = 0;
  let end = header.range.bottom + 1;
  for (let r = header.range.bottom + 1; r < maxRow; r++) {
    end = r + 1;
    const texts = (sheet.rows[r] ?? []).map((c) => readText(c).trim());
    if (!texts.some(Boolean)) {
      if (++gap >= 4) break;
      continue;
    }
    gap = 0;
    if (TABLE_END.test(foldKey(texts.find(Boolean)!))) {
      end = r;
      break;
    }
    if (matchTextHeader(sheet, r, width, modelHeaderRules, REQUIRED)) continue;
    const stt = text(r, col.stt);
    const model = text(r, col.model);
    if (ROMAN.test(stt)) {
      group = { no: stt.replace(/\.$/, "").toUpperCase(), title: model || texts.filter(Boolean).slice(1).join(" ") };
      continue;
    }
    if (!model && !stt && rows.length > 0) {
      const prev = rows[rows.length - 1];
      const join = (a: string, b: string) => (a && b ? `${a}\n${b}` : a || b);
      const more = splitProgress(text(r, col.results));
      rows[rows.length - 1] = {
        ...prev,
        progress: prev.progress || more.progress,
        results: join(prev.results, more.rest),
        difficulties: join(prev.difficulties, text(r, col.difficulties)),
        effectiveness: join(prev.effectiveness, text(r, col.effectiveness)),
        funding: join(prev.funding, text(r, col.funding)),
        replicate: join(prev.replicate, text(r, col.replicate)),
      };
      continue;
    }
    if (!model) continue;
    const { progress, rest } = splitProgress(text(r, col.results));
    const num = /^mo hinh (?:so )?(\d+)/.exec(foldKey(model));
    rows.push({
      sheet: sheet.name,
      row: r,
      group,
      no: stt.replace(/\.$/, ""),
      model,
      modelNo: num ? num[1] : null,
      progress,
      results: rest,
      difficulties: text(r, col.difficulties),
      effectiveness: text(r, col.effectiveness),
      funding: text(r, col.funding),
      replicate: text(r, col.replicate),
      cell: a1(r, col.model!),
    });
  }
  return { table: { kind: "models", sheet: sheet.name, header: header.range, columns: col, rows }, end };
}
