// The languages editors can read diagnostics in (messages/diagnostics/<lang>.json),
// and the one chosen. Its own module: the settings (src/settings.ts) check
// WEGWIJS_EDITOR_LANG against it, and the server's start-up sets it, without
// loading the catalogues (src/compiler/diagnostics.ts).
export const EDITOR_LANGUAGES = ['nl', 'en'] as const;
export type EditorLanguage = (typeof EDITOR_LANGUAGES)[number];

// Set once at start-up by whoever shows diagnostics (src/node/editor-language.ts);
// Dutch by default, for Dutch editors.
let editorLanguage: EditorLanguage = 'nl';

export function setEditorLanguage(lang: EditorLanguage): void {
  editorLanguage = lang;
}

export function currentEditorLanguage(): EditorLanguage {
  return editorLanguage;
}

/** `--lang` or WEGWIJS_EDITOR_LANG: nl or en (nl when not given); anything else is a clear error. */
export function parseEditorLanguage(value: string | undefined): EditorLanguage {
  if (value === undefined || value === '') return 'nl';
  if ((EDITOR_LANGUAGES as readonly string[]).includes(value)) return value as EditorLanguage;
  throw new Error(`The editor language must be ${EDITOR_LANGUAGES.join(' or ')} (--lang or WEGWIJS_EDITOR_LANG), not "${value}".`);
}
