// The language choice as a part of its own (public/widget-language-HASH.js):
// loaded by widget/languages.ts only when the content offers more than Dutch,
// so pages with Dutch alone never carry it in widget.js.
import { handOver } from './hand-over.js';
import { languageBar } from './language-bar.js';

export type LanguagePart = typeof languageBar;

handOver(languageBar);
