// Finds Dutch sentences written in code instead of the message catalogue
// (messages/nl/*.json, docs/messages.md). It reads a source file with the
// TypeScript compiler, so comments never count, and looks at every string
// literal, template literal part and JSX text. A piece counts as Dutch text
// when it has two or more words and a Dutch function word, or when it is
// shaped like a sentence (a capital, lower-case words, a closing mark) and
// has no English function word. Class names, CSS, paths and identifiers have
// neither. Used by tests/no-inline-text.test.ts; add folders there.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** Words that occur in almost every Dutch phrase and in (almost) no English or code one. */
const DUTCH_WORDS = new Set(
  'de het een en van je jij jouw uw wij niet zijn op met voor naar bij dan ook dat deze dit er om te aan hier geen wat hoe wil kan kun nog wordt zelf kies bel heeft hebt ziet moet mag tot uit gaat iets alle elke meer minder keer weg waar wanneer als zo daarna eerst altijd nooit staat kunt wilt'.split(
    ' ',
  ),
);
/** English function words: a sentence-shaped string with one of these is an English message for developers. */
const ENGLISH_WORDS = new Set(
  'the a an to of is are be not no and or for with this that must should cannot from in on at by it was has have'.split(' '),
);

export interface InlineText {
  file: string;
  line: number;
  text: string;
}

/** Whether a piece of text reads as a Dutch phrase or sentence. */
export function looksDutch(raw: string): boolean {
  const text = raw.replace(/\s+/g, ' ').trim();
  // Code-shaped text: CSS, markup, paths, URLs, property lists.
  if (/[;{}<>=\\]|\/\/|^[./]|\.(?:js|ts|css|json)\b/.test(text)) return false;
  // Words are what spaces separate: "snel-weg" is one (an id), "Snel weg" two.
  const words = text.split(' ').filter((word) => /\p{L}/u.test(word));
  if (words.length < 2) return false;
  const lower = words.map((w) => w.toLowerCase().replace(/^\P{L}+|\P{L}+$/gu, ''));
  if (lower.some((w) => DUTCH_WORDS.has(w))) return true;
  const sentence = /^\p{Lu}\p{Ll}*(?:[ ,:'’-]+\p{Ll}+)+[.?!:]$/u.test(text);
  return sentence && !lower.some((w) => ENGLISH_WORDS.has(w));
}

/** Every piece of Dutch text in one source file's string literals, template parts and JSX text. */
export function findInlineText(source: string, file = 'source.tsx'): InlineText[] {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind);
  const found: InlineText[] = [];
  const visit = (node: ts.Node): void => {
    // Module specifiers are paths, never text.
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    let text: string | undefined;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node)) text = node.text;
    else if (ts.isJsxText(node)) text = node.text;
    if (text !== undefined && looksDutch(text)) {
      const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
      found.push({ file, line, text: text.replace(/\s+/g, ' ').trim() });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** The .ts and .tsx files under `folder` (recursively), tests and `excluded` paths (relative to `root`) left out. */
export function sourceFiles(root: string, folder: string, excluded: readonly string[] = []): string[] {
  const files: string[] = [];
  for (const name of readdirSync(join(root, folder))) {
    const path = join(folder, name);
    if (statSync(join(root, path)).isDirectory()) files.push(...sourceFiles(root, path, excluded));
    else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !excluded.includes(path)) files.push(path);
  }
  return files;
}

/** Every piece of Dutch text in the source files of `folders`, with paths relative to `root`. */
export function findInlineTextIn(root: string, folders: readonly string[], excluded: readonly string[] = []): InlineText[] {
  return folders
    .flatMap((folder) => sourceFiles(root, folder, excluded))
    .flatMap((file) => findInlineText(readFileSync(join(root, file), 'utf8'), relative(root, join(root, file))));
}
