// The free-text matcher's content (issue 17, docs/words.md): the `Woorden:`
// phrases of each step, and flows/words.json with the danger rules and the
// informal spellings. Checked here like the rest of the content: a rule for a
// step that does not exist, or a file that is not right, is an error (WW088).
import * as z from 'zod';
import type { ContentWords } from '../graph/graph.js';
import type { StepRef } from '../graph/types.js';
import { readChecked } from './checked-json.js';
import { type Diagnostic, diag } from './diagnostics.js';
import type { RawFlow } from './parse-flow.js';
import type { SourceFile } from './types.js';

const wordsFileSchema = z.strictObject({
  danger: z.array(
    z.strictObject({
      danger: z.enum(['acute', 'suicide', 'recent-sexual']),
      step: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/),
      help: z.string().optional(),
      phrases: z.array(z.string().min(1)).min(1),
      together: z.array(z.array(z.string().min(1)).min(1)).optional(),
    }),
  ),
  spellings: z.record(z.string().regex(/^[\p{Ll}\p{N}]+$/u), z.string().min(1)),
  ignore: z.array(z.string().regex(/^[\p{Ll}\p{N}]+$/u)).optional(),
});

export function compileWords(
  file: SourceFile | undefined,
  raws: ReadonlyMap<string, RawFlow>,
  steps: Record<StepRef, unknown>,
  /** Null when the registry could not be read: that is one finding already, so help is not checked against it. */
  services: Record<string, unknown> | null,
  diagnostics: Diagnostic[],
): ContentWords {
  const words: ContentWords = { steps: {}, danger: [], spellings: {}, ignore: [] };
  for (const [flowId, raw] of raws)
    for (const step of raw.steps) if (step.words.length) words.steps[`${flowId}/${step.id}`] = step.words.map((w) => w.phrase);
  if (!file) return words;
  const read = readChecked(file, wordsFileSchema, (line, detail) => diagnostics.push(diag('WW088', file.file, line, { detail }, 'file')));
  if (!read) return words;
  read.value.danger.forEach((rule, i) => {
    if (!steps[rule.step]) diagnostics.push(diag('WW088', file.file, read.lineOf(['danger', i, 'step']), { detail: rule.step }, 'step'));
    if (rule.help && services && !services[rule.help])
      diagnostics.push(diag('WW088', file.file, read.lineOf(['danger', i, 'help']), { detail: rule.help }, 'help'));
  });
  return {
    ...words,
    danger: read.value.danger.filter((r) => steps[r.step] && (!r.help || services?.[r.help])),
    spellings: read.value.spellings,
    ignore: read.value.ignore ?? [],
  };
}
