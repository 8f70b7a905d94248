import { describe, expect, it } from 'vitest';
import { checkOptionalCalls } from './optional-calls.js';

describe('checkOptionalCalls', () => {
  it('refuses an optional call with a spread argument before another one', () => {
    for (const code of ['a?.f(...xs,y)', 'a?.(...b,1)', 'a?.b.c(...d,e)', 'x?.f(g(1),...h(2),3)'])
      expect(() => checkOptionalCalls('t.js', code), code).toThrow(/Chrome 80-90/);
  });

  it('lets through what Chrome 80 runs correctly', () => {
    for (const code of ['a?.f(x,...ys)', 'a?.b.c(...d)', 'n?.append(...e.flat())', 'f(...a,b)', 'a?.b(c,d)'])
      expect(() => checkOptionalCalls('t.js', code), code).not.toThrow();
  });
});
