// Entry of /site/picker.js: search-as-you-type municipality choice for the
// help site, added on top of the plain GET form with a <select> that already
// works without JavaScript (src/site/layout.tsx). With this file the select
// is hidden and replaced by a text field with a list of matches: the WAI-ARIA
// APG "combobox with listbox popup" pattern, list autocomplete with manual
// selection.
// - Data comes from the DOM only: each <option>'s value and text, and its
//   data-aliases ("Beemster|Middenbeemster") for former municipalities and
//   places. Nothing is fetched. Matching is the widget's
//   (src/browser/municipality-search.ts).
// - Keys: type to filter; Down/Up move through the list (Alt+Down opens it
//   without moving); Enter chooses; Escape closes the list, or clears the
//   field when it is closed. Enter without a highlighted option chooses the
//   only match, or the exact name typed.
// - Choosing sets the hidden select and sends the same form, so the address
//   is exactly what the no-JavaScript path gives, without a new history
//   entry (src/browser/one-entry.ts). The field has no name and
//   autocomplete="off": it is never sent, and the browser keeps no history of
//   it. No cookies, no storage: the choice lives in the address only.
// Built by src/cli/build-widget.ts into public/site/picker.js. Its words:
// messages/nl/site-scripts.json (the search's own: messages/nl/shared.json).
import { picker as dutchWords } from '../../messages/nl/site-scripts.json';
import {
  countText as dutchCount,
  fold,
  type Match,
  MunicipalitySearch,
  matchLabel,
  SEARCH_WORDS,
  type Searchable,
} from './municipality-search.js';
import { pageWords } from './page-words.js';

// In the page's language when it gives its words (src/browser/page-words.ts).
const words = pageWords(dutchWords);
const searchWords = pageWords(SEARCH_WORDS);
const countText = (n: number) => dutchCount(n, searchWords);

import { submitInPlace } from './one-entry.js';
import { comboboxParts } from './site-picker-view.js';

function start(): void {
  const select = document.getElementById('gemeente') as HTMLSelectElement | null;
  if (!select?.form || select.tagName !== 'SELECT') return;
  const form = select.form;

  const items: Searchable[] = [];
  for (const option of Array.from(select.options)) {
    if (!option.value) continue;
    items.push({ code: option.value, name: option.text, aliases: (option.getAttribute('data-aliases') || '').split('|') });
  }
  if (!items.length) return;
  const search = new MunicipalitySearch(items);
  const { input, list, status } = comboboxParts(form, select);

  // "No match" shows the numbers that help everywhere: a template the server fills from the registry (src/site/place.tsx).
  const template = document.getElementById('gemeente-geen') as HTMLTemplateElement | null;
  let none: HTMLElement | null = null;
  const showNone = (show: boolean) => {
    if (show && !none && template?.content?.firstElementChild) {
      none = template.content.firstElementChild.cloneNode(true) as HTMLElement;
      status.parentNode!.insertBefore(none, status.nextSibling);
    }
    if (none) none.hidden = !show;
  };
  let matches: Array<Match<Searchable>> = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function showChosen(): void {
    const chosen = items.find((item) => item.code === select!.value);
    input.value = chosen ? chosen.name : '';
  }
  showChosen();

  function say(text: string): void {
    clearTimeout(timer);
    status.textContent = text;
  }

  // Said once typing pauses, not on every letter.
  function sayLater(text: string): void {
    clearTimeout(timer);
    timer = setTimeout(() => (status.textContent = text), 400);
  }

  const isOpen = () => !list.hidden;

  function setActive(index: number): void {
    const options = list.children;
    if (active >= 0 && options[active]) options[active].setAttribute('aria-selected', 'false');
    active = index;
    const option = options[index] as HTMLElement | undefined;
    if (index < 0 || !option) {
      active = -1;
      input.removeAttribute('aria-activedescendant');
      return;
    }
    option.setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', option.id);
    // Keep the highlighted option in view (the list is the offset parent).
    if (option.offsetTop < list.scrollTop) list.scrollTop = option.offsetTop;
    else if (option.offsetTop + option.offsetHeight > list.scrollTop + list.clientHeight) {
      list.scrollTop = option.offsetTop + option.offsetHeight - list.clientHeight;
    }
  }

  function render(): void {
    while (list.firstChild) list.removeChild(list.firstChild);
    active = -1;
    input.removeAttribute('aria-activedescendant');
    matches.forEach((match, index) => {
      const option = document.createElement('li');
      option.id = `${list.id}-${match.item.code}`;
      option.className = 'picker-option';
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.textContent = match.item.name;
      if (match.alias) {
        const alias = document.createElement('span');
        alias.className = 'picker-alias';
        alias.textContent = matchLabel(match).slice(match.item.name.length);
        option.appendChild(alias);
      }
      // Keep the focus in the field, so the list does not close before the click.
      option.addEventListener('mousedown', (event) => event.preventDefault());
      option.addEventListener('click', () => choose(index));
      list.appendChild(option);
    });
  }

  function open(): void {
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  function close(): void {
    setActive(-1);
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  }

  /** Filters the list for what is in the field; opens it when something is typed and found. */
  function update(openEmpty: boolean): void {
    matches = search.search(input.value);
    render();
    const typed = fold(input.value) !== '';
    if (matches.length && (typed || openEmpty)) open();
    else close();
    showNone(typed && !matches.length);
    if (typed || openEmpty) sayLater(countText(matches.length));
    else say('');
  }

  function choose(index: number): void {
    const match = matches[index];
    if (!match) return;
    input.value = match.item.name;
    select!.value = match.item.code;
    close();
    showNone(false);
    say('');
    // The choice is made: no submit event, the same address as the form, in place.
    submitInPlace(form);
  }

  input.addEventListener('input', () => update(false));

  input.addEventListener('keydown', (event) => {
    if (event.isComposing) return;
    const key = event.key;
    if (key === 'ArrowDown' || key === 'Down') {
      event.preventDefault();
      if (!isOpen()) {
        update(true);
        if (isOpen() && !event.altKey) setActive(0);
      } else setActive(active + 1 < matches.length ? active + 1 : 0);
    } else if (key === 'ArrowUp' || key === 'Up') {
      event.preventDefault();
      if (!isOpen()) {
        update(true);
        if (isOpen()) setActive(matches.length - 1);
      } else setActive(active > 0 ? active - 1 : matches.length - 1);
    } else if (key === 'Enter') {
      // Without a highlighted option, the form's own submit (below) decides.
      if (isOpen() && active >= 0) {
        event.preventDefault();
        choose(active);
      }
    } else if (key === 'Escape' || key === 'Esc') {
      if (isOpen()) {
        event.preventDefault();
        close();
        say('');
      } else if (input.value) {
        event.preventDefault();
        input.value = '';
        update(false);
      }
    }
  });

  input.addEventListener('blur', () => close());

  // The button, or Enter with nothing highlighted: send what the field names.
  // Sent in place by src/browser/one-entry.ts unless this handler stops it.
  form.addEventListener('submit', (event) => {
    const text = input.value;
    if (fold(text) === '') {
      select!.value = '';
      return;
    }
    const found = search.search(text);
    const item = search.exact(text) ?? (found.length === 1 ? found[0].item : null);
    if (item) {
      select!.value = item.code;
      input.value = item.name;
      close();
      clearTimeout(timer);
      return;
    }
    event.preventDefault();
    matches = found;
    render();
    if (found.length) {
      open();
      say(words.chooseFromList);
    } else {
      close();
      say(countText(0));
    }
    showNone(!found.length);
    input.focus();
  });

  // Back to this page from the browser's cache: show the choice in the address again.
  window.addEventListener('pageshow', (event) => {
    if (!event.persisted) return;
    for (let i = 0; i < select!.options.length; i++) {
      if (select!.options[i].defaultSelected) select!.selectedIndex = i;
    }
    if (!select!.querySelector('option[selected]')) select!.selectedIndex = 0;
    showChosen();
    close();
    say('');
  });
}

start();
