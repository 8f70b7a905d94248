// "Kies je gemeente": a text field and a short list of matching municipalities
// as buttons. The list comes from the service once; what is typed never leaves
// the page and the field is outside any form, so the browser keeps no history of it.
import type { MunicipalitySummary } from '../src/shared/api-types.js';
import { loadMunicipalities } from './api.js';
import { h, uid } from './dom.js';
import { fill, type Strings } from './strings.js';

const MAX_SHOWN = 6;

function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
}

/** Names starting with what was typed first, then names containing it. Pure. */
export function matchMunicipalities(list: readonly MunicipalitySummary[], typed: string): MunicipalitySummary[] {
  const q = fold(typed);
  if (!q) return [];
  // Former names count too: "Beemster" finds Purmerend.
  const names = (m: MunicipalitySummary) => [m.name, ...(m.aliases ?? [])].map(fold);
  const starts = list.filter((m) => names(m).some((n) => n.startsWith(q)));
  const contains = list.filter((m) => !starts.includes(m) && names(m).some((n) => n.includes(q)));
  return [...starts, ...contains].slice(0, MAX_SHOWN);
}

/** The option's text: the name, and the former name that matched ("Purmerend (Beemster)"). */
export function optionLabel(m: MunicipalitySummary, typed: string): string {
  const q = fold(typed);
  if (fold(m.name).includes(q)) return m.name;
  const alias = (m.aliases ?? []).find((a) => fold(a).includes(q));
  return alias ? `${m.name} (${alias})` : m.name;
}

/**
 * The picker element; it stays hidden until the list has loaded and removes
 * itself when the service has no list. `choose` resolves false when the new
 * conversation could not be loaded.
 */
export function municipalityPicker(api: string, s: Strings, choose: (m: MunicipalitySummary) => Promise<boolean>): HTMLElement {
  const inputId = uid('gemeente');
  const hintId = uid('hint');
  const listId = uid('options');
  const options = h('ul', { id: listId, class: 'options' });
  const status = h('p', { class: 'hint', role: 'status' });
  let list: MunicipalitySummary[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;

  const input = h('input', { id: inputId, type: 'text', autocomplete: 'off', spellcheck: 'false', autocapitalize: 'off', 'aria-describedby': hintId, 'aria-controls': listId });
  const picker = h('div', { class: 'picker', hidden: true }, h('label', { for: inputId }, s.pickerLabel), h('p', { id: hintId, class: 'hint' }, s.pickerHint), input, options, status);

  function update(): void {
    const found = matchMunicipalities(list, input.value);
    options.replaceChildren(
      ...found.map((m) =>
        h('li', null, h('button', { type: 'button', class: 'option', onclick: () => pick(m) }, optionLabel(m, input.value))),
      ),
    );
    // Said once typing pauses, not on every letter.
    clearTimeout(timer);
    timer = setTimeout(() => {
      status.textContent = !input.value.trim() ? '' : found.length === 1 ? s.pickerFoundOne : found.length ? fill(s.pickerFound, { count: found.length }) : s.pickerNone;
    }, 500);
  }

  async function pick(m: MunicipalitySummary): Promise<void> {
    clearTimeout(timer);
    if (!(await choose(m))) status.textContent = s.pickerFailed;
  }

  input.addEventListener('input', update);
  loadMunicipalities(api).then(
    (items) => {
      list = items;
      picker.hidden = items.length === 0;
    },
    () => picker.remove(),
  );
  return picker;
}
