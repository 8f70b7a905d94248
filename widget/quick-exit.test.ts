// Where the widget's quick exit goes. The key rule itself is shared with the
// site and tested in src/browser/quick-exit.test.ts.
import { describe, expect, test } from 'vitest';
import { exitTarget } from './quick-exit.js';

describe('exitTarget', () => {
  test('exit-url: an absolute http(s) address, otherwise the neutral default', () => {
    expect(exitTarget('https://nos.nl', 'https://www.buienradar.nl/')).toBe('https://nos.nl/');
    for (const bad of [null, '', 'javascript:alert(1)', '/relative', 'nos.nl'])
      expect(exitTarget(bad, 'https://www.buienradar.nl/')).toBe('https://www.buienradar.nl/');
  });
});
