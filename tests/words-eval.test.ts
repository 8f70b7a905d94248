// Issue 17: the matcher against the evaluation set in the content
// (flows/words-eval.tsv; editors add rows without code), with the goals:
// top-3 ≥ 90 % on rows with help to reach, every danger row right (the danger
// named, its service first), no off-topic row with anything harmful. And the
// `words` command prints what the same matcher says.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, evaluationTable, parseEvalRows } from '../src/words/evaluate.js';
import { buildWordIndex } from '../src/words/index.js';
import { shippedGraph } from './support/content.js';

const { rows, problems } = parseEvalRows(readFileSync('flows/words-eval.tsv', 'utf8'));
const graph = shippedGraph();
const evaluation = evaluate(buildWordIndex(graph), rows);
const misses = (filter: (r: (typeof evaluation.results)[number]) => boolean) =>
  evaluation.results.filter(filter).map((r) => `line ${r.row.line} "${r.row.text}": expected ${r.row.expect}, got ${r.got}`);

describe('the evaluation set', () => {
  it('has at least 200 well-formed rows, each expecting help that exists', () => {
    expect(problems).toEqual([]);
    expect(rows.length).toBeGreaterThanOrEqual(200);
    const stepsOrServices = (x: string) => x === '-' || (x.includes('/') ? !!graph.steps[x] : !!graph.services[x]);
    expect(rows.filter((r) => !stepsOrServices(r.expect)).map((r) => `line ${r.line}: ${r.expect}`)).toEqual([]);
  });

  it('reaches the goals (npm run -s words -- --eval shows the table and every miss)', () => {
    console.log(evaluationTable(evaluation));
    expect(
      misses((r) => r.row.kind.startsWith('gevaar') && !r.ok),
      'danger rows',
    ).toEqual([]);
    expect(
      misses((r) => r.row.kind === 'anders' && !r.ok),
      'off-topic rows',
    ).toEqual([]);
    expect(evaluation.overall.top3).toBeGreaterThanOrEqual(0.9);
  });
});

describe('npm run -s words', () => {
  it('prints one JSON object for a text, and one per line with --batch', () => {
    const one = JSON.parse(
      execFileSync('npx', ['tsx', 'src/cli/words.ts', 'er staat iemand met een mes voor de deur'], { encoding: 'utf8' }),
    );
    expect(one.danger).toBe('acute');
    expect(one.suggestions[0]).toEqual({ step: expect.any(String), services: expect.arrayContaining(['112']) });
    expect(Object.keys(one).sort()).toEqual(['danger', 'suggestions']);
    const batch = execFileSync('npx', ['tsx', 'src/cli/words.ts', '--batch'], {
      encoding: 'utf8',
      input: 'hallo\nik wil niet meer leven\n',
    })
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(batch).toHaveLength(2);
    expect(batch[1].danger).toBe('suicide');
  });
});
