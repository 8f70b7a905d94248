// Local help a municipality states itself (issue 14, point 5): read from the
// `<script type="application/json" data-wegwijs-lokaal>` child of
// <wegwijs-chat> in its snippet (inert, allowed under any CSP, never shown
// when the script does not run), checked by the shared validator
// (src/shared/stated-local-help.ts), and drawn apart from the verified help:
// "Volgens de gemeente Zoetermeer", with a line that we did not check it.
// Anything wrong goes to the console for the web team, starting "wegwijs:".
import { readStatedHelp, type StatedLocalHelp } from '../src/shared/stated-local-help.js';
import { h } from './dom.js';
import { link } from './render-text.js';
import { fill, type Strings } from './strings.js';

/** The block in the element's snippet, for the municipality of its `gemeente` attribute; null when there is none or it is ignored. */
export function snippetHelp(el: HTMLElement, gemeente: string | undefined): StatedLocalHelp | null {
  const script = el.querySelector<HTMLScriptElement>(':scope>script[type="application/json"][data-wegwijs-lokaal]');
  if (!script) return null;
  const { help, problems } = readStatedHelp(script.text, gemeente);
  for (const p of problems) console.warn(`wegwijs: data-wegwijs-lokaal ${p.code} ${p.message}: ignored.`);
  return help;
}

/** The stated help as a card of its own: plain text, a call link, an https link. */
export function statedCard(help: StatedLocalHelp, name: string, s: Strings): HTMLElement {
  const phone = help.telefoon;
  return h(
    'div',
    { class: 'card stated' },
    h('h3', null, fill(s.statedTitle, { name })),
    h('p', null, h('strong', null, help.naam)),
    phone && h('p', null, h('a', { class: 'call', href: `tel:${phone.tel}` }, fill(s.call, { number: phone.display }))),
    help.tijden && h('p', null, help.tijden),
    help.website && h('p', null, link(help.website, help.website.slice(8))),
    help.notitie && h('p', null, help.notitie),
    h('p', { class: 'checked' }, s.statedNote),
  );
}
