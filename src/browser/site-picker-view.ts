// The picker's controls on the site: a combobox field, its listbox and a
// status line, put in the municipality form in place of the select (which
// stays in the form, hidden: it is what is sent). Its words: messages/nl/site-scripts.json,
// or the page's language (src/browser/page-words.ts).
import { picker as dutchWords } from '../../messages/nl/site-scripts.json';
import { el } from './el.js';
import { pageWords } from './page-words.js';

const FIELD_ID = 'gemeente-zoek';
const LIST_ID = 'gemeente-lijst';
const HINT_ID = 'gemeente-zoek-uitleg';
const STATUS_ID = 'gemeente-zoek-status';

export function comboboxParts(
  form: HTMLFormElement,
  select: HTMLSelectElement,
): { input: HTMLInputElement; list: HTMLUListElement; status: HTMLElement } {
  const label = form.querySelector<HTMLLabelElement>('label[for="gemeente"]');
  const describedBy = (select.getAttribute('aria-describedby') || '').split(' ').concat(HINT_ID).join(' ').trim();
  const input = el('input', {
    id: FIELD_ID,
    type: 'text',
    class: 'picker-input',
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': LIST_ID,
    'aria-describedby': describedBy,
    autocomplete: 'off',
    autocapitalize: 'off',
    autocorrect: 'off',
    spellcheck: 'false',
    enterkeyhint: 'go',
  });
  const words = pageWords(dutchWords);
  const list = el('ul', { id: LIST_ID, class: 'picker-list', role: 'listbox', 'aria-label': words.listLabel });
  list.hidden = true;
  const picker = el('div', { class: 'picker' });
  picker.appendChild(input);
  picker.appendChild(list);
  const hint = el('p', { id: HINT_ID, class: 'hint' }, words.hint);
  const status = el('p', { id: STATUS_ID, class: 'hint picker-status', role: 'status' });

  const uitleg = document.getElementById('gemeente-uitleg');
  if (uitleg && uitleg.parentNode === form) form.insertBefore(hint, uitleg.nextSibling);
  else form.insertBefore(hint, select.parentNode === form ? select : form.firstChild);
  select.parentNode!.insertBefore(picker, select);
  const row = select.parentNode === form ? picker : (select.parentNode as Node);
  form.insertBefore(status, row.nextSibling);
  select.hidden = true;
  if (label) label.htmlFor = FIELD_ID;
  return { input, list, status };
}
