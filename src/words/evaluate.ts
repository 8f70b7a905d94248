// The matcher against the evaluation set (flows/words-eval.tsv, docs/words.md):
// top-1 and top-3 accuracy overall and per audience, the danger rows (the
// danger named and its service first) and the off-topic rows (never a danger,
// never the steps for people afraid they hurt someone). Pure: the test and
// `npm run -s words -- --eval` read the file and call this.
import { type Danger, match, type Suggestion, type WordIndex } from './match.js';

export type RowKind = 'gewoon' | 'gevaar-acuut' | 'gevaar-zelfmoord' | 'gevaar-seksueel' | 'anders';

export interface EvalRow {
  line: number;
  text: string;
  /** A service id, a step (`flow/step`), or '-' for nothing. */
  expect: string;
  kind: RowKind;
  group: string;
}

const DANGER_OF: Partial<Record<RowKind, Danger>> = {
  'gevaar-acuut': 'acute',
  'gevaar-zelfmoord': 'suicide',
  'gevaar-seksueel': 'recent-sexual',
};
/** Off-topic text must never lead here: the steps for people afraid they hurt someone. */
const HARMFUL_FLOW = 'pleger/';

export function parseEvalRows(tsv: string): { rows: EvalRow[]; problems: string[] } {
  const rows: EvalRow[] = [];
  const problems: string[] = [];
  tsv.split(/\r?\n/).forEach((raw, i) => {
    if (i === 0 || !raw.trim()) return;
    const [text, expect, kind, group] = raw.split('\t').map((f) => f?.trim());
    if (!text || !expect || !kind || !group) problems.push(`line ${i + 1}: needs 4 fields separated by tabs`);
    else if (!['gewoon', 'gevaar-acuut', 'gevaar-zelfmoord', 'gevaar-seksueel', 'anders'].includes(kind))
      problems.push(`line ${i + 1}: unknown soort "${kind}"`);
    else rows.push({ line: i + 1, text, expect, kind: kind as RowKind, group });
  });
  return { rows, problems };
}

const fits = (s: Suggestion, expect: string) => (expect.includes('/') ? s.step === expect : s.services.includes(expect));

export interface RowResult {
  row: EvalRow;
  top1: boolean;
  top3: boolean;
  /** Danger and off-topic rows: right or wrong as their kind demands. */
  ok: boolean;
  got: string;
}

export function evaluateRow(index: WordIndex, row: EvalRow): RowResult {
  const result = match(index, row.text);
  const got = `${result.danger ?? '-'} ${result.suggestions.map((s) => s.step).join(', ') || '(nothing)'}`;
  if (row.kind === 'anders') {
    const ok = result.danger === null && !result.suggestions.some((s) => s.step.startsWith(HARMFUL_FLOW));
    return { row, top1: ok, top3: ok, ok, got };
  }
  const top1 = !!result.suggestions[0] && fits(result.suggestions[0], row.expect);
  const top3 = result.suggestions.some((s) => fits(s, row.expect));
  const danger = DANGER_OF[row.kind];
  const ok = danger ? result.danger === danger && result.suggestions[0]?.services[0] === row.expect : top3;
  return { row, top1, top3, ok, got };
}

export interface Accuracy {
  rows: number;
  top1: number;
  top3: number;
}

const rate = (results: RowResult[]): Accuracy => ({
  rows: results.length,
  top1: results.length ? results.filter((r) => r.top1).length / results.length : 1,
  top3: results.length ? results.filter((r) => r.top3).length / results.length : 1,
});

export interface Evaluation {
  results: RowResult[];
  /** Rows with help to reach (everything but off-topic). */
  overall: Accuracy;
  perGroup: Record<string, Accuracy>;
  danger: { rows: number; right: number };
  offTopic: { rows: number; harmless: number };
}

export function evaluate(index: WordIndex, rows: EvalRow[]): Evaluation {
  const results = rows.map((row) => evaluateRow(index, row));
  const helped = results.filter((r) => r.row.kind !== 'anders');
  const perGroup: Record<string, Accuracy> = {};
  for (const group of [...new Set(helped.map((r) => r.row.group))].sort())
    perGroup[group] = rate(helped.filter((r) => r.row.group === group));
  const dangerRows = results.filter((r) => DANGER_OF[r.row.kind]);
  const offTopic = results.filter((r) => r.row.kind === 'anders');
  return {
    results,
    overall: rate(helped),
    perGroup,
    danger: { rows: dangerRows.length, right: dangerRows.filter((r) => r.ok).length },
    offTopic: { rows: offTopic.length, harmless: offTopic.filter((r) => r.ok).length },
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

/** The evaluation as a Markdown table, for the closing note and the docs. */
export function evaluationTable(e: Evaluation): string {
  const line = (name: string, a: Accuracy) => `| ${name} | ${a.rows} | ${pct(a.top1)} | ${pct(a.top3)} |`;
  return [
    '| Rows | n | top-1 | top-3 |',
    '| --- | --- | --- | --- |',
    line('all with help to reach', e.overall),
    ...Object.entries(e.perGroup).map(([group, a]) => line(group, a)),
    `| danger rows: danger named, its service first | ${e.danger.rows} | ${pct(e.danger.right / (e.danger.rows || 1))} | |`,
    `| off-topic rows: nothing harmful | ${e.offTopic.rows} | ${pct(e.offTopic.harmless / (e.offTopic.rows || 1))} | |`,
  ].join('\n');
}
