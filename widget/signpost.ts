// Signpost cards: one per service a step points to, and the built-in lines.
import type { Channel, MunicipalityContext, Service } from '../src/shared/api-types.js';
import { alwaysOpenPhone, nextChange, openState } from '../src/shared/opening-hours.js';
import { h } from './dom.js';
import { builtInLines, type BuiltInLine } from './facts.js';
import { checkDate, hoursLines, openText, reopenText } from './hours.js';
import { link, safeHref } from './render-text.js';
import { fill, type Strings } from './strings.js';

export interface CardContext {
  strings: Strings;
  holidays: readonly string[];
  municipality?: MunicipalityContext;
}

/** Veilig Thuis's day-and-night number, from the registry at build time (facts.ts). */
const veiligThuisLine = builtInLines.find((l) => l.purpose === 'vtPurpose')!;

function callLink(s: Strings, display: string, tel: string): HTMLAnchorElement {
  return h('a', { class: 'call', href: `tel:${tel}` }, fill(s.call, { number: display }));
}

/** Open or closed now, and when closed what to do instead: a line of the same service that never closes, or 112 and Veilig Thuis. */
function openNow(channel: Channel, service: Service, ctx: CardContext): HTMLElement | null {
  if (channel.hours === '24/7') return null; // "Dag en nacht" already says it.
  const now = new Date();
  const state = openState(channel.hours, now, ctx.holidays);
  const s = ctx.strings;
  const change = nextChange(channel.hours, now, ctx.holidays);
  if (state === 'open') return h('p', { class: 'now-open' }, openText(change, s));
  if (state !== 'closed') return null;
  const always = alwaysOpenPhone(service);
  const reopens = reopenText(change, s);
  return h('p', { class: 'now-closed' }, h('strong', null, s.closedNow), ' ', reopens ? `${reopens} ` : '', always ? fill(s.closedTry, { number: always.display }) : fill(s.closedDefault, { number: veiligThuisLine.display }));
}

function channel(c: Channel, service: Service, ctx: CardContext): HTMLElement | null {
  const s = ctx.strings;
  let action: HTMLElement;
  if (c.kind === 'phone') {
    action = h('p', null, callLink(s, c.display, c.tel), c.cost ? ` (${c.cost})` : '');
  } else {
    const href = safeHref(c.url);
    if (!href) return null;
    action = h('p', null, link(href, c.label));
  }
  const hours = hoursLines(c.hours, s);
  return h('div', { class: 'channel' }, action, hours.length ? h('p', { class: 'hours' }, hours.join(' ')) : null, openNow(c, service, ctx));
}

export function serviceCard(service: Service, ctx: CardContext): HTMLElement {
  const s = ctx.strings;
  const badges = [service.free === true && s.free, service.anonymous === true && s.anonymous, service.anonymous === 'advice' && s.anonymousAdvice].filter((b): b is string => !!b);
  const local = service.scope === 'local' ? ctx.municipality : undefined;
  return h(
    'div',
    { class: 'card', 'data-service': service.id, 'data-local': service.scope === 'local' },
    h('h3', { tabindex: -1 }, service.name),
    local?.name ? h('p', { class: 'where' }, fill(s.localIn, { name: local.name })) : null,
    h('p', null, service.purpose),
    badges.length ? h('ul', { class: 'badges' }, badges.map((b) => h('li', null, b))) : null,
    // An unverified service never shows a number or a link.
    service.verified ? service.channels.map((c) => channel(c, service, ctx)) : null,
    service.after ? h('p', null, h('strong', null, s.after), ' ', service.after) : null,
    local?.note ? h('p', { class: 'note' }, local.note) : null,
    service.notes?.length ? h('ul', { class: 'notes' }, service.notes.map((n) => h('li', null, n))) : null,
    service.verified ? h('p', { class: 'checked' }, fill(s.checked, { date: checkDate(service.verified, s.months) })) : null,
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
