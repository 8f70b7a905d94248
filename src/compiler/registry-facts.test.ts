// WW040 (public source) and WW041 ("gratis" backed by a source), through the
// real compiler and on the pure checks.
import { describe, expect, it } from 'vitest';
import type { Service } from '../shared/api-types.js';
import { compile } from './compile.js';
import { diag, setEditorLanguage } from './diagnostics.js';
import { freeProblem, publicSourceProblem } from './registry-facts.js';

// These tests assert the English texts of the diagnostics catalogue.
setEditorLanguage('en');

const emergency = {
  id: '112',
  name: '112',
  purpose: 'Bij gevaar nu.',
  channels: [{ kind: 'phone', display: '112', tel: '112', hours: '24/7', cost: 'gratis' }],
  free: true,
  freeSource: 'politie.nl (2021-02): free',
  anonymous: false,
  scope: 'national',
  source: 'politie.nl (2021-02)',
  publicSource: 'politie.nl, februari 2021',
  verified: '2021-02',
};
const flow = {
  file: 'flows/test.md',
  source: '---\nformat: 1\nid: test\ntitle: T\naudience: iedereen\nlang: nl\n---\n\n## begin\nBel 112.\n\nHulp: 112\n',
};

function diagnosticsFor(changes: Record<string, unknown>) {
  const service = { ...emergency, ...changes };
  for (const [key, value] of Object.entries(changes)) if (value === undefined) delete (service as Record<string, unknown>)[key];
  const result = compile({
    flows: [flow],
    services: { file: 'flows/services.json', source: JSON.stringify({ format: 1, services: [service] }, null, 2) },
    today: new Date('2021-06-01'),
  });
  return result.diagnostics.map((d) => [d.code, d.severity, d.line, d.message]);
}

/** freeProblem's finding as the editor reads it (in English, see above). */
function freeText(service: Service): string | null {
  const problem = freeProblem(service);
  return problem && diag('WW041', 'flows/services.json', 1, { id: service.id, ...problem.values }, problem.variant).message;
}

describe('WW040: every service has a public source in Dutch', () => {
  it('passes an address and a date', () => {
    expect(diagnosticsFor({})).toEqual([]);
  });

  it('is an error when it is missing, and names the entry at its line', () => {
    expect(diagnosticsFor({ publicSource: undefined })).toEqual([['WW040', 'error', 5, '"112" has no "publicSource".']]);
  });

  it('refuses editors\' notes: seeds, line numbers, file names, "via", English', () => {
    for (const note of [
      'seed 000 L310',
      'Regiovisie, L284',
      'via helplines.md',
      'politie.nl (n.d.)',
      'generic advice',
      'politie.nl, verified 2021',
      'number not found',
      'services.json',
    ]) {
      expect(
        diagnosticsFor({ publicSource: note }).map((d) => d[0]),
        note,
      ).toEqual(['WW040']);
    }
  });

  it('accepts Dutch that merely contains those letters', () => {
    for (const fine of [
      'notaris.nl, 2024',
      'kindertelefoon.nl, 2024; ANP, december 2025',
      'blijfgroep.nl (zonder datum)',
      'Algemeen advies uit plannen van Rijk en gemeenten',
      'De website van je gemeente',
    ]) {
      expect(publicSourceProblem(fine), fine).toBeNull();
    }
  });
});

describe('WW041: "gratis" only where a source says so', () => {
  const base = emergency as unknown as Service;

  it('passes free: true with a freeSource and every number "gratis"', () => {
    expect(freeProblem(base)).toBeNull();
    expect(diagnosticsFor({})).toEqual([]);
  });

  it('fails free: true without a freeSource', () => {
    expect(diagnosticsFor({ freeSource: undefined }).map((d) => [d[0], d[1]])).toEqual([['WW041', 'error']]);
  });

  it('fails free: true next to a number that costs money, or whose cost is not given', () => {
    expect(
      freeText({
        ...base,
        channels: [{ kind: 'phone', display: '0900-8844', tel: '09008844', hours: 'unknown', cost: '2 cent per minuut' }],
      }),
    ).toContain('0900-8844');
    expect(freeText({ ...base, channels: [{ kind: 'phone', display: '088-1', tel: '0881', hours: 'unknown' }] })).toContain('no "cost"');
  });

  it('fails "cost": "gratis" when free is not true', () => {
    expect(diagnosticsFor({ free: null, freeSource: undefined }).map((d) => d[0])).toEqual(['WW041']);
    expect(freeText({ ...base, free: false })).toContain('"free" is false');
  });

  it('passes an entry that promises nothing about cost', () => {
    expect(
      freeProblem({
        ...base,
        free: null,
        freeSource: undefined,
        channels: [{ kind: 'phone', display: '112', tel: '112', hours: '24/7', cost: 'wat een gewoon telefoongesprek kost' }],
      }),
    ).toBeNull();
    expect(freeProblem({ ...base, free: null, freeSource: undefined, channels: [] })).toBeNull();
  });
});
