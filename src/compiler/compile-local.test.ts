// The municipality data and its validator (WW030–WW036, WW060–WW062), through compile().
import { describe, expect, it } from 'vitest';
import { localGraph, localInput } from '../../tests/support/local.js';
import { type CompileInput, compile } from './compile.js';
import { setEditorLanguage } from './diagnostics.js';

// These tests assert the English texts of the diagnostics catalogue.
setEditorLanguage('en');

const REGIONS = {
  haaglanden: [
    'Delft',
    'Den Haag',
    'Leidschendam-Voorburg',
    'Midden-Delfland',
    'Pijnacker-Nootdorp',
    'Rijswijk',
    'Wassenaar',
    'Westland',
    'Zoetermeer',
  ],
  'zaanstreek-waterland': ['Edam-Volendam', 'Landsmeer', 'Oostzaan', 'Purmerend', 'Waterland', 'Wormerland', 'Zaanstad'],
  utrecht: [
    'De Ronde Venen',
    'Montfoort',
    'Oudewater',
    'Stichtse Vecht',
    'Woerden',
    'Utrecht',
    'Bunnik',
    'De Bilt',
    'Utrechtse Heuvelrug',
    'Wijk bij Duurstede',
    'Zeist',
    'Houten',
    'IJsselstein',
    'Lopik',
    'Nieuwegein',
    'Vijfheerenlanden',
    'Amersfoort',
    'Baarn',
    'Bunschoten',
    'Eemnes',
    'Leusden',
    'Soest',
    'Woudenberg',
    'Veenendaal',
    'Rhenen',
    'Renswoude',
  ],
};

/** The first municipality file, parsed, for tests that break one thing in it. */
// biome-ignore lint/suspicious/noExplicitAny: each test breaks the parsed file in its own way, on purpose.
function withFile(name: string, edit: (data: any) => void): CompileInput {
  return localInput((input) => {
    const file = input.municipalities!.find((f) => f.file.endsWith(name))!;
    const data = JSON.parse(file.source);
    edit(data);
    file.source = JSON.stringify(data, null, 2);
  });
}

const codes = (input: CompileInput) =>
  compile(input).diagnostics.filter((d) => (d.code >= 'WW030' && d.code <= 'WW039') || (d.code >= 'WW060' && d.code <= 'WW069'));

describe('the shipped municipality data', () => {
  const graph = localGraph();
  const all = Object.values(graph.municipalities!);

  it('has all 342 municipalities of the CBS 2026 division, and the three seed regions as they are today', () => {
    expect(all).toHaveLength(342);
    for (const [region, names] of Object.entries(REGIONS)) {
      expect(
        all
          .filter((m) => m.regionId === region)
          .map((m) => m.name)
          .sort(),
      ).toEqual([...names].sort());
    }
    expect(all.filter((m) => m.regionId)).toHaveLength(9 + 7 + 26);
    expect(all.find((m) => m.name === 'Beemster')).toBeUndefined();
    expect(graph.municipalities!.GM0439.aliases).toContain('Beemster');
    expect(graph.municipalities!.GM0363.aliases).toContain('Weesp');
  });

  it('gives each a CBS code, a province and a source; a Veilig Thuis region only where the table names one', () => {
    for (const m of all) {
      expect(m.code).toMatch(/^GM\d{4}$/);
      expect(m.province.length).toBeGreaterThan(3);
      expect(m.source).toContain('cbs2026');
      if (m.veiligThuis) expect(m.veiligThuis).toMatch(/^Veilig Thuis /);
      if (m.website) expect(m.website).toMatch(/^https:\/\//);
    }
    expect(all.filter((m) => m.veiligThuis)).toHaveLength(87);
    expect(all.filter((m) => m.website)).toHaveLength(42);
    expect(graph.municipalities!.GM0637).toMatchObject({
      name: 'Zoetermeer',
      region: 'Haaglanden',
      veiligThuis: 'Veilig Thuis Haaglanden',
      veiligThuisId: 'veilig-thuis-haaglanden',
    });
    expect(graph.municipalities!.GM0518).toMatchObject({ name: 'Den Haag', province: 'Zuid-Holland' });
    expect(graph.municipalities!.GM0518.aliases).toContain("'s-Gravenhage");
    // Zaanstreek-Waterland: the table finds no source for the area, so no region is named.
    expect(graph.municipalities!.GM0479).toMatchObject({ name: 'Zaanstad', region: 'Zaanstreek-Waterland', veiligThuis: null });
    expect(graph.municipalities!.GM0344).toMatchObject({ name: 'Utrecht', subregion: 'Utrecht' });
    expect(graph.municipalities!.GM1961).toMatchObject({ name: 'Vijfheerenlanden', subregion: 'Lekstroom' });
    // Outside the seed regions: national facts only, nothing guessed.
    expect(graph.municipalities!.GM0935).toMatchObject({
      name: 'Maastricht',
      province: 'Limburg',
      veiligThuis: 'Veilig Thuis Zuid-Limburg',
      website: null,
      contact: null,
      region: null,
    });
    expect(graph.municipalities!.GM0599).toMatchObject({ name: 'Rotterdam', veiligThuis: null });
  });

  it('keeps split former municipalities honest: Haaren belongs to four, each with its village', () => {
    const haaren = all
      .filter((m) => m.partOf.some((p) => p.name === 'Haaren'))
      .map((m) => m.name)
      .sort();
    expect(haaren).toEqual(['Boxtel', 'Oisterwijk', 'Tilburg', 'Vught']);
    expect(graph.municipalities!.GM0865.aliases).toContain('Helvoirt');
  });

  it('has the verified municipal numbers of helplines.md, and no other', () => {
    const numbers = Object.fromEntries(all.filter((m) => m.contact).map((m) => [m.name, m.contact!.phone.display]));
    expect(numbers).toEqual({ 'Den Haag': '14070', Utrecht: '14 030', Zoetermeer: '14 079', Zaanstad: '14 075' });
    expect(graph.municipalities!.GM0344.contact!.hours).toMatchObject({ weekly: { wo: [['09:00', '13:00']] } });
  });

  it('keeps the Food Valley exception: Veilig Thuis Utrecht, but no shelter named', () => {
    for (const code of ['GM0345', 'GM0340', 'GM0339']) {
      expect(graph.municipalities![code]).toMatchObject({ subregion: 'Food Valley', veiligThuis: 'Veilig Thuis Utrecht' });
      expect(graph.municipalities![code].local.opvang).toBeNull();
    }
    expect(graph.municipalities!.GM0307.local.opvang).toMatchObject({ service: 'moviera' });
  });

  it('compiles with no errors and only the expected age warning', () => {
    const diagnostics = codes(localInput());
    expect(diagnostics.map((d) => `${d.code} ${d.message}`).sort()).toEqual([
      'WW035 Den Haag (GM0518) was last checked in 2020, more than a year ago.',
      'WW035 Utrecht, lokaal-team was last checked in 2025-01-15, more than a year ago.',
      'WW035 Zaanstad (GM0479) was last checked in 2020-03, more than a year ago.',
    ]);
  });

  it('carries the holiday list, this year and next', () => {
    expect(graph.holidays).toContain('2026-12-25');
    expect(graph.holidays).toContain('2027-04-27');
  });
});

describe('the validator', () => {
  it('WW030: a missing field names the municipality and the field', () => {
    const [d] = codes(withFile('haaglanden.json', (data) => delete data.municipalities[0].source)).filter((d) => d.code === 'WW030');
    expect(d).toMatchObject({ code: 'WW030', severity: 'error', file: 'flows/gemeenten/haaglanden.json' });
    expect(d.message).toContain('GM0503');
    expect(d.message).toContain('"source" is missing');
    expect(d.message).not.toContain('Invalid input');
    expect(d.line).toBeGreaterThan(1);
  });

  it("WW030: a wrong phone number reads in the editor's words, at the number's line, with a hint to the right file", () => {
    const input = withFile('utrecht.json', (data) => {
      // biome-ignore lint/suspicious/noExplicitAny: one entry of the parsed file.
      const utrecht = data.municipalities.find((m: any) => m.code === 'GM0344');
      utrecht.contact.phone.tel = '030-14030';
    });
    setEditorLanguage('nl');
    try {
      const found = compile(input).diagnostics.filter((d) => d.severity === 'error');
      expect(found).toHaveLength(1);
      const source = input.municipalities!.find((f) => f.file.endsWith('utrecht.json'))!.source;
      expect(found[0]).toMatchObject({ code: 'WW030', line: source.split('\n').findIndex((l) => l.includes('"030-14030"')) + 1 });
      expect(found[0].message).toContain('het telefoonnummer om te bellen mag alleen cijfers bevatten, zonder spaties of streepjes');
      expect(found[0].hint).toContain('docs/local-help.md');
      expect(found[0].hint).not.toContain('source en verified');
    } finally {
      setEditorLanguage('en');
    }
  });

  it('WW030: a syntax error is one finding, at its real line (src/compiler/source.ts)', () => {
    const input = localInput((input) => {
      const file = input.municipalities!.find((f) => f.file.endsWith('utrecht.json'))!;
      file.source = file.source.replace('"region": {', '"region": {,');
    });
    const file = input.municipalities!.find((f) => f.file.endsWith('utrecht.json'))!;
    const found = compile(input).diagnostics.filter((d) => d.file === file.file);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'WW030', line: file.source.split('\n').findIndex((l) => l.includes('"region": {,')) + 1 });
    expect(found[0].line).toBeGreaterThan(1);
  });

  it('nothing cascades from a file that is not JSON: the registry or the national list is one finding', () => {
    const registry = compile(
      localInput((input) => (input.services.source = input.services.source.replace('"services": [', '"services": [,'))),
    );
    expect(registry.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.file, d.code])).toEqual([
      ['flows/services.json', 'WW012'],
    ]);
    const national = compile(
      localInput((input) => {
        const file = input.municipalities!.find((f) => f.file.endsWith('nederland.json'))!;
        file.source = file.source.replace('"municipalities": [', '"municipalities": [,');
      }),
    );
    expect(national.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual(['WW030']);
  });

  it('WW030: broken JSON and a wrong shape', () => {
    const broken = localInput((input) => (input.municipalities![0].source = '{ "format": 1, '));
    expect(codes(broken).find((d) => d.code === 'WW030')).toMatchObject({ code: 'WW030', line: 1 });
    expect(codes(withFile('utrecht.json', (data) => delete data.municipalities)).map((d) => d.code)).toContain('WW030');
    // The Veilig Thuis region has one home: nederland.json.
    const vtHere = codes(withFile('utrecht.json', (data) => (data.region.veiligThuis = 'Veilig Thuis Utrecht'))).find(
      (d) => d.code === 'WW030',
    );
    expect(vtHere?.hint).toContain('nederland.json');
  });

  it('WW031: an unknown Veilig Thuis region or sub-region', () => {
    const vt = codes(withFile('nederland.json', (data) => (data.municipalities[0].veiligThuis = 'Veilig Thuis Narnia')));
    expect(vt.find((d) => d.code === 'WW031')?.message).toContain('Narnia');
    const sub = codes(withFile('utrecht.json', (data) => (data.municipalities[0].subregion = 'Utrecht-West')));
    expect(sub.find((d) => d.code === 'WW031')?.message).toContain('Utrecht-West');
  });

  it('WW032: a code used twice, also across files', () => {
    const twice = codes(withFile('haaglanden.json', (data) => data.municipalities.push({ ...data.municipalities[0], name: 'Delft 2' })));
    expect(twice.find((d) => d.code === 'WW032')?.message).toContain('GM0503');
    const national = codes(withFile('nederland.json', (data) => data.municipalities.push(data.municipalities[0])));
    expect(national.find((d) => d.code === 'WW032')?.message).toContain(' twice');
    const across = codes(withFile('haaglanden.json', (data) => (data.municipalities[0].code = 'GM0344')));
    expect(across.find((d) => d.code === 'WW032')?.message).toContain('GM0344');
  });

  it('WW033: a code that is not GM and four digits', () => {
    for (const bad of ['0637', 'GM637', 'gm0637', 'GM06370']) {
      const found = codes(withFile('haaglanden.json', (data) => (data.municipalities[8].code = bad)));
      expect(found.find((d) => d.code === 'WW033')?.message, bad).toContain(bad);
    }
  });

  it('WW034: a number without a check date is an error; with one it is shown', () => {
    const phone = { display: '14 079', tel: '14079' };
    const unverified = compile(
      withFile(
        'haaglanden.json',
        (data) =>
          (data.municipalities[8].local = {
            'lokaal-team': { name: 'Wijkteam', kind: 'wijkteam', phone, source: 'guess', verified: null },
          }),
      ),
    );
    expect(unverified.graph).toBeNull();
    expect(unverified.diagnostics.find((d) => d.code === 'WW034')?.message).toContain('14 079');
    const verified = compile(
      withFile(
        'haaglanden.json',
        (data) =>
          (data.municipalities[8].local = {
            'lokaal-team': { name: 'Wijkteam', kind: 'wijkteam', phone, source: 'zoetermeer.nl', verified: '2026-11-01' },
          }),
      ),
    );
    expect(verified.graph).not.toBeNull();
  });

  it('WW035: a check more than 12 months before the compile date warns, relative to that date', () => {
    const old = withFile('haaglanden.json', (data) => (data.municipalities[8].verified = '2025-06-01'));
    expect(codes(old).find((d) => d.code === 'WW035')).toMatchObject({ severity: 'warning' });
    old.today = new Date('2026-01-01T12:00:00Z');
    expect(codes(old).filter((d) => d.code === 'WW035' && d.message.includes('Zoetermeer'))).toEqual([]);
  });

  it('WW060: a national list with more or fewer municipalities than CBS counts', () => {
    const fewer = codes(withFile('nederland.json', (data) => data.municipalities.pop()));
    expect(fewer.find((d) => d.code === 'WW060')?.message).toContain('341 valid municipalities, but CBS counts 342');
  });

  it('WW061: local data for a code that is not a municipality (any more)', () => {
    const gone = codes(withFile('zaanstreek-waterland.json', (data) => (data.municipalities[0].code = 'GM0370')));
    expect(gone.find((d) => d.code === 'WW061')?.message).toContain('GM0370');
  });

  it('WW062: a name that differs from the national list', () => {
    const other = codes(withFile('haaglanden.json', (data) => (data.municipalities[1].name = "'s-Gravenhage")));
    expect(other.find((d) => d.code === 'WW062')?.message).toContain('"Den Haag"');
  });

  it('WW036: local help for a service that is not a local placeholder', () => {
    const unknown = codes(withFile('haaglanden.json', (data) => (data.municipalities[8].local = { wijkteam: null })));
    expect(unknown.find((d) => d.code === 'WW036')?.message).toContain('"wijkteam"');
    const national = codes(withFile('haaglanden.json', (data) => (data.municipalities[8].local = { 'veilig-thuis': null })));
    expect(national.map((d) => d.code)).toContain('WW036');
    const badRef = codes(withFile('utrecht.json', (data) => (data.region.local.opvang.service = 'moviera-x')));
    expect(badRef.find((d) => d.code === 'WW036')?.message).toContain('moviera-x');
  });
});
