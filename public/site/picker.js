// Search-as-you-type municipality choice for the help site, added on top of
// the plain GET form with a <select> that already works without JavaScript
// (src/site/layout.tsx). With this file the select is hidden and replaced by
// a text field with a list of matches: the WAI-ARIA APG "combobox with
// listbox popup" pattern, list autocomplete with manual selection.
// - Data comes from the DOM only: each <option>'s value and text, and its
//   data-aliases ("Beemster|Middenbeemster") for former municipalities and
//   places. Nothing is fetched.
// - Keys: type to filter; Down/Up move through the list (Alt+Down opens it
//   without moving); Enter chooses; Escape closes the list, or clears the
//   field when it is closed. Enter without a highlighted option chooses the
//   only match, or the exact name typed.
// - Choosing sets the hidden select and submits the same form, so the address
//   is exactly what the no-JavaScript path gives. The field has no name and
//   autocomplete="off": it is never sent, and the browser keeps no history of
//   it. No cookies, no storage: the choice lives in the address only.
(function () {
  'use strict';
  var select = document.getElementById('gemeente');
  if (!select || !select.form || select.tagName !== 'SELECT') return;
  var form = select.form;
  var label = form.querySelector('label[for="gemeente"]');

  var FIELD_ID = 'gemeente-zoek';
  var LIST_ID = 'gemeente-lijst';
  var HINT_ID = 'gemeente-zoek-uitleg';
  var STATUS_ID = 'gemeente-zoek-status';

  // Lower case, no accents, anything else than letters and digits one space:
  // "'s-Gravenhage" -> "s gravenhage", "Rijswijk (ZH.)" -> "rijswijk zh".
  function fold(text) {
    var s = String(text);
    if (s.normalize) s = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    return s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  }

  function startsWord(key, q) {
    return key.indexOf(q) === 0 || (' ' + key).indexOf(' ' + q) >= 0;
  }

  var items = [];
  for (var i = 0; i < select.options.length; i++) {
    var option = select.options[i];
    if (!option.value) continue;
    var aliases = (option.getAttribute('data-aliases') || '').split('|').filter(function (a) {
      return a.trim() !== '';
    });
    items.push({
      code: option.value,
      name: option.text,
      key: fold(option.text),
      aliases: aliases,
      aliasKeys: aliases.map(fold),
    });
  }
  if (!items.length) return;

  /** Matches for what was typed, best first: name start, word in the name, other name, inside the name. */
  function search(text) {
    var q = fold(text);
    var found = [];
    items.forEach(function (item, index) {
      var rank = -1;
      var alias = '';
      if (!q || item.key.indexOf(q) === 0) rank = 0;
      else if (startsWord(item.key, q)) rank = 1;
      else {
        for (var a = 0; a < item.aliasKeys.length && rank < 0; a++) {
          if (startsWord(item.aliasKeys[a], q)) {
            rank = 2;
            alias = item.aliases[a];
          }
        }
        // Inside a name too ("zaan" finds Oostzaan); other names only by a word's start.
        if (rank < 0 && item.key.indexOf(q) >= 0) rank = 3;
      }
      if (rank >= 0) found.push({ item: item, alias: alias, rank: rank, index: index });
    });
    found.sort(function (x, y) {
      return x.rank - y.rank || x.index - y.index;
    });
    return found;
  }

  /** The municipality the text names exactly, by its name or another name. */
  function exact(text) {
    var q = fold(text);
    if (!q) return null;
    for (var i = 0; i < items.length; i++) {
      if (items[i].key === q || items[i].aliasKeys.indexOf(q) >= 0) return items[i];
    }
    return null;
  }

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    for (var name in attrs) {
      if (Object.prototype.hasOwnProperty.call(attrs, name)) node.setAttribute(name, attrs[name]);
    }
    if (text) node.appendChild(document.createTextNode(text));
    return node;
  }

  // The new controls. The select stays in the form, hidden: it is what is sent.
  var describedBy = (select.getAttribute('aria-describedby') || '').split(' ').concat(HINT_ID).join(' ').trim();
  var input = el('input', {
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
  var list = el('ul', { id: LIST_ID, class: 'picker-list', role: 'listbox', 'aria-label': 'Gemeenten' });
  list.hidden = true;
  var picker = el('div', { class: 'picker' });
  picker.appendChild(input);
  picker.appendChild(list);
  var hint = el('p', { id: HINT_ID, class: 'hint' }, 'Typ een deel van de naam. Kies dan uit de lijst.');
  var status = el('p', { id: STATUS_ID, class: 'hint picker-status', role: 'status' });

  var uitleg = document.getElementById('gemeente-uitleg');
  if (uitleg && uitleg.parentNode === form) form.insertBefore(hint, uitleg.nextSibling);
  else form.insertBefore(hint, select.parentNode === form ? select : form.firstChild);
  select.parentNode.insertBefore(picker, select);
  var row = select.parentNode === form ? picker : select.parentNode;
  form.insertBefore(status, row.nextSibling);
  select.hidden = true;
  if (label) label.htmlFor = FIELD_ID;

  var matches = [];
  var active = -1;
  var timer = 0;

  function chosenItem() {
    var value = select.value;
    for (var i = 0; i < items.length; i++) if (items[i].code === value) return items[i];
    return null;
  }

  function showChosen() {
    var chosen = chosenItem();
    input.value = chosen ? chosen.name : '';
  }
  showChosen();

  function say(text) {
    window.clearTimeout(timer);
    status.textContent = text;
  }

  // Said once typing pauses, not on every letter.
  function sayLater(text) {
    window.clearTimeout(timer);
    timer = window.setTimeout(function () {
      status.textContent = text;
    }, 400);
  }

  function countText(n) {
    if (!n) return 'Geen gemeente gevonden. Typ een andere naam.';
    return n === 1 ? '1 gemeente gevonden.' : n + ' gemeenten gevonden.';
  }

  function isOpen() {
    return !list.hidden;
  }

  function setActive(index) {
    var options = list.children;
    if (active >= 0 && options[active]) {
      options[active].setAttribute('aria-selected', 'false');
    }
    active = index;
    if (index < 0 || !options[index]) {
      active = -1;
      input.removeAttribute('aria-activedescendant');
      return;
    }
    var option = options[index];
    option.setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', option.id);
    // Keep the highlighted option in view (the list is the offset parent).
    if (option.offsetTop < list.scrollTop) list.scrollTop = option.offsetTop;
    else if (option.offsetTop + option.offsetHeight > list.scrollTop + list.clientHeight) {
      list.scrollTop = option.offsetTop + option.offsetHeight - list.clientHeight;
    }
  }

  function render() {
    while (list.firstChild) list.removeChild(list.firstChild);
    active = -1;
    input.removeAttribute('aria-activedescendant');
    matches.forEach(function (match, index) {
      var option = el('li', { id: LIST_ID + '-' + match.item.code, class: 'picker-option', role: 'option', 'aria-selected': 'false' }, match.item.name);
      if (match.alias) option.appendChild(el('span', { class: 'picker-alias' }, ' (' + match.alias + ')'));
      // Keep the focus in the field, so the list does not close before the click.
      option.addEventListener('mousedown', function (event) {
        event.preventDefault();
      });
      option.addEventListener('click', function () {
        choose(index);
      });
      list.appendChild(option);
    });
  }

  function open() {
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  function close() {
    setActive(-1);
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  }

  /** Filters the list for what is in the field; opens it when something is typed and found. */
  function update(openEmpty) {
    matches = search(input.value);
    render();
    var typed = fold(input.value) !== '';
    if (matches.length && (typed || openEmpty)) open();
    else close();
    if (typed || openEmpty) sayLater(countText(matches.length));
    else say('');
  }

  function submit() {
    window.clearTimeout(timer);
    // submit() skips the submit event: the choice is already made.
    HTMLFormElement.prototype.submit.call(form);
  }

  function choose(index) {
    var match = matches[index];
    if (!match) return;
    input.value = match.item.name;
    select.value = match.item.code;
    close();
    say('');
    submit();
  }

  input.addEventListener('input', function () {
    update(false);
  });

  input.addEventListener('keydown', function (event) {
    if (event.isComposing) return;
    var key = event.key;
    if (key === 'ArrowDown' || key === 'Down') {
      event.preventDefault();
      if (!isOpen()) {
        update(true);
        if (isOpen() && !event.altKey) setActive(0);
      } else {
        setActive(active + 1 < matches.length ? active + 1 : 0);
      }
    } else if (key === 'ArrowUp' || key === 'Up') {
      event.preventDefault();
      if (!isOpen()) {
        update(true);
        if (isOpen()) setActive(matches.length - 1);
      } else {
        setActive(active > 0 ? active - 1 : matches.length - 1);
      }
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

  input.addEventListener('blur', function () {
    close();
  });

  // The button, or Enter with nothing highlighted: send what the field names.
  form.addEventListener('submit', function (event) {
    var text = input.value;
    if (fold(text) === '') {
      select.value = '';
      return;
    }
    var item = exact(text);
    var found = search(text);
    if (!item && found.length === 1) item = found[0].item;
    if (item) {
      select.value = item.code;
      input.value = item.name;
      close();
      window.clearTimeout(timer);
      return;
    }
    event.preventDefault();
    matches = found;
    render();
    if (found.length) {
      open();
      say('Kies een gemeente uit de lijst.');
    } else {
      close();
      say(countText(0));
    }
    input.focus();
  });

  // Back to this page from the browser's cache: show the choice in the address again.
  window.addEventListener('pageshow', function (event) {
    if (!event.persisted) return;
    for (var i = 0; i < select.options.length; i++) {
      if (select.options[i].defaultSelected) select.selectedIndex = i;
    }
    if (!select.querySelector('option[selected]')) select.selectedIndex = 0;
    showChosen();
    close();
    say('');
  });
})();
