import { describe, expect, test } from 'vitest';
import { dutchPhone, MAX_BLOCK_CHARS, readStatedHelp } from './stated-local-help.js';

const good = {
  versie: 1,
  gemeente: 'GM0637',
  naam: 'Sociaal team Zoetermeer',
  telefoon: '14 079',
  tijden: 'Maandag tot en met vrijdag van 8.30 tot 17.00 uur',
  website: 'https://www.zoetermeer.nl/hulp',
  notitie: 'Je kunt ook langskomen.',
};
const read = (block: unknown, gemeente = 'GM0637') => readStatedHelp(typeof block === 'string' ? block : JSON.stringify(block), gemeente);
const codes = (block: unknown, gemeente?: string) => read(block, gemeente).problems.map((p) => p.code);

describe('Dutch phone numbers', () => {
  test.each([
    ['0800-2000', '08002000'],
    ['0800 0188', '08000188'],
    ['14 079', '14079'],
    ['14 0570', '140570'],
    ['079 346 89 00', '0793468900'],
    ['(070) 353 30 00', '0703533000'],
    ['06-12345678', '0612345678'],
    ['088 123 4567', '0881234567'],
    ['+31 79 346 8900', '0793468900'],
    ['0031 (0)79 346 8900', '0793468900'],
  ])('%s is accepted as %s', (text, tel) => {
    expect(dutchPhone(text)).toEqual({ display: text, tel });
  });

  test.each([
    '0900-1234567',
    '0906 123456',
    '0909-123456',
    '+32 2 123 45 67',
    '0049 30 1234567',
    '+44 20 7946 0958',
    '112',
    '079 346 89',
    '0800-12',
    'bel ons',
  ])('%s is refused', (text) => {
    expect(dutchPhone(text)).toBeNull();
  });
});

describe('a stated-help block', () => {
  test('a good block passes whole, as plain data', () => {
    expect(read(good)).toEqual({
      help: {
        gemeente: 'GM0637',
        naam: 'Sociaal team Zoetermeer',
        telefoon: { display: '14 079', tel: '14079' },
        tijden: good.tijden,
        website: 'https://www.zoetermeer.nl/hulp',
        notitie: good.notitie,
      },
      problems: [],
    });
  });

  test('malformed JSON, not an object, 10 KB of text: ignored (WW050)', () => {
    expect(read('{"versie":1,')).toMatchObject({ help: null, problems: [{ code: 'WW050' }] });
    expect(read('[1,2]').problems[0].code).toBe('WW050');
    expect(read('null').problems[0].code).toBe('WW050');
    const huge = JSON.stringify({ ...good, notitie: 'x'.repeat(10 * 1024) });
    expect(huge.length).toBeGreaterThan(MAX_BLOCK_CHARS);
    expect(read(huge)).toMatchObject({ help: null, problems: [{ code: 'WW050' }] });
  });

  test('another version or another municipality: ignored (WW051, WW052)', () => {
    expect(read({ ...good, versie: 2 })).toMatchObject({ help: null, problems: [{ code: 'WW051' }] });
    expect(read({ ...good, versie: '1' }).help).toBeNull();
    expect(read({ ...good, gemeente: 'GM0344' })).toMatchObject({ help: null, problems: [{ code: 'WW052' }] });
    expect(readStatedHelp(JSON.stringify(good), undefined)).toMatchObject({ help: null, problems: [{ code: 'WW052' }] });
  });

  test('HTML in a field: the field is left out (WW055); in the name the block goes', () => {
    const note = read({ ...good, notitie: 'Bel <b>nu</b>' });
    expect(note.help?.notitie).toBeUndefined();
    expect(note.help?.naam).toBe(good.naam);
    expect(note.problems.map((p) => p.code)).toEqual(['WW055']);
    expect(codes({ ...good, tijden: 'ma&nbsp;t/m vr' })).toEqual(['WW055']);
    expect(read({ ...good, naam: '<img src=x onerror=alert(1)>' })).toMatchObject({ help: null });
    expect(codes({ ...good, naam: '<script>' })).toEqual(['WW055', 'WW057']);
  });

  test('a javascript: or http link is left out (WW054); without phone and link the block goes (WW057)', () => {
    expect(read({ ...good, website: 'javascript:alert(1)' }).help?.website).toBeUndefined();
    expect(codes({ ...good, website: 'javascript:alert(1)' })).toEqual(['WW054']);
    expect(codes({ ...good, website: 'http://www.zoetermeer.nl' })).toEqual(['WW054']);
    expect(codes({ ...good, website: 'https://user:pw@example.org' })).toEqual(['WW054']);
    const { telefoon: _t, ...noPhone } = good;
    expect(read({ ...noPhone, website: 'javascript:alert(1)' })).toMatchObject({
      help: null,
      problems: [{ code: 'WW054' }, { code: 'WW057' }],
    });
  });

  test('a premium or foreign number is left out (WW053)', () => {
    expect(read({ ...good, telefoon: '0900-8844' }).help?.telefoon).toBeUndefined();
    expect(codes({ ...good, telefoon: '0900-8844' })).toEqual(['WW053']);
    expect(codes({ ...good, telefoon: '+32 2 123 45 67' })).toEqual(['WW053']);
  });

  test('too long, not text, unknown fields', () => {
    expect(codes({ ...good, notitie: 'Een zin. '.repeat(30) })).toEqual(['WW056']);
    expect(codes({ ...good, tijden: 8 })).toEqual(['WW057']);
    expect(codes({ ...good, email: 'a@b.nl' })).toEqual(['WW058']);
    expect(read({ ...good, email: 'a@b.nl' }).help).not.toHaveProperty('email');
    expect(read({ ...good, datum: '2026-12-01' }).help?.datum).toBe('2026-12-01');
  });

  test('every message names the field and what is wrong', () => {
    expect(read({ ...good, telefoon: '0900-8844', website: 'ftp://x', notitie: '<i>', extra: 1 }).problems.map((p) => p.message)).toEqual([
      'telefoon: not a Dutch number at normal rates',
      'website: not https://',
      'notitie: HTML',
      'extra: unknown field',
      'blok: needs naam, and telefoon or website',
    ]);
  });
});
