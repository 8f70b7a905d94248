// The language editors read diagnostics in (messages/diagnostics/<lang>.json):
// `--lang nl|en` on the command line, else WEGWIJS_EDITOR_LANG, else Dutch.
// Every Node entry that shows diagnostics (flows:check, build-graph, the
// server's start-up log and /preview) sets it first.
import { type EditorLanguage, parseEditorLanguage, setEditorLanguage } from '../compiler/editor-languages.js';

export function chooseEditorLanguage(argv: readonly string[] = process.argv, env: NodeJS.ProcessEnv = process.env): EditorLanguage {
  const at = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const flag = at < 0 ? undefined : argv[at].startsWith('--lang=') ? argv[at].slice('--lang='.length) : (argv[at + 1] ?? '');
  if (flag === '') throw new Error('--lang needs a language: nl or en.');
  const lang = parseEditorLanguage(flag ?? env.WEGWIJS_EDITOR_LANG);
  setEditorLanguage(lang);
  return lang;
}

/** For command-line tools: a wrong language is one clear line and exit code 2, not a stack trace. */
export function chooseEditorLanguageOrExit(): EditorLanguage {
  try {
    return chooseEditorLanguage();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
}
