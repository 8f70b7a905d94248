// Launcher mode: a button that opens the widget as a panel over the page.
// Escape (from the panel or the button) and "Sluiten" close it and return
// focus to the button. On a small screen the panel fills it and is modal
// (aria-modal; Tab cycles through it); on a large one, focus moving on to the page
// closes it, so it never covers what has focus. Beside the button, a 112 link
// keeps emergency help one tap away when closed; the bar steps aside when it
// would cover a focused control of the page (WCAG 2.4.11).
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
  const launch = h(
    'button',
    { type: 'button', class: 'launch', 'aria-expanded': 'false', 'aria-controls': panelId, onclick: () => toggle(panel.hidden) },
    s.open,
  );
  head.appendChild(h('button', { type: 'button', class: 'sec close', onclick: () => toggle(false) }, s.close));
  // 112 stays one tap away while the panel is closed too.
  const bar = h('div', { class: 'launchbar' }, h('a', { class: 'b112', href: 'tel:112' }, s.call112), launch);
  wrap.insertBefore(bar, wrap.firstChild);
  // Full screen (styles.css hides the bar then): the panel is modal.
  const modal = () => !panel.hidden && !bar.getClientRects().length;
  const title = () => panel.querySelector('h2')!;

  function toggle(open: boolean, restoreFocus = true): void {
    panel.hidden = !open;
    wrap.classList.toggle('expanded', open);
    launch.setAttribute('aria-expanded', String(open));
    panel.setAttribute('aria-modal', String(modal()));
    if (open) title().focus();
    else if (restoreFocus) launch.focus();
  }

  // From the panel and from the button.
  wrap.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || panel.hidden) return;
    e.stopPropagation();
    toggle(false);
  });
  // Focus inside the shadow root shows up here as the host element.
  const onFocusIn = (e: FocusEvent) => {
    const target = e.target as Element;
    if (target === host) return;
    // Modal: Tab past the panel's last link comes back at its first, Shift+Tab before the first at the last.
    const links = panel.querySelectorAll('a');
    if (modal()) return links[host.compareDocumentPosition(target) & 2 ? links.length - 1 : 0].focus();
    if (!panel.hidden) toggle(false, false);
    // Once the browser has scrolled the control into view: if the bar covers its middle, the bar moves up.
    requestAnimationFrame(() => {
      bar.classList.remove('up');
      const r = target.getBoundingClientRect();
      bar.classList.toggle('up', document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === host);
    });
  };
  document.addEventListener('focusin', onFocusIn);
  return { destroy: () => document.removeEventListener('focusin', onFocusIn) };
}
