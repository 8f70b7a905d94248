// `npm run -s words -- "<text>"`: what the free-text matcher suggests for a
// text, as one JSON object: {"danger": …, "suggestions": [{"step", "services"}]}
// (best first, at most 3). `npm run -s words -- --batch` reads one text per
// line on standard input and prints one such object per line; `-- --eval`
// prints the accuracy on flows/words-eval.tsv and every row that misses. The same
// index and matcher as the widget and the site (src/words/).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { compile } from '../compiler/compile.js';
import { readContent } from '../compiler/read-content.js';
import { evaluate, evaluationTable, parseEvalRows } from '../words/evaluate.js';
import { buildWordIndex } from '../words/index.js';
import { match } from '../words/match.js';

const result = compile(readContent(process.env.WEGWIJS_ROOT ?? process.cwd()));
if (!result.graph) {
  console.error('The content has errors: run npm run flows:check.');
  process.exit(1);
}
const index = buildWordIndex(result.graph);
const answer = (text: string) => {
  const { danger, suggestions } = match(index, text);
  return JSON.stringify({ danger, suggestions: suggestions.map(({ step, services }) => ({ step, services })) });
};

const args = process.argv.slice(2);
if (args[0] === '--eval') {
  // The evaluation set (flows/words-eval.tsv): the accuracy table, then every row that misses.
  const root = process.env.WEGWIJS_ROOT ?? process.cwd();
  const { rows, problems } = parseEvalRows(readFileSync(join(root, 'flows', 'words-eval.tsv'), 'utf8'));
  for (const p of problems) console.error(`flows/words-eval.tsv ${p}`);
  const evaluation = evaluate(index, rows);
  console.log(evaluationTable(evaluation));
  for (const r of evaluation.results.filter((x) => !x.ok || !x.top1))
    console.log(`${r.ok ? 'top-3' : 'MISS '} line ${r.row.line} [${r.row.kind}] "${r.row.text}" → expected ${r.row.expect}, got ${r.got}`);
} else if (args[0] === '--batch') {
  for await (const line of createInterface({ input: process.stdin })) console.log(answer(line));
} else if (args.length === 1) {
  console.log(answer(args[0]));
} else {
  console.error('Usage: npm run -s words -- "<text>"   or   npm run -s words -- --batch < texts.txt');
  process.exit(2);
}
