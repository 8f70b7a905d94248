// The message catalogue in other languages (messages/<lang>/<group>.json,
// docs/messages.md): the same groups, keys and placeholders as the Dutch, so
// the site and the widget can show any language with the same code. Checked
// here with the content, because a published language needs both.
import type { LanguageInfo, MessageTree } from '../graph/graph.js';
import { type Diagnostic, diag } from './diagnostics.js';
import { type JsonPath, readJsonSource } from './source.js';
import type { SourceFile } from './types.js';
import { issueDetail } from './zod-text.js';

/** The groups a language's catalogue has; the editors' dashboard (stats) stays Dutch. */
export const TRANSLATED_GROUPS = ['shared', 'widget', 'site', 'local', 'site-scripts'] as const;

/** `messages/en/site.json` → ['en', 'site']. */
export function messagePlace(file: string): [string, string] | null {
  const m = /(?:^|\/)messages\/([^/]+)\/([^/]+)\.json$/.exec(file);
  return m ? [m[1], m[2]] : null;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => `{${m[1]}}`).sort();
const PLURAL = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);
const isPlural = (value: unknown) =>
  !!value && typeof value === 'object' && 'other' in value && Object.keys(value).every((k) => PLURAL.has(k));

/** Every string under `tree`, by dotted path; plural forms count as one message. */
function leaves(tree: MessageTree, prefix = ''): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, [value]);
    else if (isPlural(value)) out.set(path, Object.values(value) as string[]);
    else for (const [p, v] of leaves(value, path)) out.set(p, v);
  }
  return out;
}

/** A catalogue file as a tree, with the line of a key path; null (one finding) when it is not JSON. */
function parse(file: SourceFile, diagnostics: Diagnostic[]): { tree: MessageTree; lineOf: (path: JsonPath) => number } | null {
  const read = readJsonSource(file.source);
  if (!read.ok) {
    diagnostics.push(diag('WW085', file.file, read.line, { detail: issueDetail({ message: read.reason }) }, 'json'));
    return null;
  }
  return { tree: read.value as MessageTree, lineOf: read.lineOf };
}

/**
 * A language's catalogue, checked against the Dutch: a missing group or key is
 * an error for a published language; a placeholder that differs always is
 * (the text would show "{number}" or lose the number).
 */
export function checkMessages(language: LanguageInfo, files: SourceFile[], diagnostics: Diagnostic[]): Record<string, MessageTree> {
  const out: Record<string, MessageTree> = {};
  const dutch = new Map<string, SourceFile>();
  const own = new Map<string, SourceFile>();
  for (const file of files) {
    const place = messagePlace(file.file);
    if (place?.[0] === 'nl') dutch.set(place[1], file);
    if (place?.[0] === language.id) own.set(place[1], file);
  }
  for (const group of TRANSLATED_GROUPS) {
    const source = dutch.get(group);
    if (!source) continue;
    const reference = parse(source, diagnostics);
    const file = own.get(group);
    const expected = source.file.replace(/\/nl\//, `/${language.id}/`);
    if (!file) {
      if (language.published) diagnostics.push(diag('WW085', expected, 1, { lang: language.id, group }, 'missingFile'));
      continue;
    }
    const read = parse(file, diagnostics);
    if (!reference || !read) continue;
    const ours = leaves(read.tree);
    const missing: string[] = [];
    for (const [path, texts] of leaves(reference.tree)) {
      const translated = ours.get(path);
      if (!translated || translated.some((t) => !t.trim())) {
        missing.push(path);
        continue;
      }
      const want = [...new Set(placeholders(texts.join(' ')))].join(', ');
      const found = [...new Set(placeholders(translated.join(' ')))].join(', ');
      if (want !== found)
        diagnostics.push(
          diag('WW085', file.file, read.lineOf(path.split('.')), { key: path, want: want || '—', found: found || '—' }, 'placeholders'),
        );
    }
    if (missing.length && language.published)
      diagnostics.push(diag('WW085', file.file, 1, { count: missing.length, keys: missing.slice(0, 3).join(', ') }, 'missingKeys'));
    out[group] = read.tree;
  }
  return out;
}
