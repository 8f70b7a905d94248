import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CATALOGUES,
  type CatalogueText,
  CODES,
  diag,
  EDITOR_LANGUAGES,
  formatDiagnostic,
  parseEditorLanguage,
  setEditorLanguage,
} from './diagnostics.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);

/** Per variant ('' when the text has none), the placeholders of its texts; plural forms count as one text. */
function variants(text: CatalogueText): Map<string, Set<string>> {
  if (typeof text === 'string') return new Map([['', new Set(placeholders(text))]]);
  if ('other' in text) return new Map([['', new Set(Object.values(text).flatMap((t) => placeholders(String(t))))]]);
  return new Map(Object.entries(text).map(([name, t]) => [name, variants(t).get('') ?? new Set<string>()]));
}

/** Every text of a message: its variants and plural forms. */
function texts(text: CatalogueText): string[] {
  return typeof text === 'string' ? [text] : Object.values(text).flatMap((t) => texts(t as CatalogueText));
}

function placeholdersOf(lang: (typeof EDITOR_LANGUAGES)[number], code: string) {
  const entry = CATALOGUES[lang][code as keyof typeof CODES];
  return { message: variants(entry.message), hint: variants(entry.hint) };
}

const sorted = (map: Map<string, Set<string>>) => [...map].map(([name, set]) => [name, [...set].sort()]).sort();

describe('diagnostic codes', () => {
  afterEach(() => setEditorLanguage('nl'));

  it('are each documented in docs/diagnostics.md with their (English) title', () => {
    const docs = readFileSync('docs/diagnostics.md', 'utf8');
    for (const code of Object.keys(CODES)) {
      const title = CATALOGUES.en[code as keyof typeof CODES].title;
      expect(docs, `docs/diagnostics.md lacks "## ${code} ${title}"`).toContain(`## ${code} ${title}`);
    }
  });

  it('are quoted in docs/diagnostics.md as the catalogue words them, in Dutch or English', () => {
    const docs = readFileSync('docs/diagnostics.md', 'utf8');
    const quoted = [...docs.matchAll(/^\S+:\d+: (?:error|warning|info) (WW\d{3}): (.+)$/gm)];
    expect(quoted.length).toBeGreaterThan(2);
    for (const [line, code, message] of quoted) {
      const templates = EDITOR_LANGUAGES.flatMap((lang) => texts(CATALOGUES[lang][code as keyof typeof CODES].message));
      // A template matches with any text for each placeholder; the docs may cut a long path short with "…".
      const fits = templates.some((t) =>
        new RegExp(`^${t.replace(/[.*+?^$()[\]\\|]/g, '\\$&').replace(/\\?\{\w+\\?\}/g, '.+')}$`).test(
          message.replace(/ › …\.?$/, ' › x.'),
        ),
      );
      expect(fits, line).toBe(true);
    }
  });

  it('print like a compiler: file:line: severity code: message, then the hint', () => {
    setEditorLanguage('en');
    const text = formatDiagnostic(diag('WW001', 'flows/a.md', 12, { label: 'Nee', target: '#zorgn' }, 'choice'));
    expect(text).toBe(
      'flows/a.md:12: error WW001: The choice "Nee" points to "#zorgn", which does not exist.\n    hint: Point it to a step of this file ("#step-id"), or of another conversation ("conversation-id#step-id").',
    );
  });

  it('speak the editor language, Dutch by default, with plural forms where a count appears', () => {
    const dutch = diag('WW024', 'flows/a.md', 3, { flow: 'a', count: 7, max: 5, path: 'Ja › Nee' });
    expect(dutch.message).toBe('In "a" is hulp op deze weg 7 keuzes ver (hoogstens 5): Ja › Nee.');
    setEditorLanguage('en');
    expect(diag('WW024', 'flows/a.md', 3, { flow: 'a', count: 1, max: 0, path: 'Ja' }).message).toBe(
      'In "a", help is 1 choice away on this path (at most 0): Ja.',
    );
  });

  it('take the editor language from nl or en only', () => {
    expect(parseEditorLanguage(undefined)).toBe('nl');
    expect(parseEditorLanguage('en')).toBe('en');
    expect(() => parseEditorLanguage('EN')).toThrow(/nl or en/);
  });
});

describe('the catalogue (messages/diagnostics/<lang>.json)', () => {
  it('has exactly the codes of CODES in every language, each with title, message, hint and example', () => {
    for (const lang of EDITOR_LANGUAGES) {
      const { details, ...codes } = CATALOGUES[lang];
      expect(Object.keys(codes).sort(), lang).toEqual(Object.keys(CODES).sort());
      expect(Object.keys(details).sort(), `${lang} details`).toEqual(Object.keys(CATALOGUES.en.details).sort());
      for (const [code, entry] of Object.entries(codes)) {
        expect(Object.keys(entry).sort(), `${lang} ${code}`).toEqual(['example', 'hint', 'message', 'title']);
        expect(entry.title.trim(), `${lang} ${code}`).not.toBe('');
      }
    }
  });

  it('has the same variants and the same placeholders per code in Dutch and English', () => {
    for (const code of Object.keys(CODES)) {
      const nl = placeholdersOf('nl', code);
      const en = placeholdersOf('en', code);
      expect(sorted(nl.message), `${code} message`).toEqual(sorted(en.message));
      expect(sorted(nl.hint), `${code} hint`).toEqual(sorted(en.hint));
    }
  });

  it('gives a hint for every variant of a message when the hint has variants', () => {
    for (const code of Object.keys(CODES)) {
      const { message, hint } = placeholdersOf('en', code);
      if (hint.has('')) continue;
      for (const variant of message.keys()) if (variant) expect(hint.has(variant), `${code} hint "${variant}"`).toBe(true);
    }
  });

  it('has every detail the schemas name (their own messages)', () => {
    const named = ['schema.ts', 'local-schema.ts'].flatMap((f) =>
      [...readFileSync(join('src/compiler', f), 'utf8').matchAll(/\.regex\([^\n]*?, '(\w+)'\)/g)].map((m) => m[1]),
    );
    expect(named.length).toBeGreaterThan(5);
    for (const name of named) expect(CATALOGUES.nl.details, name).toHaveProperty(name);
  });

  it('knows every value and variant a report call in src/compiler passes', () => {
    const dir = 'src/compiler';
    const calls = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .flatMap((f) =>
        [
          ...readFileSync(join(dir, f), 'utf8').matchAll(
            /(?:(?:diag|report)\('(WW\d{3})',[^{;\n]*?|code: '(WW\d{3})', values: )\{([^{}]*)\}(?:, (?:variant: )?'(\w+)')?(\)?)/g,
          ),
        ].map((m) => ({ where: `${f}: ${m[0].slice(0, 60)}`, code: m[1] ?? m[2], body: m[3], variant: m[4], ends: m[5] === ')' })),
      );
    expect(calls.length).toBeGreaterThan(40);
    for (const { where, code, body, variant, ends } of calls) {
      const { message, hint } = placeholdersOf('en', code);
      // A code with one message per situation needs to be told which.
      if (ends && !variant) expect(message.has(''), `${where}: ${code} needs a variant`).toBe(true);
      if (variant) expect(message.has(variant) || hint.has(variant), `${where}: variant "${variant}"`).toBe(true);
      const known = new Set([...message, ...hint].filter(([name]) => !variant || !name || name === variant).flatMap(([, set]) => [...set]));
      const keys = body
        .replace(/'[^']*'/g, "''")
        .replace(/\([^()]*\)/g, '()')
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part && !part.startsWith('...'))
        .map((part) => part.split(':')[0].trim());
      for (const key of keys)
        expect(known.has(key), `${where}: value "${key}" is no placeholder of ${code}${variant ? ` (${variant})` : ''}`).toBe(true);
    }
  });
});
