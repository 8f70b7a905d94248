// The second edition of the help (issue 11), checked on the shipped content
// as compiled: what the registry says matches helplines.md (2026-12), 113 is
// close to the start screen for adults, every help step has a line open day
// and night, every "Gratis" is backed, and no public text repeats a promise
// that helplines.md withdrew. Computed from the graph itself, independent of
// the compiler's own checks (WW027, WW041), so a broken check cannot hide a
// broken graph.
import { describe, expect, it } from 'vitest';
import { sentences } from '../src/compiler/plain-language.js';
import { blockTexts } from '../src/compiler/render-text.js';
import { distancesFrom } from '../src/compiler/structure.js';
import type { Graph } from '../src/graph/graph.js';
import { flowOf } from '../src/graph/step-ref.js';
import { resolveServices } from '../src/local/resolve.js';
import type { Hours, PhoneChannel, Service } from '../src/shared/api-types.js';
import { openState } from '../src/shared/opening-hours.js';
import { shippedGraph } from './support/content.js';

const graph = shippedGraph();
const services = graph.services;
const phones = (s: Service) => s.channels.filter((c): c is PhoneChannel => c.kind === 'phone');

/** Everything a card shows of a service, text by text. */
function cardTexts(s: Service): string[] {
  return [
    s.name,
    s.purpose,
    s.after ?? '',
    ...(s.notes ?? []),
    s.publicSource ?? '',
    ...s.channels.flatMap((c) => [c.kind === 'phone' ? (c.cost ?? '') : c.label, typeof c.hours === 'object' ? (c.hours.note ?? '') : '']),
  ].filter(Boolean);
}

/** Every text the public can read, with where it is: steps (paragraphs and list items), choices, titles, cards, local help for every municipality. */
function publicTexts(g: Graph): Array<{ where: string; text: string }> {
  const out: Array<{ where: string; text: string }> = [];
  for (const step of Object.values(g.steps)) {
    for (const text of blockTexts(step.text.blocks)) out.push({ where: step.ref, text });
    for (const choice of step.choices) out.push({ where: `${step.ref} (choice)`, text: choice.label });
  }
  for (const flow of Object.values(g.flows)) out.push({ where: `${flow.id} (title)`, text: flow.title });
  for (const s of Object.values(g.services)) for (const text of cardTexts(s)) out.push({ where: `card ${s.id}`, text });
  for (const code of Object.keys(g.municipalities ?? {})) {
    for (const s of Object.values(resolveServices(g, code).services)) {
      if (s.scope === 'local') for (const text of cardTexts(s)) out.push({ where: `card ${s.id} in ${code}`, text });
    }
  }
  return out;
}

/** Withdrawn or untrue promises (helplines.md 2026-12; review F5, L8). */
const FORBIDDEN: Array<[RegExp, string]> = [
  [/lokaal tarief/i, 'politie and Slachtofferhulp are not "lokaal tarief"'],
  [/telefoonrekening/i, 'the "not on the phone bill" claim could not be found again'],
  [/je kinderen kunnen mee/i, 'not always true (review F5)'],
];

/** "dag en nacht" said of a chat: in one sentence with a chat, or after "bellen en chatten" in the same text. No chat's hours are verified as 24/7. */
function chatDayAndNight(text: string): boolean {
  if (!/dag en nacht/i.test(text)) return false;
  if (sentences(text).some((s) => /chat/i.test(s.text) && /dag en nacht/i.test(s.text))) return true;
  return /(bellen|bel) (en|of) chat/i.test(text);
}

/**
 * Sentences in main's conversations that content-a, content-b and site-pages
 * rewrite on their branches (issue 11). Exact text only, so nothing else
 * slips through. THE LEAD EMPTIES THIS LIST after merging those branches.
 */
function offences(g: Graph): string[] {
  const out: string[] = [];
  for (const { where, text } of publicTexts(g)) {
    for (const [pattern, why] of FORBIDDEN) if (pattern.test(text)) out.push(`${where}: "${text}" (${why})`);
    if (chatDayAndNight(text)) out.push(`${where}: "${text}" (no chat is open day and night)`);
  }
  return out;
}

const dayAndNightLine = (s: Service | undefined) => !!s?.verified && phones(s).some((c) => c.hours === '24/7');

const everyDay = (hours: Hours, from: string, to: string) =>
  typeof hours === 'object' &&
  hours.publicHolidays === 'open' &&
  (['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'] as const).every((d) => JSON.stringify(hours.weekly[d]) === JSON.stringify([[from, to]]));

describe('the registry carries the 2026-12 facts of helplines.md', () => {
  it('politie 0900-8844 costs money, and says so', () => {
    const [line] = phones(services.politie);
    expect(line.display).toBe('0900-8844');
    expect(line.cost).toBe('2 cent per minuut bovenop je gewone belkosten');
    expect(services.politie.free).toBe(false);
  });

  it('Veilig Thuis: no phone-bill claim, the safe wording, the limit of "Jij kiest", and a chat that can be closed', () => {
    const vt = services['veilig-thuis'];
    expect(cardTexts(vt).join(' ')).not.toMatch(/telefoonrekening|rekening/i);
    expect(vt.notes).toContain('Bellen naar een 0800-nummer is gratis. Het gesprek staat wel in de lijst met gesprekken op je telefoon.');
    expect(vt.after).toContain('Jij kiest: alleen advies, of een melding.');
    expect(vt.after).toContain('Is er groot gevaar? Dan kan Veilig Thuis ook zelf iets doen.');
    const chat = vt.channels.find((c) => c.kind === 'chat')!;
    expect(typeof chat.hours === 'object' && chat.hours.note).toBe('Soms is de chat toch dicht.');
  });

  it('the CSG card puts no 7-day pressure on someone for whom it was longer ago', () => {
    expect(services.csg.after).not.toMatch(/7 dagen|zo snel/i);
    expect(services.csg.after).toContain('Je hoeft niet alles meteen te vertellen.');
  });

  it('De Kindertelefoon: phone and chat every day 11.00 to 21.00, also on public holidays', () => {
    const kt = services.kindertelefoon;
    expect(kt.channels.map((c) => c.kind)).toEqual(['phone', 'chat']);
    for (const c of kt.channels) expect(everyDay(c.hours, '11:00', '21:00'), c.kind).toBe(true);
  });

  it('so its card says "open" at noon on Christmas Day and "closed" at night, while CoMensha (holidays not stated) counts as closed', () => {
    const holidays = graph.holidays ?? [];
    const christmas = holidays.find((d) => d.endsWith('-12-25'))!;
    expect(christmas).toBeDefined();
    // 11:00 and 21:30 UTC are 12:00 and 22:30 in Amsterdam in winter.
    const [phone] = phones(services.kindertelefoon);
    expect(openState(phone.hours, new Date(`${christmas}T11:00:00Z`), holidays)).toBe('open');
    expect(openState(phone.hours, new Date(`${christmas}T21:30:00Z`), holidays)).toBe('closed');
    expect(openState(phones(services.comensha)[0].hours, new Date(`${christmas}T11:00:00Z`), holidays)).toBe('closed');
  });

  it('113: calls day and night, chat hours unknown', () => {
    expect(phones(services['113']).every((c) => c.hours === '24/7' && c.cost === 'gratis')).toBe(true);
    expect(services['113'].channels.filter((c) => c.kind === 'chat').map((c) => c.hours)).toEqual(['unknown']);
  });

  it('no "gratis" where helplines.md does not say it: Luisterlijn, Slachtofferhulp, Fier, local help, CoMensha, Blijf Groep', () => {
    for (const id of ['luisterlijn', 'slachtofferhulp', 'fier', 'lokaal-team', 'mantelzorg-steun', 'opvang', 'comensha', 'blijf-groep']) {
      expect(services[id].free, id).not.toBe(true);
      for (const c of phones(services[id])) expect(c.cost ?? '', id).not.toMatch(/gratis|tarief/i);
    }
    expect(services.luisterlijn.notes).toContain('Bellen kost wel geld.');
  });

  it('Stop it Now: the number as confirmed in 2023, hours unknown', () => {
    expect(phones(services['stop-it-now']).map((c) => [c.display, c.hours])).toEqual([['0800-266 64 36', 'unknown']]);
    expect(services['stop-it-now'].verified).toMatch(/^2023/);
  });

  it('the local team is "the wijkteam", not policy language', () => {
    expect(services['lokaal-team'].name).toBe('Het wijkteam van je gemeente');
  });

  it('check dates come from the sources, never from today: only entries whose sources show no date carry the re-check date', () => {
    for (const s of Object.values(services)) {
      if (s.verified !== '2026-12-01') continue;
      expect(s.publicSource, s.id).toContain('zonder datum');
    }
  });

  it('every registry sentence the public reads has at most 15 words', () => {
    const long = Object.values(services).flatMap((s) =>
      cardTexts(s)
        .flatMap(sentences)
        .filter((x) => x.words > 15)
        .map((x) => `${s.id}: ${x.words} words: ${x.text}`),
    );
    expect(long).toEqual([]);
  });
});

describe('113 for adults, from the start screen', () => {
  it('is at most 2 choices from the first step of "start", without going through the youth conversation', () => {
    const start = graph.flows.start.start;
    const { distance } = distancesFrom(graph, start, (step) => flowOf(step.ref) === 'jongeren');
    const nearest = Math.min(
      ...[...distance].filter(([ref]) => flowOf(ref) !== 'jongeren' && graph.steps[ref].services.includes('113')).map(([, d]) => d),
    );
    expect(nearest).toBeLessThanOrEqual(2);
  });
});

describe('always a line that is open', () => {
  it('every step with help shows a verified phone line open day and night', () => {
    const without = Object.values(graph.steps)
      .filter((step) => step.services.length && !step.services.some((id) => dayAndNightLine(services[id])))
      .map((step) => `${step.ref}: ${step.services.join(', ')}`);
    expect(without).toEqual([]);
  });

  it('the check itself can fail: an office-hours line alone is not enough', () => {
    expect(dayAndNightLine(services.comensha)).toBe(false);
    expect(dayAndNightLine(services['veilig-thuis'])).toBe(true);
  });
});

describe('"Gratis" is backed', () => {
  it('every service with free: true names where that is confirmed, and every number of it says "gratis", also as resolved per municipality', () => {
    const all = [
      Object.values(services),
      ...Object.keys(graph.municipalities ?? {}).map((code) => Object.values(resolveServices(graph, code).services)),
    ].flat();
    for (const s of all.filter((x) => x.free === true)) {
      expect(s.freeSource?.trim(), s.id).toBeTruthy();
      for (const c of phones(s)) expect(c.cost, `${s.id} ${c.display}`).toBe('gratis');
    }
  });
});

describe('no public text repeats a withdrawn promise', () => {
  it('nowhere "lokaal tarief", "telefoonrekening", "Je kinderen kunnen mee", or "dag en nacht" said of a chat', () => {
    expect(offences(graph)).toEqual([]);
  });

  it('the check itself finds each of them', () => {
    expect(chatDayAndNight('Bel of chat met ons, dag en nacht.')).toBe(true);
    expect(chatDayAndNight('Bellen en chatten is gratis. Ze zijn er dag en nacht.')).toBe(true);
    expect(chatDayAndNight('Bellen is gratis, dag en nacht. Je kunt ook chatten met Fier.')).toBe(false);
    const broken = structuredClone(graph);
    broken.services.politie.channels = [{ ...phones(services.politie)[0], cost: 'lokaal tarief' }];
    broken.services.csg.notes = ['Het staat niet op je telefoonrekening.'];
    expect(offences(broken)).toEqual([expect.stringContaining('card politie'), expect.stringContaining('card csg')]);
  });
});
