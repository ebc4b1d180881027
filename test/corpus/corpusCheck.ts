import { type Figures, type Submission, consolidate, defaultRegistry, findUnit, numberColumns, samePeriod } from "../../src/core";
import { readXlsxSubmission } from "../../src/io/xlsx";
import { type Corpus, type CorpusOptions, buildCorpus } from "../../scripts/lib/corpus";

/** What merging a corpus gave, against what its generator planted. */
export interface CorpusResult {
  readonly units: number;
  readonly unitsRight: number;
  readonly periodsRight: number;
  readonly services: number;
  readonly servicesRight: number;
  readonly planted: number;
  readonly caught: number;
  /** Findings nobody planted: on clean files, or of another code on dirty ones. */
  readonly falseFindings: number;
  /** Every disagreement, one line each, so a failing test says exactly what was read wrong. */
  readonly problems: readonly string[];
}

const sameFigures = (a: Figures, b: Figures) => numberColumns.every((c) => a[c] === b[c]);
const show = (f: Figures) => numberColumns.map((c) => `${c}=${f[c]}`).join(" ");

export async function readCorpus(corpus: Corpus): Promise<Submission[]> {
  return Promise.all(corpus.files.map((f) => readXlsxSubmission(f.name, f.bytes, { period: corpus.period })));
}

export async function checkCorpus(options: CorpusOptions): Promise<CorpusResult> {
  const corpus = await buildCorpus(options);
  const submissions = await readCorpus(corpus);
  const merged = consolidate(submissions, corpus.period);
  const problems: string[] = [];
  let unitsRight = 0;
  let periodsRight = 0;
  let falseFindings = 0;
  let caught = 0;
  corpus.files.forEach((file, i) => {
    const s = submissions[i];
    const tag = `${file.name} [${file.drifts.join(",") || "base"}${file.plant ? ` +${file.plant}` : ""}]`;
    const expectedId = findUnit(defaultRegistry, file.unit)?.unit.id;
    // The unit alone: no period, no title words carried into its name.
    if (s.unit.id === expectedId && !/tháng|\d{4}|báo cáo|\//iu.test(s.unit.name)) unitsRight++;
    else problems.push(`${tag}: unit ${s.unit.id} "${s.unit.name}", expected ${expectedId}`);
    const expectedPeriod = file.plant === "PERIOD_MISMATCH" ? { ...corpus.period, month: corpus.period.month - 1 } : corpus.period;
    if (s.period && samePeriod(s.period, expectedPeriod)) periodsRight++;
    else
      problems.push(
        `${tag}: period ${s.period ? `${s.period.month}/${s.period.year}` : "none"}, expected ${expectedPeriod.month}/${expectedPeriod.year}`,
      );
    for (const f of s.findings) {
      if (f.code === file.plant) continue;
      falseFindings++;
      problems.push(`${tag}: false ${f.severity} ${f.code} ${f.sheet ?? ""}!${f.cell ?? ""} ${f.message}`);
    }
  });
  for (const p of corpus.planted) {
    const i = corpus.files.findIndex((f) => f.name === p.file);
    const hit = submissions[i].findings.some((f) => f.code === p.code && (!p.service || !f.service || f.service === p.service));
    if (hit) caught++;
    else problems.push(`${p.file}: planted ${p.code}${p.service ? ` (${p.service})` : ""} not found`);
  }
  for (const f of merged.findings) {
    if (submissions.some((s) => s.file === f.file)) continue;
    falseFindings++;
    problems.push(`merge: false ${f.severity} ${f.code} ${f.message}`);
  }
  let services = 0;
  let servicesRight = 0;
  for (const table of Object.values(merged.tables)) {
    for (const row of table.rows) {
      const id = row.service.id;
      if (corpus.touched.has(id)) continue;
      const expected = corpus.sums.get(id) ?? { total: null, online: null, onTime: null, overdue: null };
      if (!corpus.sums.has(id) && numberColumns.every((c) => row[c] === null)) continue;
      services++;
      if (sameFigures(row, expected)) servicesRight++;
      else problems.push(`sum ${id}: ${show(row)}; expected ${show(expected)}`);
    }
  }
  return {
    units: corpus.files.length,
    unitsRight,
    periodsRight,
    services,
    servicesRight,
    planted: corpus.planted.length,
    caught,
    falseFindings,
    problems,
  };
}
