// Above a conversation (issue 16): the choice of language, each named in
// itself, and, for a translation no native speaker has checked yet, the note
// that says so in that language. Nothing when the content has only Dutch.
import type { FlowResponse } from '../src/shared/api-types.js';
import { h, uid } from './dom.js';

export function languageBar(response: FlowResponse, label: string, choose: (id: string) => void): HTMLElement | null {
  const { languages, language } = response;
  if (!languages) return null;
  const id = uid('lang');
  const current = language?.id ?? 'nl';
  const select = h(
    'select',
    { id, onchange: () => choose(select.value) },
    languages.map((l) => h('option', { value: l.id, lang: l.htmlLang, dir: l.dir, selected: l.id === current }, l.name)),
  );
  return h(
    'div',
    null,
    h('p', null, h('label', { for: id }, label), ' ', select),
    language?.note && h('p', { class: 'hint' }, language.note),
  );
}
