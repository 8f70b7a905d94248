// Local help a municipality states itself, as a part of its own
// (public/widget-stated-HASH.js, loaded by widget/stated-help.ts only when
// there is such help: a data-wegwijs-lokaal block in the snippet, or help the
// service carries for the municipality). Most pages have none, so neither the
// validator nor the card is part of widget.js.
import { readStatedHelp, type StatedLocalHelp } from '../src/shared/stated-local-help.js';
import { h } from './dom.js';
import { handOver } from './hand-over.js';
import { link } from './render-text.js';
import { fill, type Strings } from './strings.js';

/** Checks the block's text; what it ignores goes to the console, for the web team. */
function read(text: string, gemeente: string | undefined): StatedLocalHelp | null {
  const { help, problems } = readStatedHelp(text, gemeente);
  for (const p of problems) console.warn(`wegwijs: data-wegwijs-lokaal ${p.code} ${p.message}: ignored.`);
  return help;
}

/** The stated help as a card of its own: plain text, a call link, an https link. */
function card(help: StatedLocalHelp, name: string, s: Strings): HTMLElement {
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

const part = { read, card };
export type StatedPart = typeof part;

handOver(part);
