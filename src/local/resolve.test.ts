// Local signposts resolved per municipality, on the shipped data.
import { describe, expect, it } from 'vitest';
import { localGraph, localInput } from '../../tests/support/local.js';
import { compile } from '../compiler/compile.js';
import { flowViewFor, resolveServices, shortHost, UNKNOWN_MUNICIPALITY_NOTE, VEILIG_THUIS_GENERIC } from './resolve.js';
import { municipalitySummaries } from './summaries.js';

const graph = localGraph();
const LOCAL_IDS = ['lokaal-team', 'mantelzorg-steun', 'opvang'];

describe('resolveServices', () => {
  it('without a municipality: the registry as is, and no context', () => {
    const resolved = resolveServices(graph);
    expect(resolved.services).toBe(graph.services);
    expect(resolved.municipality).toBeUndefined();
  });

  it('resolves every local signpost for every municipality of the country', () => {
    expect(Object.keys(graph.municipalities!)).toHaveLength(342);
    for (const m of Object.values(graph.municipalities!)) {
      const { services, municipality } = resolveServices(graph, m.code);
      expect(municipality).toEqual({ code: m.code, name: m.name, region: m.veiligThuis, known: true });
      for (const id of LOCAL_IDS) {
        const s = services[id];
        expect(s.id, `${m.name} ${id}`).toBe(id);
        // A way in, or a note that says how to find one.
        expect(s.channels.length + (s.notes?.length ?? 0), `${m.name} ${id} has a way in`).toBeGreaterThan(0);
        // Never a number that nobody checked; never a guessed website.
        for (const c of s.channels) if (c.kind === 'phone') expect(s.verified, `${m.name} ${id}`).not.toBeNull();
        if (!m.website && id === 'lokaal-team')
          expect(
            s.channels.some((c) => c.kind === 'web'),
            m.name,
          ).toBe(false);
      }
      // National services stay exactly as they are, but for the name of the Veilig Thuis region where it is sourced.
      if (!m.veiligThuis) expect(services['veilig-thuis']).toBe(graph.services['veilig-thuis']);
      else expect(services['veilig-thuis'].after).toContain(`Voor ${m.name} is dat ${m.veiligThuis}.`);
    }
  });

  it('names the Veilig Thuis region only where the table gives it', () => {
    expect(resolveServices(graph, 'GM0637').services['veilig-thuis'].after).toContain(
      'Je praat met iemand van Veilig Thuis in jouw regio. Voor Zoetermeer is dat Veilig Thuis Haaglanden.',
    );
    expect(resolveServices(graph, 'GM0935').services['veilig-thuis'].after).toContain('Voor Maastricht is dat Veilig Thuis Zuid-Limburg.');
    expect(resolveServices(graph, 'GM0599').services['veilig-thuis'].after).toBe(graph.services['veilig-thuis'].after);
    expect(graph.services['veilig-thuis'].after).toContain(VEILIG_THUIS_GENERIC);
  });

  it('outside the seed regions without a sourced site (Maastricht): how to find the site, no link', () => {
    const team = resolveServices(graph, 'GM0935').services['lokaal-team'];
    expect(team.channels).toEqual([]);
    expect(team.notes).toEqual(['Zoek de website van gemeente Maastricht. Daar staat hoe je hulp dichtbij krijgt.']);
    expect(team.verified).toBeNull();
  });

  it('Zoetermeer: no team name known, so the generic name, the verified municipal number and zoetermeer.nl', () => {
    const team = resolveServices(graph, 'GM0637').services['lokaal-team'];
    expect(team.name).toBe(graph.services['lokaal-team'].name);
    expect(team.channels).toEqual([
      { kind: 'phone', display: '14 079', tel: '14079', hours: 'unknown' },
      { kind: 'web', url: 'https://www.zoetermeer.nl', label: 'Website van gemeente Zoetermeer', hours: 'unknown' },
    ]);
    expect(team.notes).toEqual(['Bel je gemeente: 14 079.', 'Kijk op de website van je gemeente: zoetermeer.nl.']);
    expect(team.verified).toBe('2026-12-01');
  });

  it('Delft: no verified number, so only the website (a link, not a promise)', () => {
    const team = resolveServices(graph, 'GM0503').services['lokaal-team'];
    expect(team.channels).toEqual([expect.objectContaining({ kind: 'web', url: 'https://www.delft.nl' })]);
    expect(team.notes).toEqual(['Kijk op de website van je gemeente: delft.nl.']);
    expect(team.verified).toBeNull();
  });

  it('Zaanstad: the generic team name (the team name has no dated source), and the Blijf Groep with its verified number for shelter', () => {
    const { services } = resolveServices(graph, 'GM0479');
    expect(services['lokaal-team'].name).toBe(graph.services['lokaal-team'].name);
    expect(services['mantelzorg-steun'].name).toBe(graph.services['mantelzorg-steun'].name);
    for (const id of LOCAL_IDS) expect([services[id].name, ...(services[id].notes ?? [])].join(' ')).not.toContain('Sociaal Wijkteam');
    expect(services['lokaal-team'].channels).toEqual([
      expect.objectContaining({ kind: 'phone', tel: '14075' }),
      expect.objectContaining({ kind: 'web', url: 'https://www.zaanstad.nl' }),
    ]);
    expect(services['lokaal-team'].notes?.[0]).toBe('Bel je gemeente: 14 075. Dat kan op werkdagen.');
    expect(services.opvang).toMatchObject({
      id: 'opvang',
      name: 'Blijf Groep',
      scope: 'local',
      verified: graph.services['blijf-groep'].verified,
    });
    expect(services.opvang.channels[0]).toMatchObject({ kind: 'phone', display: '088 234 24 50', tel: '0882342450' });
  });

  it('Utrecht: the Buurtteam, and Moviera by name only (its number is not verified)', () => {
    const { services } = resolveServices(graph, 'GM0344');
    expect(services['lokaal-team']).toMatchObject({ name: 'Buurtteam Utrecht', verified: '2025-01-15' });
    // Verified, but with no own phone or page: still the pointer to the municipality, with its hours.
    expect(services['lokaal-team'].channels).toEqual([
      expect.objectContaining({ kind: 'phone', tel: '14030', hours: expect.objectContaining({ weekly: expect.any(Object) }) }),
      expect.objectContaining({ url: 'https://www.utrecht.nl' }),
    ]);
    expect(services.opvang.name).toBe('Moviera');
    expect(services.opvang.channels.every((c) => c.kind !== 'phone')).toBe(true);
  });

  it('Haaglanden (Delft): Stichting Perspektief by name only, and the way there through Veilig Thuis', () => {
    const opvang = resolveServices(graph, 'GM0503').services.opvang;
    const vt = graph.services['veilig-thuis'].channels.find((c) => c.kind === 'phone')!;
    expect(opvang.name).toBe('Stichting Perspektief');
    expect(opvang.verified).toBeNull();
    expect(opvang.channels.every((c) => c.kind !== 'phone')).toBe(true);
    expect(opvang.notes?.join(' ')).toContain(`Bel Veilig Thuis: ${vt.kind === 'phone' ? vt.display : ''}.`);
    expect(opvang.free).not.toBe(true);
  });

  it('no local help is badged "Gratis" unless the registry backs it', () => {
    for (const m of Object.values(graph.municipalities!)) {
      const { services } = resolveServices(graph, m.code);
      for (const id of LOCAL_IDS) if (services[id].free) expect(services[id].freeSource, `${m.name} ${id}`).toBeTruthy();
    }
  });

  it('Food Valley (Veenendaal): no shelter named, so the generic shelter text with the pointer', () => {
    const opvang = resolveServices(graph, 'GM0345').services.opvang;
    expect(opvang.name).toBe(graph.services.opvang.name);
    expect(opvang.channels).toEqual([expect.objectContaining({ url: 'https://www.veenendaal.nl' })]);
  });

  it('a well-formed code without data: the national services and a note that local help is not known yet', () => {
    const resolved = resolveServices(graph, 'GM9999');
    expect(resolved.services).toBe(graph.services);
    expect(resolved.municipality).toEqual({ code: 'GM9999', name: null, region: null, known: false, note: UNKNOWN_MUNICIPALITY_NOTE });
    expect(resolved.services['lokaal-team'].notes).toEqual(graph.services['lokaal-team'].notes);
  });

  it('shows a verified local number and page, and nothing else', () => {
    const result = compile(
      localInput((input) => {
        const file = input.municipalities!.find((f) => f.file.endsWith('haaglanden.json'))!;
        const data = JSON.parse(file.source);
        data.municipalities[8].local = {
          'lokaal-team': {
            name: 'Testteam',
            kind: 'wijkteam',
            phone: { display: '079 000 00 00', tel: '0790000000' },
            url: 'https://www.zoetermeer.nl/team',
            source: 'test',
            verified: '2026-11-01',
          },
        };
        file.source = JSON.stringify(data);
      }),
    );
    const team = resolveServices(result.graph!, 'GM0637').services['lokaal-team'];
    expect(team.channels.map((c) => c.kind)).toEqual(['phone', 'web']);
    expect(team.notes).toEqual([]);
  });
});

describe('flowViewFor', () => {
  it('adds the holidays always, and the municipality when asked', () => {
    const plain = flowViewFor(graph, 'lokaal')!;
    expect(plain.holidays).toEqual(graph.holidays);
    expect(plain.municipality).toBeUndefined();
    const zaanstad = flowViewFor(graph, 'lokaal', 'GM0479')!;
    expect(zaanstad.municipality?.name).toBe('Zaanstad');
    expect(zaanstad.services.opvang.name).toBe('Blijf Groep');
    expect(Object.keys(zaanstad.services).sort()).toEqual(['lokaal-team', 'mantelzorg-steun', 'opvang', 'veilig-thuis']);
    expect(flowViewFor(graph, 'bestaat-niet', 'GM0479')).toBeNull();
  });

  it('puts local help on every end step and every step with Veilig Thuis, once a municipality is known', () => {
    const plain = flowViewFor(graph, 'lokaal')!;
    expect(plain.steps['lokaal/mantelzorg' as never].services).toEqual(['mantelzorg-steun']);
    const maastricht = flowViewFor(graph, 'lokaal', 'GM0935')!;
    // "team" already has local help; "mantelzorg" (an end step) has mantelzorg-steun, itself local help.
    expect(maastricht.steps['lokaal/team' as never].services).toEqual(['lokaal-team', 'opvang', 'veilig-thuis']);
    const unknown = flowViewFor(graph, 'lokaal', 'GM9999')!;
    expect(unknown.steps).toEqual(plain.steps);
  });
});

describe('municipalitySummaries', () => {
  it('lists code, name, region and aliases, sorted by name', () => {
    const list = municipalitySummaries(graph);
    expect(list).toHaveLength(342);
    expect(list.map((m) => m.name)).toEqual([...list.map((m) => m.name)].sort((a, b) => a.localeCompare(b, 'nl')));
    expect(list.find((m) => m.code === 'GM0637')).toEqual({
      code: 'GM0637',
      name: 'Zoetermeer',
      province: 'Zuid-Holland',
      region: 'Veilig Thuis Haaglanden',
    });
    expect(list.find((m) => m.code === 'GM0479')).toMatchObject({ name: 'Zaanstad', region: null });
    expect(
      list
        .filter((m) => m.aliases?.includes('Haaren'))
        .map((m) => m.name)
        .sort(),
    ).toEqual(['Boxtel', 'Oisterwijk', 'Tilburg', 'Vught']);
    expect(list.find((m) => m.code === 'GM0439')?.aliases).toContain('Beemster');
  });

  it('shortHost drops the scheme and www', () => {
    expect(shortHost('https://www.zoetermeer.nl')).toBe('zoetermeer.nl');
    expect(shortHost('https://gemeente.derondevenen.nl/')).toBe('gemeente.derondevenen.nl');
  });
});
