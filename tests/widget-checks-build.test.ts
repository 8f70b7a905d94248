// The web team's checks (widget/web-team.ts) are built as their own file,
// named in the manifest, pinned by an SRI hash that widget.js carries, and
// held to the widget's rules: no HTML parsing, no cookies, no storage.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

describe('widget checks build', () => {
  test('the checks file is in the manifest, and widget.js loads it by name and SRI hash', () => {
    const manifest = JSON.parse(readFileSync('dist/widget-manifest.json', 'utf8'));
    expect(manifest.checks).toMatch(/^widget-checks-[0-9a-z]+\.js$/);
    const code = readFileSync(`public/${manifest.checks}`);
    expect(manifest.checksIntegrity).toBe(`sha256-${createHash('sha256').update(code).digest('base64')}`);
    const widget = readFileSync('public/widget.js', 'utf8');
    expect(widget).toContain(manifest.checks);
    expect(widget).toContain(manifest.checksIntegrity);
  });

  test('the checks never parse HTML, touch cookies or storage, or read a shadow root', () => {
    const manifest = JSON.parse(readFileSync('dist/widget-manifest.json', 'utf8'));
    expect(existsSync(`public/${manifest.checks}`), 'run `npm run build:widget` first').toBe(true);
    const code = readFileSync(`public/${manifest.checks}`, 'utf8');
    for (const banned of [
      'innerHTML',
      'outerHTML',
      'insertAdjacentHTML',
      'DOMParser',
      'document.write',
      'localStorage',
      'sessionStorage',
      'indexedDB',
      'document.cookie',
      'eval(',
      'new Function',
      'shadowRoot',
    ]) {
      expect(code, banned).not.toContain(banned);
    }
  });

  // The parts (widget/lazy.ts): the municipality picker, municipality-stated help, the language choice
  // with the button for one's own words (extras) and the words box with its matcher, loaded when needed.
  test('each part is in the manifest with the SRI hash of its file, widget.js carries both, and they follow the same rules', () => {
    const manifest = JSON.parse(readFileSync('dist/widget-manifest.json', 'utf8'));
    const parts = Object.entries(manifest.parts as Record<string, string>);
    expect(parts.map(([file]) => file.replace(/-[0-9a-z]+\.js$/, '')).sort()).toEqual([
      'widget-extras',
      'widget-picker',
      'widget-stated',
      'widget-words',
    ]);
    const widget = readFileSync('public/widget.js', 'utf8');
    for (const [file, integrity] of parts) {
      const code = readFileSync(`public/${file}`, 'utf8');
      expect(integrity).toBe(`sha256-${createHash('sha256').update(code).digest('base64')}`);
      expect(widget).toContain(file);
      expect(widget).toContain(integrity);
      // Every build-time value is filled in (an undefined one would throw when the part runs).
      expect(code).not.toMatch(/__WEGWIJS_\w+__/);
      for (const banned of [
        'innerHTML',
        'outerHTML',
        'insertAdjacentHTML',
        'DOMParser',
        'document.write',
        'localStorage',
        'sessionStorage',
        'indexedDB',
        'document.cookie',
        'eval(',
        'new Function',
      ]) {
        expect(code, `${file}: ${banned}`).not.toContain(banned);
      }
    }
  });
});
