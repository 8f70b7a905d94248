import { describe, expect, it } from 'vitest';
import { emergencyEntry } from '../../tests/support/registry-entries.js';
import { compile, olderThanAYear, type SourceFile } from './compile.js';
import { type Code, setEditorLanguage } from './diagnostics.js';

// These tests assert the English texts of the diagnostics catalogue.
setEditorLanguage('en');

const registry = (extra: object[] = []): SourceFile => ({
  file: 'flows/services.json',
  source: JSON.stringify(
    {
      format: 1,
      services: [
        emergencyEntry,
        {
          id: 'veilig-thuis',
          name: 'Veilig Thuis',
          purpose: 'Advies of melding.',
          channels: [{ kind: 'phone', display: '0800-2000', tel: '08002000', hours: '24/7' }],
          free: null,
          anonymous: true,
          scope: 'national',
          source: 'test',
          publicSource: 'voorbeeld.nl, 2026',
          verified: '2026-01-01',
        },
        ...extra,
      ],
    },
    null,
    2,
  ),
});

const flow = (body: string, front = 'format: 1\nid: test\ntitle: Test\naudience: iedereen\nlang: nl'): SourceFile => ({
  file: 'flows/test.md',
  source: `---\n${front}\n---\n\n${body}`,
});

const today = new Date('2026-06-01T12:00:00Z');

function run(body: string, extra?: object[]) {
  return compile({ flows: [flow(body)], services: registry(extra), today }, []);
}

function codes(body: string, extra?: object[]): Code[] {
  return run(body, extra).diagnostics.map((d) => d.code as Code);
}

const good = `## begin
Is er nu gevaar?

- [Ja](#gevaar)
- [Nee](#zorgen)

## gevaar
Bel **meteen** 112.

Hulp: 112

## zorgen
Bel Veilig Thuis op 0800-2000. [Meer informatie](https://www.veiligthuis.nl).

Hulp: veilig-thuis
`;

describe('compile', () => {
  it('compiles a valid conversation into one graph', () => {
    const result = run(good);
    expect(result.diagnostics).toEqual([]);
    const graph = result.graph!;
    expect(graph.flows.test.start).toBe('test/begin');
    expect(Object.keys(graph.steps)).toEqual(['test/begin', 'test/gevaar', 'test/zorgen']);
    expect(graph.steps['test/begin'].choices).toEqual([
      { label: 'Ja', target: 'test/gevaar' },
      { label: 'Nee', target: 'test/zorgen' },
    ]);
    expect(graph.steps['test/gevaar'].services).toEqual(['112']);
    // A number from the registry becomes a call link, for the site and for the widget.
    expect(graph.steps['test/gevaar'].text.html).toBe('<p>Bel <strong>meteen</strong> <a href="tel:112">112</a>.</p>');
    expect(graph.steps['test/gevaar'].text.blocks).toEqual([
      {
        t: 'p',
        c: [
          { t: 'text', v: 'Bel ' },
          { t: 'strong', c: [{ t: 'text', v: 'meteen' }] },
          { t: 'text', v: ' ' },
          { t: 'link', href: 'tel:112', c: [{ t: 'text', v: '112' }] },
          { t: 'text', v: '.' },
        ],
      },
    ]);
    expect(graph.sources['test/zorgen']).toEqual({ file: 'flows/test.md', line: 20 });
  });

  it('gives each step its own heading and the step it is first reached from', () => {
    const graph = run(good.replace('## zorgen\n', '## zorgen\nTitel: Je maakt je zorgen\n')).graph!;
    expect(graph.steps['test/begin']).toMatchObject({ title: 'Test' });
    expect(graph.steps['test/begin'].parent).toBeUndefined();
    expect(graph.steps['test/gevaar']).toMatchObject({ title: 'Ja', parent: 'test/begin' });
    expect(graph.steps['test/zorgen']).toMatchObject({ title: 'Je maakt je zorgen', parent: 'test/begin' });
    expect(graph.steps['test/zorgen'].text.html).not.toContain('Titel');
  });

  it('gives every step a short stable key and the graph a content version', () => {
    const a = run(good).graph!;
    const b = run(good).graph!;
    const c = run(good.replace('Is er nu gevaar?', 'Is er op dit moment gevaar?')).graph!;
    expect(a.steps['test/begin'].key).toMatch(/^[0-9a-z]{7}$/);
    expect(a.steps['test/begin'].key).toBe(b.steps['test/begin'].key);
    expect(a.version).toBe(b.version);
    expect(c.version).not.toBe(a.version);
  });

  it('WW001: a choice to a missing step names file and line', () => {
    const result = run(good.replace('- [Nee](#zorgen)', '- [Nee](#zorgn)'));
    const d = result.diagnostics.find((x) => x.code === 'WW001')!;
    expect(d).toMatchObject({ file: 'flows/test.md', line: 13, severity: 'error' });
    expect(d.message).toContain('#zorgn');
    expect(result.graph).toBeNull();
  });

  it('WW001: a "start:" that names no step points at the start line', () => {
    const result = compile(
      { flows: [flow(good, 'format: 1\nid: test\ntitle: Test\naudience: iedereen\nlang: nl\nstart: begn')], services: registry(), today },
      [],
    );
    expect(result.diagnostics.find((d) => d.code === 'WW001')).toMatchObject({ file: 'flows/test.md', line: 7 });
  });

  it('resolves targets in other conversations', () => {
    const other: SourceFile = {
      file: 'flows/other.md',
      source: '---\nformat: 1\nid: other\ntitle: O\naudience: a\nlang: nl\n---\n## start\nHier.\n\nHulp: 112\n',
    };
    const main = flow('## begin\nKies.\n\n- [Naar de ander](other)\n- [Direct](other#start)\n');
    const result = compile({ flows: [main, other], services: registry(), today }, []);
    expect(result.diagnostics).toEqual([]);
    expect(result.graph!.steps['test/begin'].choices.map((c) => c.target)).toEqual(['other/start', 'other/start']);
  });

  it('WW002: a step nobody can reach is a warning, not an error', () => {
    const result = run(good + '\n## los\nNiemand komt hier.\n\nHulp: 112\n');
    expect(result.diagnostics.map((d) => [d.code, d.severity])).toEqual([['WW002', 'warning']]);
    expect(result.graph).not.toBeNull();
  });

  it('WW003: a step without choices, help or end is a dead end', () => {
    expect(codes(good.replace('Hulp: veilig-thuis', ''))).toContain('WW003');
    expect(codes(good.replace('Hulp: veilig-thuis', 'Einde'))).not.toContain('WW003');
  });

  it('WW004: duplicate step, conversation and service ids', () => {
    expect(codes(good + '\n## zorgen\nNog eens.\n\nHulp: 112\n')).toContain('WW004');
    const twice = compile({ flows: [flow(good), { ...flow(good), file: 'flows/copy.md' }], services: registry(), today }, []);
    expect(twice.diagnostics.find((d) => d.code === 'WW004')?.file).toBe('flows/copy.md');
    expect(
      codes(good, [
        {
          id: '112',
          name: 'x',
          purpose: 'x',
          channels: [],
          free: null,
          anonymous: true,
          scope: 'national',
          source: 's',
          publicSource: 'voorbeeld.nl, 2026',
          verified: null,
        },
      ]),
    ).toContain('WW004');
  });

  it('WW005: help from a service that is not in the registry', () => {
    const d = run(good.replace('Hulp: veilig-thuis', 'Hulp: veilig-thuuis')).diagnostics.find((x) => x.code === 'WW005')!;
    expect(d.line).toBe(23);
    expect(d.hint).toContain('veilig-thuis');
  });

  it('WW006: a step without text', () => {
    expect(codes(good.replace('Is er nu gevaar?', ''))).toContain('WW006');
  });

  it('WW007: raw HTML, inline or as a block, never reaches the output', () => {
    const inline = run(good.replace('Bel **meteen** 112.', 'Bel <b>meteen</b> 112.'));
    expect(inline.diagnostics.map((d) => [d.code, d.line])).toContainEqual(['WW007', 16]);
    expect(inline.graph).toBeNull();
    expect(codes(good.replace('Is er nu gevaar?', '<script>alert(1)</script>'))).toContain('WW007');
  });

  it('WW008: only https, tel and mailto links', () => {
    expect(codes(good.replace('https://www.veiligthuis.nl', 'http://www.veiligthuis.nl'))).toContain('WW008');
    expect(codes(good.replace('https://www.veiligthuis.nl', 'javascript:alert(1)'))).toContain('WW008');
    expect(codes(good.replace('[Meer informatie](https://www.veiligthuis.nl)', '[Bel](tel:08002000) of [mail](mailto:a@b.nl)'))).toEqual(
      [],
    );
  });

  it('WW009: a phone number that is not in the registry', () => {
    // Not a helpline number (a made-up mobile number), so it must be refused.
    const d = run(good.replace('0800-2000', '06-12345678')).diagnostics.find((x) => x.code === 'WW009')!;
    expect(d).toMatchObject({ line: 21, severity: 'error' });
    expect(codes(good.replace('0800-2000', '0800 2000'))).toEqual([]);
    expect(codes(good.replace('Kies.', 'Het gebeurde in 2022, met 7 mensen.'))).toEqual([]);
  });

  it('WW010 and WW011: front matter', () => {
    expect(
      compile({ flows: [{ file: 'flows/x.md', source: '## begin\nHoi.\n\nEinde\n' }], services: registry(), today }, []).diagnostics[0]
        .code,
    ).toBe('WW010');
    expect(
      compile({ flows: [flow(good, 'format: 1\nid: test\naudience: a\nlang: nl')], services: registry(), today }, []).diagnostics[0]
        .message,
    ).toContain('title');
    expect(
      compile({ flows: [flow(good, 'format: 2\nid: test\ntitle: T\naudience: a\nlang: nl')], services: registry(), today }, [])
        .diagnostics[0].code,
    ).toBe('WW011');
  });

  it('WW010: a settings block that is not closed gives one finding, and the steps are still read', () => {
    const source = '---\nformat: 1\nid: test\ntitle: Test\naudience: iedereen\nlang: nl\n\n' + good;
    const result = compile({ flows: [{ file: 'flows/test.md', source }], services: registry(), today }, []);
    expect(result.diagnostics.map((d) => [d.code, d.line, d.message])).toEqual([['WW010', 1, 'The front matter is not closed.']]);
  });

  it('WW012: registry entries are validated', () => {
    expect(
      compile({ flows: [flow(good)], services: { file: 'flows/services.json', source: '{ nope' }, today }, []).diagnostics[0].code,
    ).toBe('WW012');
    expect(codes(good, [{ id: 'half', name: 'Half' }])).toContain('WW012');
  });

  it('WW013, WW014, WW015, WW018: text placement, ids, images, unsupported Markdown', () => {
    expect(codes('Losse tekst.\n' + good)).toContain('WW013');
    expect(codes(good.replace('## zorgen', '## Zorgen Nu').replace('(#zorgen)', '(#Zorgen Nu)'))).toContain('WW014');
    expect(codes(good.replace('Is er nu gevaar?', '![foto](https://example.nl/a.png)'))).toContain('WW015');
    expect(codes(good.replace('Is er nu gevaar?', '| a | b |\n|---|---|\n| 1 | 2 |'))).toContain('WW018');
  });

  it('WW016: an unverified service must not show a number', () => {
    expect(
      codes(good, [
        {
          id: 'x',
          name: 'X',
          purpose: 'x',
          channels: [{ kind: 'phone', display: '06-98765432', tel: '0698765432', hours: 'unknown' }],
          free: null,
          anonymous: true,
          scope: 'national',
          source: 's',
          publicSource: 'voorbeeld.nl, 2026',
          verified: null,
        },
      ]),
    ).toContain('WW016');
  });

  it('WW017: a check more than a year old is a warning', () => {
    expect(olderThanAYear('2025-05-31', today)).toBe(true);
    expect(olderThanAYear('2025-06-02', today)).toBe(false);
    expect(olderThanAYear('2025', today)).toBe(false); // counts from the end of 2025
    expect(olderThanAYear('2024', today)).toBe(true);
    const old = {
      id: 'oud',
      name: 'Oud',
      purpose: 'x',
      channels: [],
      free: null,
      anonymous: true,
      scope: 'national',
      source: 's',
      publicSource: 'voorbeeld.nl, 2026',
      verified: '2020',
    };
    expect(run(good, [old]).diagnostics.map((d) => [d.code, d.severity])).toEqual([['WW017', 'warning']]);
  });
});
