// The studio's check is the compiler's: the same findings for the same
// files as `flows:check` gives (translations aside), in the chosen language.
import { describe, expect, it } from 'vitest';
import { defaultChecks } from '../compiler/checks.js';
import { compile } from '../compiler/compile.js';
import { readContent } from '../compiler/read-content.js';
import { studioSources } from '../site/studio-sources.js';
import { checkSources, compileInput, firstMunicipalityCode, kindOf } from './check.js';

const input = readContent(process.cwd());
const sources = studioSources(input);

describe('kindOf', () => {
  it('knows the files an editor opens', () => {
    expect(kindOf('flows/start.md')).toBe('flow');
    expect(kindOf('flows/services.json')).toBe('registry');
    expect(kindOf('flows/gemeenten/utrecht.json')).toBe('municipality');
    expect(kindOf('flows/words.json')).toBe('other');
  });
});

describe('firstMunicipalityCode', () => {
  it('names the first municipality of a municipality file, and nothing for a file that does not read', () => {
    expect(firstMunicipalityCode(sources['flows/gemeenten/haaglanden.json'])).toMatch(/^GM\d{4}$/);
    expect(firstMunicipalityCode('{ "municipalities": [ }')).toBeUndefined();
    expect(firstMunicipalityCode('{}')).toBeUndefined();
  });
});

describe('checkSources', () => {
  it('reads the sources as the compiler reads the folder', () => {
    const again = compileInput(sources);
    expect(again.flows).toEqual(input.flows);
    expect(again.services).toEqual(input.services);
    expect(again.municipalities).toEqual(input.municipalities);
    expect(again.words).toEqual(input.words);
  });

  it('gives the findings of the compiler, worded in the chosen language, and leaves Dutch as the default', () => {
    const broken = { ...sources, 'flows/pleger.md': sources['flows/pleger.md'].replace('](#time-out)', '](#time-outx)') };
    const nl = checkSources(broken, 'nl');
    const en = checkSources(broken, 'en');
    expect(nl.graph).toBeNull();
    const own = compile(
      { ...input, flows: compileInput(broken).flows, languages: undefined, translations: [], messages: [] },
      defaultChecks,
    );
    expect(nl.diagnostics.map((d) => [d.file, d.line, d.code])).toEqual(own.diagnostics.map((d) => [d.file, d.line, d.code]));
    const [nlLink] = nl.diagnostics.filter((d) => d.code === 'WW001');
    const [enLink] = en.diagnostics.filter((d) => d.code === 'WW001');
    expect(nlLink.message).toContain('bestaat niet');
    expect(enLink.message).not.toBe(nlLink.message);
    expect(checkSources(sources, 'nl').graph).not.toBeNull();
    expect(own.diagnostics[0].message).toBe(nl.diagnostics[0].message);
  });
});
