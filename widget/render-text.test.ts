// Link safety of the widget's text renderer: only https, tel and mailto.
import { describe, expect, test } from 'vitest';
import { safeHref } from './render-text.js';

describe('safeHref', () => {
  test('https, tel and mailto pass unchanged', () => {
    expect(safeHref('https://www.veiligthuis.nl')).toBe('https://www.veiligthuis.nl');
    expect(safeHref('tel:08002000')).toBe('tel:08002000');
    expect(safeHref('mailto:info@example.org')).toBe('mailto:info@example.org');
  });

  test('everything else is no link', () => {
    for (const bad of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:x',
      'http://example.org',
      'data:text/html,x',
      '//evil.example',
      'https://ok.example/\nx',
    ])
      expect(safeHref(bad), bad).toBeNull();
  });
});
