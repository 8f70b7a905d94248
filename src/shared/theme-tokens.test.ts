import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { contrastPairs, contrastRatio, failingPairs, hexToRgb, THEME_COLOURS } from './theme-tokens.js';

describe('theme tokens', () => {
  test('the defaults are the fallbacks in widget/styles.css, each token with one default', () => {
    const css = readFileSync('widget/styles.css', 'utf8');
    const found = new Map<string, Set<string>>();
    for (const [, token, value] of css.matchAll(/var\(--wegwijs-([a-z-]+),\s*(#[0-9a-f]+)\)/gi)) {
      found.set(token, (found.get(token) ?? new Set()).add(value.toLowerCase()));
    }
    expect(Object.fromEntries([...found].map(([token, values]) => [token, [...values]]))).toEqual(
      Object.fromEntries(Object.entries(THEME_COLOURS).map(([token, value]) => [token, [value]])),
    );
  });

  test('every pair names known tokens, and the defaults pass every pair', () => {
    for (const [text, on] of contrastPairs()) {
      expect(THEME_COLOURS).toHaveProperty(text);
      expect(THEME_COLOURS).toHaveProperty(on);
    }
    expect(failingPairs({})).toEqual([]);
    expect(contrastPairs().find(([text]) => text === 'focus')?.[2]).toBe(3);
  });

  test('WCAG ratios: black on white is 21:1, equal colours 1:1, #767676 on white just above 4.5:1', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrastRatio([255, 255, 255], [0, 0, 0])).toBeCloseTo(21, 5);
    expect(contrastRatio([10, 20, 30], [10, 20, 30])).toBe(1);
    expect(contrastRatio(hexToRgb('#767676')!, [255, 255, 255])).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(hexToRgb('#777777')!, [255, 255, 255])).toBeLessThan(4.5);
  });

  test('hex colours: #rgb and #rrggbb only', () => {
    expect(hexToRgb('#fff')).toEqual([255, 255, 255]);
    expect(hexToRgb('#1D4F91')).toEqual([29, 79, 145]);
    for (const bad of ['fff', '#ffff', 'red', '#12345g', '', 'url(x)']) expect(hexToRgb(bad)).toBeNull();
  });

  test('a light primary fails as text on the background and under white text', () => {
    const pairs = failingPairs({ primary: '#aabbcc' }).map(({ text, on }) => `${text}/${on}`);
    expect(pairs).toEqual(expect.arrayContaining(['primary-text/primary', 'primary/background', 'primary/hover']));
    expect(pairs).not.toContain('link/background');
  });
});
