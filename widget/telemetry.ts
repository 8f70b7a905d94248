// Anonymous event counting from the widget (issue 7): one small JSON object,
// sent and forgotten. No id, no time, no page address: the server adds the
// day and nothing else. fetch with keepalive survives leaving the page (the
// quick exit) and can send no cookies and no Referer; sendBeacon cannot
// promise either, so it is only the fallback for browsers without keepalive.
import type { CountedEvent } from '../src/shared/api-types.js';

/** `api`: the service's base address without a trailing slash, e.g. https://wegwijs.example. */
export function report(api: string, event: CountedEvent): void {
  const url = `${api}/api/v1/events`;
  const body = JSON.stringify(event);
  try {
    // text/plain keeps it a "simple" request: no CORS preflight.
    fetch(url, {
      method: 'POST',
      body,
      keepalive: true,
      credentials: 'omit',
      mode: 'cors',
      referrerPolicy: 'no-referrer',
      headers: { 'content-type': 'text/plain' },
    }).catch(() => {});
  } catch {
    try {
      navigator.sendBeacon(url, new Blob([body], { type: 'text/plain' }));
    } catch {
      // Counting never gets in the way of help.
    }
  }
}
