// Entry of /site/exit.js, on every page of the help site, on top of pages that
// work without JavaScript (src/site/layout.tsx). It adds:
// - the quick exit: "Snel weg" hides the page at once and leaves with
//   location.replace; Shift three times does the same (the rule, shared
//   with the widget, is in src/browser/quick-exit.ts), each press announced
//   in the page's status region;
// - one history entry for the whole visit (src/browser/one-entry.ts), so
//   that Back after the exit never shows a help page.
// Built by src/cli/build-widget.ts into public/site/exit.js.
import { keepOneHistoryEntry } from './one-entry.js';
import { pageWords } from './page-words.js';
import { EXIT_WORDS, leave, SHIFT_PRESSES, shiftMessage, watchShift } from './quick-exit.js';

function start(): void {
  const link = document.getElementById('snel-weg') as HTMLAnchorElement | null;
  // The history first: should anything below fail, links still replace the entry.
  keepOneHistoryEntry();
  if (!link || !window.location.replace) return;
  const status = document.getElementById('snel-weg-status');
  const hint = document.getElementById('snel-weg-hint');
  if (hint) hint.hidden = false;
  const say = (text: string) => {
    if (status) status.textContent = text;
  };
  const exit = (event?: Event) => {
    if (event) event.preventDefault();
    document.documentElement.classList.add('leaving');
    leave(link.href);
  };
  link.addEventListener('click', exit);
  watchShift(document, {
    press(count) {
      say(shiftMessage(count, pageWords(EXIT_WORDS)));
      if (count >= SHIFT_PRESSES) exit();
    },
    cancel: () => say(''),
  });
}

start();
