import { describe, expect, it } from 'vitest';
import { readSettings, readSettingsOrDefaults } from './settings.js';

describe('settings from the environment', () => {
  it('gives the defaults for an empty environment and ignores names that are not ours', () => {
    const read = readSettings({ PATH: '/usr/bin', SECRET_OF_SOMEONE_ELSE: 'x' });
    expect(read.errors).toEqual([]);
    expect(read.settings).toEqual({ PORT: 8787, HOST: '0.0.0.0', FRAME_ANCESTORS: "'none'", WEGWIJS_EDITOR_LANG: 'nl' });
  });

  it('reads a port as a number and keeps the counting variables for the counters', () => {
    const read = readSettings({
      PORT: '8788',
      WEGWIJS_COUNTERS: 'off',
      WEGWIJS_DB: 'x.sqlite',
      EMBED_FRAME_ANCESTORS: "'self' https://www.zoetermeer.nl",
    });
    expect(read.settings).toMatchObject({
      PORT: 8788,
      WEGWIJS_COUNTERS: 'off',
      WEGWIJS_DB: 'x.sqlite',
      EMBED_FRAME_ANCESTORS: "'self' https://www.zoetermeer.nl",
    });
  });

  it('names each bad variable and what it should be, without repeating the value', () => {
    const read = readSettings({ PORT: 'acht', FRAME_ANCESTORS: "'self'; script-src *", HOST: ' ' });
    expect(read.settings).toBeUndefined();
    expect(read.errors).toHaveLength(3);
    expect(read.errors.find((line) => line.includes('PORT'))).toBe('wegwijs: PORT: a port number from 1 to 65535 (or 0: any free port).');
    expect(read.errors.join('\n')).toContain('FRAME_ANCESTORS: a list of sources separated by spaces');
    expect(read.errors.join('\n')).not.toContain('script-src');
    expect(readSettings({ PORT: '70000' }).errors).toEqual(['wegwijs: PORT: a port number from 1 to 65535 (or 0: any free port).']);
  });

  it("the editors' language: nl or en, Dutch when empty or not set", () => {
    expect(readSettings({ WEGWIJS_EDITOR_LANG: 'en' }).settings?.WEGWIJS_EDITOR_LANG).toBe('en');
    expect(readSettings({ WEGWIJS_EDITOR_LANG: '' }).settings?.WEGWIJS_EDITOR_LANG).toBe('nl');
    expect(readSettings({ WEGWIJS_EDITOR_LANG: 'de' }).errors).toEqual([
      'wegwijs: WEGWIJS_EDITOR_LANG: nl or en: the language of the diagnostics for editors.',
    ]);
  });

  it('on Workers: a bad variable is logged and its default used, the good ones kept', () => {
    const lines: string[] = [];
    const settings = readSettingsOrDefaults({ FRAME_ANCESTORS: 'a;b', EMBED_FRAME_ANCESTORS: 'https://www.utrecht.nl' }, (line) =>
      lines.push(line),
    );
    expect(settings.FRAME_ANCESTORS).toBe("'none'");
    expect(settings.EMBED_FRAME_ANCESTORS).toBe('https://www.utrecht.nl');
    expect(lines).toEqual([expect.stringMatching(/^wegwijs: FRAME_ANCESTORS: .* The default is used until this is fixed\.$/)]);
  });
});
