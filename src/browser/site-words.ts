// Entry of /site/words.js: "in your own words" on the help site's start page
// (issue 17, docs/words.md). The server renders the box hidden
// (src/site/step-page.tsx); without JavaScript the page keeps only its
// choices. With this file:
// - the box is shown; on the field's first focus the word list is fetched
//   once from /api/v1/words (same origin, no credentials). Nothing typed is
//   ever in a request, an address or storage: the field is in no form, has
//   no name and autocomplete="off", and matching runs here, on the device,
//   with the same matcher as the widget (src/words/match.ts);
// - when typing pauses, at most three steps are suggested as plain links to
//   their pages (kept in one history entry by site-exit.js), each with the
//   phrase that matched; danger comes first, with a call link (112, 113);
//   when nothing fits, a kind line points back to the choices above;
// - a status line says once per pause how many suggestions there are;
// - leaving the page empties the box, so Back never shows what was typed.
// The box is on Dutch pages only (the word list is Dutch): its words are the
// Dutch ones, messages/nl/site-scripts.json ("words").
import { words as WORDS } from '../../messages/nl/site-scripts.json';
import { fill } from '../shared/messages.js';
import type { Danger, MatchResult, Suggestion, WordIndex } from '../words/match.js';
import { match } from '../words/match.js';
import { fromWordList, type WordList } from '../words/wire.js';
import { el } from './el.js';

/** With the steps' keys and headings: this page has no conversation at hand (src/words/wire.ts). */
const INDEX_URL = '/api/v1/words?with=places';
/** How long typing must pause before the suggestions change. */
const PAUSE_MS = 400;
/** How the call link of a danger reads ("Bel nu 112"); any other danger: "Bel {number}". */
const CALL_TEXT: Partial<Record<Danger, string>> = { acute: WORDS.callAcute, suicide: WORDS.callSuicide };

function start(): void {
  const box = document.getElementById('eigen-woorden');
  const field = document.getElementById('eigen-woorden-veld') as HTMLInputElement | null;
  const line = document.getElementById('eigen-woorden-status');
  if (!box || !field || !line || field.tagName !== 'INPUT') return;
  const input: HTMLInputElement = field;
  const status: HTMLElement = line;
  const startKey = box.getAttribute('data-start') || '';
  const base = box.getAttribute('data-base') || '';
  const query = box.getAttribute('data-query') || '';
  /** A step's page, as the page's own choices link it: the start step is /, the municipality stays. */
  const pageOf = (s: Suggestion) => base + (s.key === startKey ? '/' : `/s/${encodeURIComponent(s.key)}`) + query;

  const answer = el('div', { class: 'words-answer' });
  box.appendChild(answer);
  box.hidden = false;

  let index: WordIndex | null = null;
  let loading: Promise<WordIndex | null> | null = null;
  /** Fetches the word list once; after a failure the next focus or pause tries again. */
  function load(): Promise<WordIndex | null> {
    if (!loading) {
      loading = fetch(INDEX_URL, { credentials: 'omit', headers: { accept: 'application/json' } })
        .then((response): Promise<WordList | null> | null => (response.ok ? response.json() : null))
        .then((data: WordList | null) => {
          if (!data || !Array.isArray(data.steps) || !Array.isArray(data.danger)) throw new Error('no word list');
          index = fromWordList(data);
          return index;
        })
        .catch(() => {
          loading = null;
          return null;
        });
    }
    return loading;
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Counts the runs, so a late word list never shows suggestions for text that has changed since. */
  let run = 0;

  function clear(): void {
    clearTimeout(timer);
    run++;
    while (answer.firstChild) answer.removeChild(answer.firstChild);
    status.textContent = '';
  }

  function show(result: MatchResult | null): void {
    while (answer.firstChild) answer.removeChild(answer.firstChild);
    const found = result ? result.suggestions : [];
    // Only the verified number the word list gives a danger's step; never one guessed from a service id.
    const phone = result?.danger ? found[0]?.call : undefined;
    if (phone) {
      const text = (result?.danger && CALL_TEXT[result.danger]) || WORDS.call;
      const call = el('p', { class: 'words-call' });
      call.appendChild(el('a', { class: 'call', href: `tel:${phone.tel}` }, fill(text, { number: phone.display })));
      answer.appendChild(call);
    }
    if (found.length) {
      const list = el('ul', { class: 'words-list', 'aria-label': WORDS.listLabel });
      found.forEach((suggestion, i) => {
        const why = `eigen-woorden-waarom-${i}`;
        const item = el('li', { class: i === 0 && result?.danger ? 'words-item words-danger' : 'words-item' });
        item.appendChild(el('a', { class: 'choice words-choice', href: pageOf(suggestion), 'aria-describedby': why }, suggestion.title));
        item.appendChild(el('p', { class: 'words-why', id: why }, fill(WORDS.because, { because: suggestion.because })));
        list.appendChild(item);
      });
      answer.appendChild(list);
    }
    // Said once per pause: the number, or a kind line back to the choices; never a dead end.
    status.textContent = !result
      ? WORDS.unavailable
      : found.length === 1
        ? WORDS.countOne
        : found.length
          ? fill(WORDS.countOther, { count: found.length })
          : WORDS.none;
  }

  async function update(): Promise<void> {
    clearTimeout(timer);
    const text = input.value;
    if (!text.trim()) {
      clear();
      return;
    }
    const mine = ++run;
    const words = index || (await load());
    if (mine !== run) return;
    let result: MatchResult | null = null;
    if (words) {
      try {
        result = match(words, text);
      } catch {
        result = null;
      }
    }
    show(result);
  }

  input.addEventListener('focus', () => void load());
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void update(), PAUSE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.isComposing) return;
    if (event.key === 'Enter') {
      // No form to send: Enter shows the suggestions at once.
      event.preventDefault();
      void update();
    } else if ((event.key === 'Escape' || event.key === 'Esc') && input.value) {
      event.preventDefault();
      input.value = '';
      clear();
    }
  });
  // Leaving (a suggestion, the quick exit, another page): nothing of what was typed stays for Back to show.
  window.addEventListener('pagehide', () => {
    input.value = '';
    clear();
  });
}

start();
