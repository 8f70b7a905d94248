// The municipality matcher shared by the site's picker and the widget's.
// The same queries run through both pickers in Chromium in tests/browser/same-on-both.test.ts.
import { describe, expect, test } from 'vitest';
import { localGraph } from '../../tests/support/local.js';
import { municipalitySummaries } from '../local/summaries.js';
import { countText, fold, MunicipalitySearch, matchLabel } from './municipality-search.js';

const list = [
  { code: 'GM0518', name: 'Den Haag', aliases: ["'s-Gravenhage", 'Scheveningen'] },
  { code: 'GM1916', name: 'Leidschendam-Voorburg', aliases: ['Leidschendam', 'Voorburg', 'Stompwijk'] },
  { code: 'GM0439', name: 'Purmerend', aliases: ['Beemster', 'Middenbeemster'] },
  { code: 'GM1900', name: 'Súdwest-Fryslân' },
  { code: 'GM0363', name: 'Amsterdam' },
  { code: 'GM0479', name: 'Zaanstad' },
  { code: 'GM0431', name: 'Oostzaan' },
];
const search = new MunicipalitySearch(list);
const names = (q: string) => search.search(q).map(matchLabel);

describe('fold', () => {
  test('case, accents, dashes and punctuation', () => {
    expect(fold("'s-Gravenhage")).toBe('s gravenhage');
    expect(fold('Súdwest-Fryslân')).toBe('sudwest fryslan');
    expect(fold('  Rijswijk (ZH.) ')).toBe('rijswijk zh');
  });
});

describe('MunicipalitySearch', () => {
  test('dashes and spaces are the same', () => {
    expect(names('leidschendam voorburg')).toEqual(['Leidschendam-Voorburg']);
    expect(names('Leidschendam-Voorburg')).toEqual(['Leidschendam-Voorburg']);
    expect(names('voorburg')).toEqual(['Leidschendam-Voorburg']);
  });

  test('former and official names, with the name that matched', () => {
    expect(names('s-gravenhage')).toEqual(["Den Haag ('s-Gravenhage)"]);
    expect(names("'s Gravenhage")).toEqual(["Den Haag ('s-Gravenhage)"]);
    expect(names('den haag')).toEqual(['Den Haag']);
    expect(names('beemster')).toEqual(['Purmerend (Beemster)']);
  });

  test('accents are ignored either way', () => {
    expect(names('sudwest')).toEqual(['Súdwest-Fryslân']);
    expect(names('Súdwest fryslan')).toEqual(['Súdwest-Fryslân']);
  });

  test('name start, then word start, then other names, then inside a name', () => {
    expect(names('zaan')).toEqual(['Zaanstad', 'Oostzaan']);
    expect(search.search('').length).toBe(list.length);
  });

  test('exact names, by any name', () => {
    expect(search.exact('den-haag')?.code).toBe('GM0518');
    expect(search.exact('Beemster')?.code).toBe('GM0439');
    expect(search.exact('den')).toBeNull();
  });

  test('whole country: spaces left out, a former name split over four, a name that is also a place', () => {
    const country = new MunicipalitySearch(municipalitySummaries(localGraph()));
    const found = (q: string) => country.search(q).map(matchLabel);
    expect(found('sudwest fryslan')[0]).toBe('Súdwest-Fryslân');
    expect(found('den bosch')[0]).toBe('Den Bosch');
    expect(found('hertogenbosch')[0]).toBe("Den Bosch ('s-Hertogenbosch)");
    expect(found('s-gravenhage')[0]).toBe("Den Haag ('s-Gravenhage)");
    expect(found('sgravenhage')[0]).toBe("Den Haag ('s-Gravenhage)");
    expect(found('denhaag')[0]).toBe('Den Haag');
    expect(found('weesp')).toEqual(['Amsterdam (Weesp)']);
    expect(found('beemster')).toEqual(['Purmerend (Beemster)']);
    expect(found('haaren').sort()).toEqual(['Boxtel (Haaren)', 'Oisterwijk (Haaren)', 'Tilburg (Haaren)', 'Vught (Haaren)']);
    expect(country.exact('Haaren')).toBeNull();
    expect(country.exact('Helvoirt')?.name).toBe('Vught');
    expect(country.exact('weesp')?.name).toBe('Amsterdam');
    expect(country.exact('Den Haag')?.code).toBe('GM0518');
    expect(found('xyzzy')).toEqual([]);
    expect(found('<script>')).toEqual([]);
    expect(found('a'.repeat(10_000))).toEqual([]);
  });

  test('count texts', () => {
    expect([countText(0), countText(1), countText(4)]).toEqual([
      'Geen gemeente gevonden. Typ een andere naam.',
      '1 gemeente gevonden.',
      '4 gemeenten gevonden.',
    ]);
  });
});
