// One history entry for the whole visit to the help site. Every step of a
// conversation is its own page; followed as plain links, each would be its own
// entry in the browser's history, and the quick exit (location.replace) only
// replaces the last one: Back would show the help step before it. With
// JavaScript, moving within the site replaces the current entry instead
// (choices, "Vorige stap", "Opnieuw beginnen", the municipality form, the
// footer links), so after "Snel weg" Back lands on the page before the help.
// Without JavaScript the links work as plain links (and the pages say that
// Back can show them). The decisions (docs/architecture.md, "One history entry"):
// - Back and Forward of the browser therefore leave the site; "Vorige stap"
//   is the way back within a conversation.
// - A second tap while the next page loads is ignored (double taps).
// - Links that open elsewhere (another site, tel:, a new tab or window, a
//   download, a jump within the page) are left alone.
// Browser-safe, no Node imports.

let leaving = false;

/** Goes to `url` in place of the current page: no new history entry. Repeated calls while leaving are ignored. */
export function goInPlace(url: string): void {
  if (leaving) return;
  leaving = true;
  location.replace(url);
}

function sameSite(url: URL): boolean {
  return url.origin === location.origin && (url.protocol === 'https:' || url.protocol === 'http:');
}

/** A link within the site that would load another page in this tab, or null. */
function siteLink(event: MouseEvent): HTMLAnchorElement | null {
  if (event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return null;
  const target = event.target as Element | null;
  const anchor = target && typeof target.closest === 'function' ? (target.closest('a[href]') as HTMLAnchorElement | null) : null;
  if (!anchor || anchor.hasAttribute('download') || (anchor.target && anchor.target !== '_self')) return null;
  const url = new URL(anchor.href, location.href);
  if (!sameSite(url)) return null;
  // A jump within this page (the skip link) is no new page.
  if (url.hash && url.pathname === location.pathname && url.search === location.search) return null;
  return anchor;
}

/** The address a GET form would go to, or null when the form is not one to handle here. */
export function formAddress(form: HTMLFormElement, submitter?: HTMLElement | null): string | null {
  if ((form.getAttribute('method') || 'get').toLowerCase() !== 'get') return null;
  if (form.target && form.target !== '_self') return null;
  const url = new URL(form.action || location.href, location.href);
  if (!sameSite(url)) return null;
  const data = new FormData(form);
  const query = new URLSearchParams();
  data.forEach((value, name) => {
    if (typeof value === 'string') query.append(name, value);
  });
  const button = submitter as HTMLButtonElement | null;
  if (button?.name) query.append(button.name, button.value);
  url.search = query.toString();
  url.hash = '';
  return url.href;
}

/** Sends a GET form without a new history entry (the picker chooses this way). Falls back to a plain submit. */
export function submitInPlace(form: HTMLFormElement): void {
  const address = formAddress(form);
  if (address) goInPlace(address);
  else HTMLFormElement.prototype.submit.call(form);
}

/** Starts handling links and forms for the whole document. */
export function keepOneHistoryEntry(): void {
  if (!window.location.replace) return;
  // Bubble phase on the document: a page's own handlers (the exit link, the picker) run first and may take over.
  document.addEventListener('click', (event) => {
    const anchor = siteLink(event);
    if (!anchor) return;
    event.preventDefault();
    goInPlace(anchor.href);
  });
  document.addEventListener('submit', (event) => {
    if (event.defaultPrevented) return;
    const form = event.target as HTMLFormElement;
    const address = formAddress(form, (event as SubmitEvent).submitter);
    if (!address) return;
    event.preventDefault();
    goInPlace(address);
  });
  // Back to this page from the browser's cache (possible when it was reached without this script): links work again.
  window.addEventListener('pageshow', () => {
    leaving = false;
  });
}
