// Per conversation: how big it is, how long its sentences are, and how far
// its deepest path is from help. `npm run flows:check` prints it after the
// diagnostics; `npm run flows:stats` prints it alone, as a Markdown table for
// a review or an issue. Pure.
import type { Graph } from '../graph/graph.js';
import { type Sentence, textStats } from './plain-language.js';
import { blockTexts } from './render-text.js';
import { deepestPathToHelp, distancesToGoal, type HelpPath } from './structure.js';

export interface ConversationStats {
  id: string;
  steps: number;
  sentences: number;
  /** Words per sentence, over all step texts. */
  average: number;
  longest: Sentence | null;
  /** file:line of the step with the longest sentence. */
  longestAt: string;
  /** Null when some path never reaches help (WW023). */
  deepest: HelpPath | null;
}

export function conversationStats(graph: Graph): ConversationStats[] {
  const toHelp = distancesToGoal(graph);
  return Object.values(graph.flows).map((flow) => {
    const steps = Object.values(graph.steps).filter((s) => s.ref.startsWith(`${flow.id}/`));
    const stats = textStats(steps.flatMap((s) => blockTexts(s.text.blocks)));
    const longestIn = steps.find((s) => textStats(blockTexts(s.text.blocks)).longest?.words === stats.longest?.words);
    const source = longestIn ? graph.sources[longestIn.ref] : undefined;
    return {
      id: flow.id,
      steps: steps.length,
      sentences: stats.sentences,
      average: stats.average,
      longest: stats.longest,
      longestAt: source ? `${source.file}:${source.line}` : '',
      deepest: deepestPathToHelp(graph, flow.id, toHelp),
    };
  });
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');

/** The table in Markdown: one row per conversation, then the total. */
export function statsTable(rows: readonly ConversationStats[]): string {
  const lines = [
    '| Conversation | Steps | Sentences | Avg words/sentence | Longest sentence (words, where) | Deepest path to first help (choices) |',
    '|---|---:|---:|---:|---|---|',
  ];
  for (const r of rows) {
    const longest = r.longest ? `${r.longest.words}, ${r.longestAt}: "${cell(r.longest.text)}"` : '–';
    const deepest = r.deepest
      ? `${r.deepest.choices}${r.deepest.choices ? `: ${cell(r.deepest.labels.join(' › '))}` : ''}`
      : 'none (see WW023)';
    lines.push(`| ${r.id} | ${r.steps} | ${r.sentences} | ${r.average.toFixed(1)} | ${longest} | ${deepest} |`);
  }
  const sentences = rows.reduce((n, r) => n + r.sentences, 0);
  const words = rows.reduce((n, r) => n + r.average * r.sentences, 0);
  const longest = Math.max(0, ...rows.map((r) => r.longest?.words ?? 0));
  const deepest = Math.max(0, ...rows.map((r) => r.deepest?.choices ?? 0));
  lines.push(
    `| **all** | ${rows.reduce((n, r) => n + r.steps, 0)} | ${sentences} | ${(sentences ? words / sentences : 0).toFixed(1)} | ${longest} | ${deepest} |`,
  );
  return lines.join('\n');
}

/** The registry's card texts (purpose, what happens next, notes): what every card says. */
export function registryStats(graph: Graph): { sentences: number; average: number; longest: Sentence | null; longestIn: string } {
  const texts = Object.values(graph.services).map((s) => ({
    id: s.id,
    texts: [s.purpose, s.after ?? '', ...(s.notes ?? [])].filter(Boolean),
  }));
  const stats = textStats(texts.flatMap((t) => t.texts));
  const longestIn = texts.find((t) => textStats(t.texts).longest?.words === stats.longest?.words)?.id ?? '';
  return { sentences: stats.sentences, average: stats.average, longest: stats.longest, longestIn };
}

/** One line under the table for the registry. */
export function registryLine(graph: Graph): string {
  const r = registryStats(graph);
  const longest = r.longest ? `; longest ${r.longest.words} words (${r.longestIn}): "${r.longest.text}"` : '';
  return `Registry (purpose, after, notes on every card): ${r.sentences} sentences, ${r.average.toFixed(1)} words per sentence on average${longest}`;
}

/** The same, as the indented lines `flows:check` prints after its diagnostics. */
export function statsLines(rows: readonly ConversationStats[]): string[] {
  return rows.flatMap((r) => [
    `  ${r.id}: ${r.steps} steps, ${r.sentences} sentences, ${r.average.toFixed(1)} words per sentence on average`,
    ...(r.longest ? [`    longest sentence: ${r.longest.words} words (${r.longestAt}): "${r.longest.text}"`] : []),
    r.deepest
      ? `    deepest path to help: ${r.deepest.choices} ${r.deepest.choices === 1 ? 'choice' : 'choices'}${r.deepest.choices ? `: ${r.deepest.labels.join(' › ')}` : ''}`
      : '    deepest path to help: none (see WW023)',
  ]);
}
