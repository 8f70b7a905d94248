// "Kies je gemeente": a text field and a short list of matching municipalities
// as buttons. What is typed never leaves the page and the field is outside any
// form, so the browser keeps no history of it. The picker sits outside the
// conversation's live region (widget/place.ts): only its own status line is
// announced, once typing pauses ("2 gemeenten gevonden."). No match shows the
// help that is there everywhere, from the registry (widget/facts.ts).

import { countText, fold, type Match, MunicipalitySearch, matchLabel } from '../src/browser/municipality-search.js';
import type { MunicipalitySummary } from '../src/shared/api-types.js';
import { h, uid } from './dom.js';
import { builtInLines } from './facts.js';
import { builtInList } from './signpost.js';
import type { Strings } from './strings.js';

/** A short list of buttons; typing more narrows it. The site's list shows the same matches in the same order. */
const MAX_SHOWN = 6;

const searches = new WeakMap<readonly MunicipalitySummary[], MunicipalitySearch<MunicipalitySummary>>();

/** Matches for what was typed, best first (src/browser/municipality-search.ts, shared with the site). Pure. */
export function matchMunicipalities(list: readonly MunicipalitySummary[], typed: string): Array<Match<MunicipalitySummary>> {
  if (!fold(typed)) return [];
  let search = searches.get(list);
  if (!search) searches.set(list, (search = new MunicipalitySearch(list)));
  return search.search(typed);
}

/** The picker element; `list` may still be on its way. `choose` resolves false when the new conversation could not be loaded. */
export function municipalityPicker(
  list: () => readonly MunicipalitySummary[],
  s: Strings,
  choose: (m: MunicipalitySummary) => Promise<boolean>,
): HTMLElement {
  const inputId = uid('gemeente');
  const hintId = uid('hint');
  const listId = uid('options');
  const options = h('ul', { id: listId, class: 'options' });
  const status = h('p', { class: 'hint', role: 'status' });
  const none = h('div', { class: 'none', hidden: true }, h('p', null, s.pickerElsewhere), builtInList(builtInLines, s));
  let timer: ReturnType<typeof setTimeout> | undefined;

  const input = h('input', {
    id: inputId,
    type: 'text',
    autocomplete: 'off',
    spellcheck: 'false',
    autocapitalize: 'off',
    'aria-describedby': hintId,
    'aria-controls': listId,
  });
  const picker = h(
    'div',
    { class: 'picker' },
    h('label', { for: inputId }, s.pickerLabel),
    h('p', { id: hintId, class: 'hint' }, s.pickerHint),
    input,
    options,
    status,
    none,
  );

  function update(): void {
    const typed = !!fold(input.value);
    const found = matchMunicipalities(list(), input.value);
    options.replaceChildren(
      ...found
        .slice(0, MAX_SHOWN)
        .map((m) => h('li', null, h('button', { type: 'button', class: 'option', onclick: () => pick(m.item) }, matchLabel(m)))),
    );
    none.hidden = !typed || found.length > 0;
    // Said once typing pauses, not on every letter.
    clearTimeout(timer);
    timer = setTimeout(() => {
      status.textContent = typed ? countText(Math.min(found.length, MAX_SHOWN), s) : '';
    }, 500);
  }

  async function pick(m: MunicipalitySummary): Promise<void> {
    clearTimeout(timer);
    if (!(await choose(m))) status.textContent = s.pickerFailed;
  }

  input.addEventListener('input', update);
  return picker;
}
