// Signpost cards: one per service a step points to, and the built-in lines.
// What a card says is decided in src/shared/service-card-content.ts, shared
// with the site's cards; this file only draws it.
import type { MunicipalityContext, Service } from '../src/shared/api-types.js';
import { type ChannelView, cardView, type Part } from '../src/shared/service-card-content.js';
import { h } from './dom.js';
import { type BuiltInLine, dayAndNightLine } from './facts.js';
import { link } from './render-text.js';
import { fill, type Strings } from './strings.js';

export interface CardContext {
  strings: Strings;
  holidays: readonly string[];
  municipality?: MunicipalityContext;
}

/** Veilig Thuis's day-and-night number, from the registry at build time (facts.ts). */
const veiligThuisLine = dayAndNightLine!;

function callLink(s: Strings, display: string, tel: string): HTMLAnchorElement {
  return h('a', { class: 'call', href: `tel:${tel}` }, fill(s.call, { number: display }));
}

function parts(list: Part[]): Array<Node | string> {
  return list.map((p) => (typeof p === 'string' ? p : link(p.href, p.text)));
}

function channel(c: ChannelView): HTMLElement {
  const action = c.kind === 'phone' ? h('a', { class: 'call', href: c.action.href }, c.action.text) : link(c.action.href, c.action.text);
  return h(
    'div',
    { class: 'channel' },
    h('p', null, action, c.stateText ? ' ' : null, c.stateText ? h('span', { class: `state state-${c.state}` }, c.stateText) : null),
    c.meta.map((m) => h('p', { class: 'meta' }, parts(m))),
  );
}

export function serviceCard(service: Service, ctx: CardContext): HTMLElement {
  const card = cardView(
    service,
    { now: new Date(), holidays: ctx.holidays, dayAndNight: veiligThuisLine, municipality: ctx.municipality },
    ctx.strings,
  );
  return h(
    'div',
    { class: 'card', 'data-service': card.id, 'data-local': service.scope === 'local' },
    h('h3', { tabindex: -1 }, card.name),
    card.where ? h('p', { class: 'where' }, card.where) : null,
    card.badges.length
      ? h(
          'ul',
          { class: 'badges' },
          card.badges.map((b) => h('li', null, b)),
        )
      : null,
    h('p', null, parts(card.purpose)),
    card.channels.map(channel),
    card.after ? [h('h4', null, card.after.heading), h('p', null, parts(card.after.text))] : null,
    card.notes.length
      ? h(
          'ul',
          { class: 'notes' },
          card.notes.map((n) => h('li', null, parts(n))),
        )
      : null,
    card.localNote ? h('p', { class: 'note' }, parts(card.localNote)) : null,
    card.checked ? h('p', { class: 'checked' }, card.checked) : null,
  );
}

/** The built-in lines as a short list (fallback and compact signpost). */
export function builtInList(lines: readonly BuiltInLine[], s: Strings): HTMLElement {
  return h(
    'ul',
    { class: 'lines' },
    lines.map((line) => h('li', null, h('strong', null, line.name), ' ', s[line.purpose], ' ', callLink(s, line.display, line.tel))),
  );
}
