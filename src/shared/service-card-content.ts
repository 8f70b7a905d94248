// What a service card says, decided once for the site (src/site/service-card.tsx,
// rendered on the server) and the widget (widget/signpost.ts, drawn in the
// browser): the heading, badges, call actions, open now or closed with what to
// do instead, hours, notes and the check date. Each side only turns this
// description into markup, so a visitor reads the same card in both places.
// Pure and browser-safe.

import { card } from '../../messages/nl/shared.json';
import type { Channel, MunicipalityContext, Service } from './api-types.js';
import { describeChange, describeDate, describeHours, fill, HOURS_WORDS, type HoursWords } from './hours-text.js';
import { fillParts } from './messages.js';
import { alwaysOpenPhone, nextChange, type OpenState, openState } from './opening-hours.js';

// The words live in the message catalogue (messages/nl/shared.json, group "card").
// While closed: `closedTry` when the service has a line that never closes
// ({number} becomes a call link); otherwise `closedDanger` ({emergency}: a call
// link to 112) and `closedDayAndNight` ({number}: one to Veilig Thuis).
export const CARD_WORDS = { ...HOURS_WORDS, ...card };

export type CardWords = typeof CARD_WORDS & HoursWords;

/** A piece of running text: words, or a link (every phone number is a tel: link). */
export type Part = string | { href: string; text: string };

export interface ChannelView {
  kind: Channel['kind'];
  /** The main action: "Bel 0800-2000" (tel:) or the web channel's label. */
  action: { href: string; text: string };
  state: OpenState;
  /** "Nu open" / "Nu gesloten"; null when the hours are not known (never guessed). */
  stateText: string | null;
  /** Paragraphs below the action, in reading order: cost, open until or what to do while closed, the hours. */
  meta: Part[][];
}

export interface CardView {
  id: string;
  name: string;
  /** "Hulp in Zoetermeer" for local help when the municipality is known. */
  where: string | null;
  badges: string[];
  purpose: Part[];
  channels: ChannelView[];
  after: { heading: string; text: Part[] } | null;
  notes: Part[][];
  /** The municipality's note on local help (e.g. that it is not known yet). */
  localNote: Part[] | null;
  checked: string | null;
}

export interface CardMoment {
  now: Date;
  holidays: readonly string[];
  /** Veilig Thuis's day-and-night line, from the registry: what to call while another channel is closed. */
  /** The registry's day-and-night line (its dayAndNight role), named in the advice while another line is closed. */
  dayAndNight?: { name: string; display: string; tel: string };
  /** The municipality the visitor chose, for local help. */
  municipality?: MunicipalityContext;
}

/** Only web pages over HTTPS, phone numbers and e-mail; no spaces or control characters a browser would strip. */
export function safeHref(href: string): string | null {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this refuses.
  return /^(https:|tel:|mailto:)[^\s\x00-\x1f\x7f]*$/i.test(href) ? href : null;
}

export { fillParts };

const telLink = (display: string, tel: string): Part => ({ href: `tel:${tel}`, text: display });

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Card text with every number the card knows (its own phone channels, 112 and
 * the day-and-night line) as a call link, so "Bel dan 112." can be tapped too.
 * A number that is not known stays text: it was never checked.
 */
export function linkNumbers(text: string, numbers: ReadonlyMap<string, string>): Part[] {
  if (!numbers.size) return [text];
  const displays = [...numbers.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(?<![\\d-])(?:${displays.join('|')})(?![\\d-])`, 'g');
  const parts: Part[] = [];
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    parts.push(text.slice(at, match.index));
    parts.push(telLink(match[0], numbers.get(match[0])!));
    at = match.index! + match[0].length;
  }
  parts.push(text.slice(at));
  return parts.filter((p) => p !== '');
}

function knownNumbers(service: Service, moment: CardMoment): Map<string, string> {
  const numbers = new Map<string, string>([['112', '112']]);
  if (moment.dayAndNight) numbers.set(moment.dayAndNight.display, moment.dayAndNight.tel);
  for (const c of shownChannels(service)) if (c.kind === 'phone') numbers.set(c.display, c.tel);
  return numbers;
}

/**
 * Channels are shown only for checked entries: an unchecked number is never
 * published. Local help keeps its web links (the municipality's own site is
 * a pointer, not a promise: docs/local-help.md).
 */
export function shownChannels(service: Service): Channel[] {
  return service.verified === null ? service.channels.filter((c) => service.scope === 'local' && c.kind === 'web') : service.channels;
}

function channelView(channel: Channel, service: Service, moment: CardMoment, w: CardWords): ChannelView | null {
  const href = channel.kind === 'phone' ? `tel:${channel.tel}` : safeHref(channel.url);
  if (!href) return null;
  const state = openState(channel.hours, moment.now, moment.holidays);
  const change = channel.hours === '24/7' ? null : describeChange(nextChange(channel.hours, moment.now, moment.holidays), w);
  const meta: Part[][] = [];
  if (channel.kind === 'phone' && channel.cost) meta.push([fill(w.cost, { cost: channel.cost })]);
  if (state === 'open' && change) meta.push([change]);
  if (state === 'closed') {
    const always = alwaysOpenPhone(service);
    const advice: Part[] = change ? [`${change} `] : [];
    if (always) advice.push(...fillParts(w.closedTry, { number: telLink(always.display, always.tel) }));
    else {
      advice.push(...fillParts(w.closedDanger, { emergency: telLink('112', '112') }));
      if (moment.dayAndNight)
        advice.push(
          ' ',
          ...fillParts(w.closedDayAndNight, {
            name: moment.dayAndNight.name,
            number: telLink(moment.dayAndNight.display, moment.dayAndNight.tel),
          }),
        );
    }
    meta.push(advice);
  }
  const hours = describeHours(channel.hours, w);
  if (hours) meta.push([hours.join(' ')]);
  return {
    kind: channel.kind,
    action: { href, text: channel.kind === 'phone' ? fill(w.call, { number: channel.display }) : channel.label },
    state,
    stateText: state === 'open' ? w.openNow : state === 'closed' ? w.closedNow : null,
    meta,
  };
}

/** Everything a card shows, in reading order; `words` are the Dutch defaults unless a widget's host page translated them. */
export function cardView(service: Service, moment: CardMoment, words: CardWords = CARD_WORDS): CardView {
  const local = service.scope === 'local' ? moment.municipality : undefined;
  const numbers = knownNumbers(service, moment);
  const linked = (text: string) => linkNumbers(text, numbers);
  const badges: string[] = [];
  if (service.free === true) badges.push(words.free);
  if (service.anonymous === true) badges.push(words.anonymous);
  else if (service.anonymous === 'advice') badges.push(words.anonymousAdvice);
  return {
    id: service.id,
    name: service.name,
    where: local?.name ? fill(words.localIn, { name: local.name }) : null,
    badges,
    purpose: linked(service.purpose),
    channels: shownChannels(service)
      .map((c) => channelView(c, service, moment, words))
      .filter((c): c is ChannelView => c !== null),
    after: service.after ? { heading: words.after, text: linked(service.after) } : null,
    notes: (service.notes ?? []).map(linked),
    localNote: local?.note ? linked(local.note) : null,
    checked: service.verified ? fill(words.checked, { date: describeDate(service.verified, words) }) : null,
  };
}
