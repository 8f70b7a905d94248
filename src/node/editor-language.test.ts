import { afterEach, describe, expect, it } from 'vitest';
import { currentEditorLanguage, setEditorLanguage } from '../compiler/diagnostics.js';
import { chooseEditorLanguage } from './editor-language.js';

describe('the editor language for diagnostics', () => {
  afterEach(() => setEditorLanguage('nl'));

  it('is Dutch unless told otherwise', () => {
    expect(chooseEditorLanguage(['node', 'flows-check.ts'], {})).toBe('nl');
  });

  it('follows WEGWIJS_EDITOR_LANG, and --lang over it', () => {
    expect(chooseEditorLanguage(['node', 'x'], { WEGWIJS_EDITOR_LANG: 'en' })).toBe('en');
    expect(currentEditorLanguage()).toBe('en');
    expect(chooseEditorLanguage(['node', 'x', '--lang', 'nl'], { WEGWIJS_EDITOR_LANG: 'en' })).toBe('nl');
    expect(chooseEditorLanguage(['node', 'x', '--lang=en'], {})).toBe('en');
  });

  it('refuses anything else with a clear message', () => {
    expect(() => chooseEditorLanguage(['node', 'x'], { WEGWIJS_EDITOR_LANG: 'de' })).toThrow(/nl or en.*"de"/);
    expect(() => chooseEditorLanguage(['node', 'x', '--lang'], {})).toThrow(/--lang needs a language/);
  });
});
