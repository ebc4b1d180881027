import { type Sheet, a1, sheetWidth } from "../../shared/grid";
import type { FindingSink } from "../../shared/sink";
import { cleanText, foldKey } from "../../shared/normalize";
import { readText } from "../../shared/values";
import { type Deadline, parseDeadline, parseDeadlineValue } from "./deadline";
import { type HeaderRules, type TextHeader, matchTextHeader } from "../../shared/textHeader";
import { parseTaskStatus } from "./status";
import type { TaskColumn, TaskGroup, TaskRowRead, TaskTable } from "./types";

/** Header words of the task tables (9/2023 Phụ lục I, 2026 Phụ lục II/III), most specific first. */
export const taskHeaderRules: HeaderRules<TaskColumn> = [
  { column: "stt", pattern: /^(stt|tt|sothutu)$/ },
  { column: "document", pattern: /^vanban/ },
  { column: "partners", pattern: /phoihop/ },
  { column: "lead", pattern: /^(coquan|donvi|chutri)/ },
  { column: "deadline", pattern: /^(thoihan|thoigian|tiendo)/ },
  { column: "product", pattern: /sanpham/ },
  { column: "result", pattern: /^ketqua/ },
  { column: "note", pattern: /^ghichu/ },
  { column: "state", pattern: /^(tinhtrang|trangthai)/ },
  { column: "task", pattern: /^(nhiemvu|noidungnhiemvu|tennhiemvu)/ },
];

const REQUIRED: readonly TaskColumn[] = ["task", "deadline"];

const ROMAN = /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)\.?$/i;
const TABLE_END = /^(nguoi lap|thu truong|lanh dao|noi nhan|xac nhan|chu thich)/;
const GROUP_CAPTION = /^(doi voi|nhom|nhiem vu)/;

export function findTaskHeader(sheet: Sheet, from: number, maxRow: number): TextHeader<TaskColumn> | null {
  const width = Math.min(sheetWidth(sheet), 40);
  for (let r = from; r < maxRow; r++) {
    const h = matchTextHeader(sheet, r, width, taskHeaderRules, REQUIRED);
    if (h) return h;
  }
  return null;
}

function groupOf(no: string, title: string): TaskGroup {
  const cleaned = cleanText(title.replace(/<[^>]+>/g, " "));
  const key = foldKey(cleaned.replace(/\([^)]*\)/g, " "))
    .replace(/\b\d+\b/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return { no: no.replace(/\.$/, "").toUpperCase(), title: cleaned, key: key || foldKey(no) };
}

export const NO_GROUP: TaskGroup = { no: "", title: "", key: "" };

const joinText = (a: string, b: string) => (a && b ? `${a}\n${b}` : a || b);

/**
 * Read the task rows under a header: caption rows open groups, numbered rows
 * are tasks, unnumbered rows continue the task above (a row split by a page
 * break). Unparseable deadlines and results without a status phrase are findings.
 */
export function readTaskTable(
  sheet: Sheet,
  header: TextHeader<TaskColumn>,
  maxRow: number,
  sink: FindingSink,
  /** Another kind's table starts at this row: the task table ends above it. */
  otherTableAt: (row: number) => boolean = () => false,
): { table: TaskTable; end: number } {
  const col = header.columns;
  const width = Math.min(sheetWidth(sheet), 40);
  const text = (r: number, c: number | undefined) => (c === undefined ? "" : cleanMultiline(readText(sheet.rows[r]?.[c])));
  const rows: TaskRowRead[] = [];
  let group = NO_GROUP;
  let gap = 0;
  let end = header.range.bottom + 1;
  for (let r = header.range.bottom + 1; r < maxRow; r++) {
    end = r + 1;
    const cells = sheet.rows[r];
    const texts = cells ? cells.map((c) => readText(c).trim()) : [];
    if (!texts.some(Boolean)) {
      if (++gap >= 4) break;
      continue;
    }
    gap = 0;
    const first = texts.find(Boolean) ?? "";
    if (TABLE_END.test(foldKey(first)) || /^phu luc\b/.test(foldKey(first))) {
      end = r;
      break;
    }
    // The header repeated after a page break.
    if (matchTextHeader(sheet, r, width, taskHeaderRules, REQUIRED)) continue;
    if (otherTableAt(r)) {
      end = r;
      break;
    }
    // Column-number row under the header: "(1) (2) (3)…" or "1 2 3…".
    if (texts.filter(Boolean).every((t) => /^\(?\d+\)?$/.test(t)) && texts.filter(Boolean).length > 2) continue;
    const stt = text(r, col.stt);
    const task = text(r, col.task);
    const others = (["document", "lead", "partners", "deadline", "result", "product", "note"] as const).some((k) => text(r, col[k]));
    if (ROMAN.test(stt)) {
      group = groupOf(stt, task || texts.filter(Boolean).slice(1).join(" "));
      continue;
    }
    if (!stt && !others && GROUP_CAPTION.test(foldKey(first)) && texts.filter(Boolean).length === 1) {
      group = groupOf("", first);
      continue;
    }
    // A caption merged across the table starting in the STT column.
    if (stt && !/^\d/.test(stt) && !task && !others) {
      group = groupOf("", stt);
      continue;
    }
    if (!stt && rows.length > 0) {
      const prev = rows[rows.length - 1];
      const result = joinText(prev.result, text(r, col.result));
      const more = text(r, col.deadline);
      rows[rows.length - 1] = {
        ...prev,
        task: joinText(prev.task, task),
        document: joinText(prev.document, text(r, col.document)),
        lead: joinText(prev.lead, text(r, col.lead)),
        partners: joinText(prev.partners, text(r, col.partners)),
        deadline: more ? parseDeadline(`${prev.deadline.raw} ${more}`) : prev.deadline,
        result,
        product: joinText(prev.product, text(r, col.product)),
        note: joinText(prev.note, text(r, col.note)),
      };
      continue;
    }
    if (!task) continue;
    const deadlineCell = col.deadline === undefined ? undefined : cells?.[col.deadline];
    const deadline: Deadline = parseDeadlineValue(deadlineCell?.value ?? null);
    const result = text(r, col.result);
    rows.push({
      sheet: sheet.name,
      row: r,
      group,
      no: stt.replace(/\.$/, ""),
      task,
      document: text(r, col.document),
      lead: text(r, col.lead),
      partners: text(r, col.partners),
      deadline,
      result,
      status: null,
      product: text(r, col.product),
      note: text(r, col.note),
      cells: {
        task: a1(r, col.task!),
        ...(col.deadline !== undefined ? { deadline: a1(r, col.deadline) } : {}),
        ...(col.result !== undefined ? { result: a1(r, col.result) } : {}),
      },
    });
  }
  const read: TaskRowRead[] = rows.map((t) => {
    const status = parseTaskStatus(t.result);
    if (t.deadline.kind === "unparsed") {
      sink.add("TASK_DEADLINE_UNPARSED", { raw: t.deadline.raw }, { sheet: sheet.name, cell: t.cells.deadline });
    }
    if (t.result && status === null) sink.add("TASK_STATUS_UNPARSED", {}, { sheet: sheet.name, cell: t.cells.result });
    return { ...t, status };
  });
  return { table: { kind: "tasks", sheet: sheet.name, header: header.range, columns: col, rows: read }, end };
}

/** Trim each line, drop HTML tags left by converters, keep line breaks. */
function cleanMultiline(s: string): string {
  return s
    .replace(/<[^>]+>/g, " ")
    .split(/\r?\n/)
    .map((l) => cleanText(l))
    .filter(Boolean)
    .join("\n");
}
