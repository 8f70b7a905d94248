// The languages editors can read diagnostics in (messages/diagnostics/<lang>.json).
// Its own module: the settings (src/settings.ts) check WEGWIJS_EDITOR_LANG
// against it without loading the catalogue.
export const EDITOR_LANGUAGES = ['nl', 'en'] as const;
export type EditorLanguage = (typeof EDITOR_LANGUAGES)[number];
