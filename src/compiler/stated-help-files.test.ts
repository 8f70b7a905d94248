// flows/gemeenten/gemeente-GM0000.json: help a municipality states itself,
// through compile() with the shipped data (WW050–WW058).
import { describe, expect, it } from 'vitest';
import { localInput } from '../../tests/support/local.js';
import { flowViewFor } from '../local/resolve.js';
import { compile } from './compile.js';
import { setEditorLanguage } from './diagnostics.js';

// These tests assert the English texts of the diagnostics catalogue.
setEditorLanguage('en');

const good = {
  versie: 1,
  gemeente: 'GM0637',
  naam: 'Sociaal team Zoetermeer',
  telefoon: '14 079',
  website: 'https://www.zoetermeer.nl/sociaal-team',
  datum: '2026-12-01',
};

function compileWith(name: string, source: string) {
  return compile(localInput((input) => input.municipalities!.push({ file: `flows/gemeenten/${name}`, source })));
}
const stated = (result: ReturnType<typeof compileWith>) => result.diagnostics.filter((d) => d.code >= 'WW050' && d.code <= 'WW059');

describe('a stated-help file', () => {
  it('puts the block on its municipality, and the API passes it on for that municipality only', () => {
    const result = compileWith('gemeente-GM0637.json', JSON.stringify(good, null, 2));
    expect(stated(result)).toEqual([]);
    expect(result.graph!.municipalities!.GM0637.stated).toEqual({
      ...good,
      versie: undefined,
      telefoon: { display: '14 079', tel: '14079' },
    });
    expect(flowViewFor(result.graph!, 'lokaal', 'GM0637')!.municipality!.stated?.naam).toBe('Sociaal team Zoetermeer');
    expect(flowViewFor(result.graph!, 'lokaal', 'GM0344')!.municipality!.stated).toBeUndefined();
    expect(flowViewFor(result.graph!, 'lokaal')!.municipality).toBeUndefined();
  });

  it('is not read as a region file', () => {
    const result = compileWith('gemeente-GM0637.json', JSON.stringify(good));
    expect(result.diagnostics.filter((d) => d.code === 'WW030')).toEqual([]);
  });

  it.each([
    ['HTML in a field', { ...good, notitie: '<a href="x">klik</a>' }, 'WW055', 'notitie'],
    ['a javascript: link', { ...good, website: 'javascript:alert(1)' }, 'WW054', 'website'],
    ['a premium-rate number', { ...good, telefoon: '0900-1234567' }, 'WW053', 'telefoon'],
    ['a foreign number', { ...good, telefoon: '+32 2 123 45 67' }, 'WW053', 'telefoon'],
    ['10 KB of text', { ...good, notitie: 'x'.repeat(10_240) }, 'WW050', ''],
    ['another version', { ...good, versie: 2 }, 'WW051', 'versie'],
    ['a block for another municipality', { ...good, gemeente: 'GM0344' }, 'WW052', 'gemeente'],
    ['no date', { ...good, datum: undefined }, 'WW057', ''],
    ['an unknown field', { ...good, email: 'team@zoetermeer.nl' }, 'WW058', 'email'],
  ])('%s: %s, on its line, and the file compiles no unchecked help', (_what, block, code, field) => {
    const source = JSON.stringify(block, null, 2);
    const result = compileWith('gemeente-GM0637.json', source);
    const found = stated(result);
    expect(found.map((d) => d.code)).toContain(code);
    const d = found.find((x) => x.code === code)!;
    expect(d.message).toMatch(/^Zoetermeer: /);
    if (field) expect(source.split('\n')[d.line - 1]).toContain(`"${field}"`);
    if (code === 'WW058') {
      expect(d.severity).toBe('warning');
      expect(result.graph!.municipalities!.GM0637.stated).not.toHaveProperty('email');
    } else expect(result.graph).toBeNull();
  });

  it('malformed JSON and an unknown municipality are errors', () => {
    expect(stated(compileWith('gemeente-GM0637.json', '{"versie": 1,')).map((d) => d.code)).toEqual(['WW050']);
    const unknown = compileWith('gemeente-GM9999.json', JSON.stringify({ ...good, gemeente: 'GM9999' }));
    expect(stated(unknown)).toMatchObject([{ code: 'WW052', message: expect.stringContaining('GM9999 is not a municipality') }]);
  });
});
