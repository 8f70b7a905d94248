import { describe, expect, test } from 'vitest';
import { FRAME_PREFIX, withQuery } from './urls.js';

describe('withQuery', () => {
  test('only the municipality travels with a link, and the frame keeps links in the embedded layout', () => {
    expect(withQuery('/s/abc', {})).toBe('/s/abc');
    expect(withQuery('/s/abc', { gemeente: 'GM0637' })).toBe('/s/abc?gemeente=GM0637');
    expect(withQuery('/s/abc', { frame: true })).toBe(`${FRAME_PREFIX}/s/abc`);
    expect(withQuery('/', { gemeente: 'GM0344', frame: true })).toBe(`${FRAME_PREFIX}/?gemeente=GM0344`);
  });
});
