// "Hulp in Zoetermeer": the chosen municipality under the current step, with
// buttons to change or clear it, or "Kies je gemeente" when there is none.
// Outside the conversation's live region, so typing in the picker is not
// read out as part of the conversation. The choice lives in memory only.
import type { MunicipalitySummary } from '../src/shared/api-types.js';
import { loadMunicipalities } from './api.js';
import { h } from './dom.js';
import { lazy } from './lazy.js';
import type { PickerPart } from './picker-part.js';
import { fill, type Strings } from './strings.js';

/** File and SRI hash of the picker part (widget/picker-part.ts); injected by src/cli/build-widget.ts. */
declare const __WEGWIJS_PICKER__: { file: string; integrity: string };

export interface Place {
  el: HTMLElement;
  /** Focus on "Hulp in …", or on "Kies je gemeente". */
  focus(): void;
}

/** `name`: the municipality shown now, if any; `choose(null)` clears it. No list from the service: nothing to choose from. */
export function placeBar(
  api: string,
  s: Strings,
  name: string | null | undefined,
  choose: (m: MunicipalitySummary | null) => Promise<boolean>,
): Place {
  let picker: HTMLElement | undefined;
  let list: MunicipalitySummary[] = [];
  const toggle = h(
    'button',
    { type: 'button', class: 'sec', 'aria-expanded': 'false', onclick: () => (picker ? close() : open()) },
    name ? s.placeChange : s.placeChoose,
  );
  const title = name ? h('p', { class: 'in', tabindex: -1 }, fill(s.placeIn, { name })) : null;
  const row = h(
    'div',
    { class: 'choices' },
    toggle,
    name ? h('button', { type: 'button', class: 'sec', onclick: () => void choose(null) }, s.placeClear) : null,
  );
  const el = h('div', { class: 'place' }, title, row);
  // The list and the picker that searches it load side by side, after the first
  // question is on screen (they are for later: on a slow phone they would delay it),
  // or at once on a press. Without either there is nothing to choose from.
  let ready: Promise<PickerPart | undefined> | undefined;
  const load = () =>
    (ready ??= Promise.all([loadMunicipalities(api).catch(() => []), lazy<PickerPart>(__WEGWIJS_PICKER__)]).then(([items, part]) => {
      list = items;
      const usable = items.length ? part : undefined;
      if (!usable) {
        toggle.remove();
        el.hidden = !name;
      }
      return usable;
    }));
  requestAnimationFrame(() => setTimeout(load));

  // A press before the list and the picker are in opens it when they are.
  function open(): void {
    void load().then((municipalityPicker) => {
      if (!municipalityPicker || picker) return;
      el.appendChild((picker = municipalityPicker(() => list, s, choose)));
      toggle.setAttribute('aria-expanded', 'true');
      picker.querySelector('input')!.focus();
    });
  }
  function close(): void {
    picker!.remove();
    picker = undefined;
    toggle.setAttribute('aria-expanded', 'false');
  }
  return { el, focus: () => (title ?? toggle).focus() };
}
