// The box for one's own words (issue 17), a part of its own
// (public/widget-words-HASH.js) loaded on the first press of "Of typ in je
// eigen woorden", with the matcher and its index (GET /api/v1/words, asked
// for once, then). What is typed is matched here, on the device: it is never
// sent, stored or put in an address. At most three suggestions, each a button
// that opens its step in the conversation, with a line saying why; a danger
// comes first with its number; with no match, a kind line (never a dead end).
// Only steps of the conversation at hand are suggested; their headings come
// from it (the list carries none).
import type { words as WordsText } from '../messages/nl/widget.json';
import { fill } from '../src/shared/messages.js';
import { match, type WordIndex } from '../src/words/match.js';
import { fromWordList, type WordList } from '../src/words/wire.js';
import { h, uid } from './dom.js';
import type { ExtrasContext } from './extras-types.js';
import { handOver } from './hand-over.js';

/** A pause in typing before matching: fewer announcements while typing. */
const PAUSE_MS = 400;

function wordsBox(context: ExtrasContext, text: typeof WordsText): HTMLElement {
  const inputId = uid('words');
  const hintId = uid('words-hint');
  const input = h('input', {
    id: inputId,
    type: 'text',
    autocomplete: 'off',
    spellcheck: 'false',
    autocapitalize: 'off',
    'aria-describedby': hintId,
  });
  const status = h('p', { class: 'hint', role: 'status' });
  const list = h('ul', { class: 'options' });
  const box = h(
    'div',
    { class: 'words' },
    h('label', { for: inputId }, text.label),
    h('p', { id: hintId, class: 'hint' }, text.hint),
    input,
    status,
    list,
  );
  // undefined: on its way; null: could not be loaded.
  let index: WordIndex | null | undefined;
  fetch(`${context.api}/api/v1/words`, { credentials: 'omit', referrerPolicy: 'no-referrer', mode: 'cors' })
    .then((r) => (r.ok ? (r.json() as Promise<WordList>) : null))
    .then((list) => (list ? fromWordList(list, context.response.steps) : null))
    .catch(() => null)
    .then((loaded) => {
      index = loaded;
      if (input.value.trim()) run();
    });
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, PAUSE_MS);
  });

  function run(): void {
    if (!input.value.trim()) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    if (index === undefined) {
      status.textContent = context.s.loading;
      return;
    }
    if (index === null) {
      status.textContent = text.failed;
      return;
    }
    const { suggestions } = match(index, input.value);
    list.replaceChildren(
      ...suggestions.map((suggestion) =>
        h(
          'li',
          null,
          h('button', { type: 'button', class: 'choice', onclick: () => context.open(suggestion.step) }, suggestion.title),
          suggestion.call && [
            ' ',
            h('a', { class: 'call', href: `tel:${suggestion.call.tel}` }, fill(context.s.call, { number: suggestion.call.display })),
          ],
          h('p', { class: 'hint' }, fill(text.because, { because: suggestion.because })),
        ),
      ),
    );
    const count = suggestions.length;
    status.textContent = !count ? text.none : count === 1 ? text.foundOne : fill(text.found, { count });
  }

  queueMicrotask(() => input.focus());
  return box;
}

handOver(wordsBox);
