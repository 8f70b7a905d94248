import { describe, expect, it } from 'vitest';
import { emergencyEntry } from '../../tests/support/registry-entries.js';
import { compile, type SourceFile } from './compile.js';
import { setEditorLanguage } from './diagnostics.js';
import { deepestPathToHelp, isDayAndNight, structureCheck } from './structure.js';

// These tests assert the English texts of the diagnostics catalogue.
setEditorLanguage('en');

const today = new Date('2026-06-01T12:00:00Z');
const emergency = emergencyEntry;
const vt = {
  id: 'veilig-thuis',
  name: 'Veilig Thuis',
  purpose: 'Advies.',
  channels: [{ kind: 'phone', display: '0800-2000', tel: '08002000', hours: '24/7' }],
  free: null,
  anonymous: true,
  scope: 'national',
  source: 'test',
  publicSource: 'voorbeeld.nl, 2026',
  verified: '2026-01-01',
};
/** A service with office hours only: help, but not day and night. */
const office = {
  id: 'kantoor',
  name: 'Kantoor',
  purpose: 'Op werkdagen.',
  channels: [
    { kind: 'phone', display: '0800-1234', tel: '08001234', hours: { weekly: { ma: [['09:00', '17:00']] }, publicHolidays: 'closed' } },
  ],
  free: null,
  anonymous: null,
  scope: 'national',
  source: 'test',
  publicSource: 'voorbeeld.nl, 2026',
  verified: '2026-01-01',
};

function registry(services: object[] = [emergency, vt]): SourceFile {
  return { file: 'flows/services.json', source: JSON.stringify({ format: 1, services, roles: { emergency: '112' } }, null, 2) };
}

const file = (id: string, body: string): SourceFile => ({
  file: `flows/${id}.md`,
  source: `---\nformat: 1\nid: ${id}\ntitle: T\naudience: iedereen\nlang: nl\n---\n\n${body}`,
});

function run(body: string, services?: object[]) {
  return compile({ flows: [file('test', body)], services: registry(services), today }, [structureCheck]);
}

const codes = (body: string, services?: object[]) => run(body, services).diagnostics.map((d) => [d.code, d.line]);

const good = `## begin
Wat is er?

- [Er is nu gevaar](#gevaar)
- [Ik twijfel](#twijfel)

## gevaar
Bel 112.

Hulp: 112

## twijfel
Vraag advies.

Hulp: veilig-thuis
`;

/** A chain of `n` questions before the help: begin → q1 → … → help. */
function chain(n: number): string {
  let body = '## begin\nStart.\n\n- [Er is nu gevaar](#gevaar)\n- [Verder](#q1)\n\n## gevaar\nBel 112.\n\nHulp: 112\n\n';
  for (let i = 1; i < n; i++) body += `## q${i}\nVraag ${i}.\n\n- [Verder ${i}](#q${i + 1})\n\n`;
  return body + `## q${n}\nHulp.\n\nHulp: veilig-thuis\n`;
}

describe('structureCheck', () => {
  it('passes a conversation where every path ends at help', () => {
    expect(run(good).diagnostics).toEqual([]);
  });

  it('gives WW023 for an end without help', () => {
    expect(codes(good.replace('Hulp: veilig-thuis', 'Einde'))).toEqual([['WW023', 20]]);
    expect(run(good.replace('Hulp: veilig-thuis', 'Einde')).diagnostics[0].message).toContain('ends the conversation without help');
  });

  it('gives WW023 for a loop that never reaches help', () => {
    const loop = good.replace(
      'Vraag advies.\n\nHulp: veilig-thuis',
      'Vraag advies.\n\n- [Nog eens](#rond)\n\n## rond\nRond.\n\n- [Terug](#twijfel)',
    );
    expect(codes(loop)).toEqual([
      ['WW023', 20],
      ['WW023', 25],
    ]);
  });

  it('gives WW024 when help is more than 6 choices away, and names the path', () => {
    expect(codes(chain(6))).toEqual([]);
    const diagnostics = run(chain(7)).diagnostics;
    expect(diagnostics.map((d) => d.code)).toEqual(['WW024']);
    expect(diagnostics[0].message).toContain('7 choices');
    expect(diagnostics[0].message).toContain('Verder › Verder 1 › Verder 2');
  });

  it('reports the deepest path to help, through the nearest help from each step', () => {
    const graph = run(chain(3)).graph!;
    expect(deepestPathToHelp(graph, 'test')).toEqual({
      choices: 3,
      labels: ['Verder', 'Verder 1', 'Verder 2'],
      steps: ['test/begin', 'test/q1', 'test/q2', 'test/q3'],
    });
    expect(deepestPathToHelp(run(good).graph!, 'test')?.choices).toBe(1);
  });

  it('ends a path at its first help: steps after a signpost do not count', () => {
    const onwards = good.replace(
      'Vraag advies.\n\nHulp: veilig-thuis',
      'Vraag advies.\n\nHulp: veilig-thuis\n\n- [Meer](#meer)\n\n## meer\nMeer.\n\n- [Nog meer](#gevaar)',
    );
    expect(run(onwards).diagnostics).toEqual([]);
    expect(deepestPathToHelp(run(onwards).graph!, 'test')).toEqual({
      choices: 1,
      labels: ['Er is nu gevaar'],
      steps: ['test/begin', 'test/gevaar'],
    });
  });

  it('gives WW025 when 112 is more than 2 choices from the start', () => {
    const far = good.replace('(#gevaar)', '(#een)') + '\n## een\nEen.\n\n- [Twee](#twee)\n\n## twee\nTwee.\n\n- [Drie](#gevaar)\n';
    expect(codes(far)).toEqual([['WW025', 9]]);
    expect(codes(good.replace('- [Er is nu gevaar](#gevaar)\n', '').replace('Hulp: 112', 'Hulp: veilig-thuis'))).toContainEqual([
      'WW025',
      9,
    ]);
  });

  it('counts 112 on the start step itself as near', () => {
    expect(codes('## begin\nBel 112 bij gevaar.\n\nHulp: 112\n')).toEqual([]);
  });

  it('gives WW026 when 112 is missing, unverified or has no 112 number', () => {
    const noHelp = good.replace('Hulp: 112', 'Hulp: veilig-thuis');
    expect(run(noHelp, [vt]).diagnostics.map((d) => d.code)).toEqual(['WW026', 'WW025']);
    const unverified = { ...emergency, channels: [{ kind: 'web', url: 'https://112.nl', label: '112', hours: '24/7' }], verified: null };
    // An unverified 112 is no day-and-night line either, so its step also gets WW027.
    expect(run(good, [unverified, vt]).diagnostics.map((d) => [d.code, d.file])).toEqual([
      ['WW026', 'flows/services.json'],
      ['WW027', 'flows/test.md'],
    ]);
    expect(run(good, [{ ...emergency, channels: [] }, vt]).diagnostics[0].message).toContain('no phone channel');
  });

  it('follows paths into other conversations', () => {
    const other = file(
      'ander',
      '## begin\nAnder.\n\n- [Er is nu gevaar](test#gevaar)\n- [Meer](#meer)\n\n## meer\nMeer.\n\n- [Nog](test#twijfel)\n',
    );
    const result = compile({ flows: [file('test', good), other], services: registry(), today }, [structureCheck]);
    expect(result.diagnostics).toEqual([]);
    expect(deepestPathToHelp(result.graph!, 'ander')?.labels).toEqual(['Meer', 'Nog']);
  });

  describe('WW027: every step with help shows a line open day and night', () => {
    const withOffice = good.replace('Hulp: veilig-thuis', 'Hulp: kantoor');
    const services = [emergency, vt, office];

    it('fires on a step whose only help keeps office hours, at that step', () => {
      const diagnostics = run(withOffice, services).diagnostics;
      expect(diagnostics.map((d) => [d.code, d.line, d.severity])).toEqual([['WW027', 20, 'error']]);
      expect(diagnostics[0].message).toContain('"twijfel"');
      expect(diagnostics[0].message).toContain('kantoor');
    });

    it('is satisfied by a verified 24/7 phone line next to it', () => {
      expect(run(withOffice.replace('Hulp: kantoor', 'Hulp: kantoor, veilig-thuis'), services).diagnostics).toEqual([]);
    });

    it('does not count a 24/7 line that is not verified, or a 24/7 chat', () => {
      const unverified = { ...vt, verified: null, channels: [] };
      expect(codes(good, [emergency, unverified])).toEqual([['WW027', 20]]);
      const chatOnly = { ...vt, channels: [{ kind: 'chat', url: 'https://chat.example', label: 'Chat', hours: '24/7' }] };
      expect(codes(good, [emergency, chatOnly])).toEqual([['WW027', 20]]);
      const unknownHours = { ...vt, channels: [{ ...vt.channels[0], hours: 'unknown' }] };
      expect(codes(good, [emergency, unknownHours])).toEqual([['WW027', 20]]);
    });

    it('leaves steps without help alone: they lead on to help', () => {
      expect(run(good, services).diagnostics.filter((d) => d.code === 'WW027')).toEqual([]);
    });

    it('isDayAndNight reads the data, not a list of ids', () => {
      expect(isDayAndNight(undefined)).toBe(false);
      expect(isDayAndNight({ ...office, id: 'veilig-thuis' } as never)).toBe(false);
      expect(
        isDayAndNight({ ...office, id: 'anders', channels: [{ kind: 'phone', display: '0800-1', tel: '08001', hours: '24/7' }] } as never),
      ).toBe(true);
    });
  });
});
