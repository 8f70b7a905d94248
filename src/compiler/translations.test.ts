// Translations over the real content: a made-up complete language
// (tests/support/translation.ts) compiles into a variant
// with the Dutch targets and help; each way a translation can rot is a coded
// finding at its own line.
import { describe, expect, it } from 'vitest';
import { graph, input, language, mark, messages, raws, tables } from '../../tests/support/translation.js';
import { compile } from './compile.js';
import { flowUnits, sourceHash } from './translation-units.js';

const codes = (result: ReturnType<typeof compile>) => result.diagnostics.map((d) => d.code).filter((c) => /^WW08/.test(c));

describe('translations', () => {
  it('a complete published language is a variant with the Dutch targets and help, and its own words', () => {
    const result = compile(input());
    expect(result.diagnostics.filter((d) => /^WW08/.test(d.code)).map((d) => `${d.code} ${d.file}:${d.line} ${d.message}`)).toEqual([]);
    const en = result.graph!.variants!.en;
    const ref = graph.flows.start.start;
    expect(en.steps[ref].choices.map((c) => c.target)).toEqual(graph.steps[ref].choices.map((c) => c.target));
    expect(en.steps[ref].choices[0].label).toBe(mark(graph.steps[ref].choices[0].label));
    expect(en.steps[ref].text.html).toContain('EN ');
    expect(en.steps[ref].services).toEqual(graph.steps[ref].services);
    // A step's heading comes from the translated label that leads to it.
    const next = graph.steps[ref].choices[1].target;
    expect(en.steps[next].title).toBe(en.steps[ref].choices[1].label);
    expect(en.services[graph.roles.dayAndNight!].purpose.startsWith('EN ')).toBe(true);
    // Numbers and addresses stay; the words around them are translated.
    const facts = (channels: typeof en.services.x.channels) => channels.map((c) => (c.kind === 'phone' ? c.tel : c.url));
    const line = graph.roles.dayAndNight!;
    expect(facts(en.services[line].channels)).toEqual(facts(graph.services[line].channels));
    expect(en.services[line].name).toBe(graph.services[line].name);
    expect(result.graph!.flows.start.languages).toEqual(['nl', 'en']);
    expect((en.messages.widget as { frame: { quickExit: string } }).frame.quickExit).toBe('EN Snel weg');
  });

  it('a draft language is checked but not served, and its gaps are no error', () => {
    const result = compile(input({ languages: language(false), translations: tables((_, s) => delete s['begin.text']) }));
    expect(result.graph?.variants).toEqual({});
    expect(result.graph!.flows.start.languages).toEqual(['nl']);
  });

  it('WW080: a published language with a text left out or empty', () => {
    const result = compile(
      input({
        translations: tables((name, s) => {
          if (name === 'start') {
            delete s['begin.text'];
            s.title.text = ' ';
          }
        }),
      }),
    );
    expect(result.graph).toBeNull();
    const finding = result.diagnostics.find((d) => d.code === 'WW080')!;
    expect(finding.file).toBe('flows/translations/en/start.json');
    expect(finding.message).toContain('2');
    expect(finding.message).toContain('begin.text');
  });

  it('WW081: the Dutch changed since; a warning at the entry, with the new hash', () => {
    const result = compile(input({ translations: tables((name, s) => name === 'start' && (s['begin.text'].source = '0000000x')) }));
    expect(result.graph).not.toBeNull();
    const finding = result.diagnostics.find((d) => d.code === 'WW081')!;
    expect(finding.severity).toBe('warning');
    expect(finding.line).toBeGreaterThan(1);
    const begin = flowUnits(raws.find((r) => r.meta.id.value === 'start')!).find((u) => u.key === 'begin.text')!;
    expect(finding.hint).toContain(sourceHash(begin.dutch));
  });

  it('WW082: another number, a dropped number or another link address than the Dutch', () => {
    const withNumber = Object.values(graph.steps).find((s) => /0800-2000/.test(s.text.html))!;
    const [flow, step] = withNumber.ref.split('/');
    const result = compile(
      input({
        translations: tables((name, s) => {
          if (name === flow) s[`${step}.text`].text = s[`${step}.text`].text.replaceAll('0800-2000', '0800-2001');
        }),
      }),
    );
    expect(codes(result)).toContain('WW082');
    expect(result.diagnostics.find((d) => d.code === 'WW082')!.message).toContain('08002000');
  });

  it('WW083: an entry for a text that does not exist', () => {
    const result = compile(
      input({ translations: tables((name, s) => name === 'start' && (s['zorgn.text'] = { source: 'x', text: 'y' })) }),
    );
    expect(result.diagnostics.find((d) => d.code === 'WW083')?.message).toContain('zorgn.text');
  });

  it('WW084: a broken languages file, a table of another language, a language or conversation not named', () => {
    expect(codes(compile(input({ languages: { file: 'flows/languages.json', source: '{"languages": [{"id": "EN"}]}' } })))).toContain(
      'WW084',
    );
    const stray = [
      { file: 'flows/translations/fr/start.json', source: '{"lang":"fr","strings":{}}' },
      { file: 'flows/translations/en/nergens.json', source: '{"lang":"en","strings":{}}' },
    ];
    const result = compile(input({ translations: [...tables(), ...stray] }));
    expect(
      result.diagnostics
        .filter((d) => d.code === 'WW084')
        .map((d) => d.file)
        .sort(),
    ).toEqual(stray.map((s) => s.file).sort());
  });

  it('WW085: interface texts with another placeholder, or missing for a published language', () => {
    const result = compile(
      input({
        messages: messages((group, tree) => {
          if (group === 'shared') (tree.card as Record<string, string>).call = 'Call {nummer}';
          if (group === 'widget') delete (tree.frame as Record<string, string>).quickExit;
        }),
      }),
    );
    const found = result.diagnostics.filter((d) => d.code === 'WW085');
    expect(found.map((d) => d.file).sort()).toEqual(['messages/en/shared.json', 'messages/en/widget.json']);
    expect(found.find((d) => d.file.endsWith('shared.json'))!.message).toContain('{nummer}');
  });

  it('WW086, WW087: an easy-read language gets sentences of at most 10 words and no passive voice', () => {
    const easy = {
      file: 'flows/languages.json',
      source: language().source.replace('"published":true', '"published":true,"easyRead":true'),
    };
    const result = compile(
      input({
        languages: easy,
        translations: tables((name, s) => {
          for (const entry of Object.values(s)) entry.text = 'Bel 112.';
          if (name === 'start') {
            s['begin.text'].text = 'Je wordt door iemand van Veilig Thuis teruggebeld.';
            s['gevaar-nu.text'].text = 'Bel 112 als er nu gevaar is voor jou of voor iemand anders thuis.';
          }
        }),
      }),
    );
    const easyRead = result.diagnostics.filter((d) => d.code === 'WW086' || d.code === 'WW087');
    expect(easyRead.map((d) => `${d.code} ${d.message.split('"')[1]}`).sort()).toEqual(['WW086 gevaar-nu.text', 'WW087 begin.text']);
    expect(easyRead.every((d) => d.file === 'flows/translations/en/start.json' && d.line > 1)).toBe(true);
  });
});
