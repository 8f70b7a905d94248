// Launcher mode: a button that opens the widget as a panel over the page.
// Escape and "Sluiten" close it and return focus to the button; when focus
// moves on to the page, the panel closes so it never covers what has focus.
// Beside the button, a 112 link keeps emergency help one tap away when closed.
import { h, uid } from './dom.js';
import type { Strings } from './strings.js';

export interface Launcher {
  destroy(): void;
}

export function openLauncher(host: HTMLElement, wrap: HTMLElement, panel: HTMLElement, head: HTMLElement, s: Strings): Launcher {
  const panelId = uid('panel');
  panel.id = panelId;
  panel.setAttribute('role', 'dialog');
  panel.hidden = true;
  const launch = h('button', { type: 'button', class: 'launch', 'aria-expanded': 'false', 'aria-controls': panelId, onclick: () => toggle(panel.hidden) }, s.open);
  head.appendChild(h('button', { type: 'button', class: 'sec close', onclick: () => toggle(false) }, s.close));
  // 112 stays one tap away while the panel is closed too.
  const bar = h('div', { class: 'launchbar' }, h('a', { class: 'b112', href: 'tel:112' }, s.call112), launch);
  wrap.insertBefore(bar, wrap.firstChild);

  function toggle(open: boolean, restoreFocus = true): void {
    panel.hidden = !open;
    wrap.classList.toggle('expanded', open);
    launch.setAttribute('aria-expanded', String(open));
    if (open) panel.querySelector<HTMLElement>('h2')?.focus();
    else if (restoreFocus) launch.focus();
  }

  panel.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    toggle(false);
  });
  // Focus inside the shadow root shows up here as the host element.
  const onFocusIn = (e: FocusEvent) => {
    if (!panel.hidden && e.target !== host) toggle(false, false);
  };
  document.addEventListener('focusin', onFocusIn);
  return { destroy: () => document.removeEventListener('focusin', onFocusIn) };
}
