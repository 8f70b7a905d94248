// Site step pages are rendered once and kept as bytes while their opening
// states cannot change (issue 19, point 7): a repeat of the same page is
// neither rendered, joined nor encoded again; the bench (npm run bench)
// measures what that saves.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { shippedGraph } from '../../tests/support/content.js';
import { createApp } from '../app.js';
import { buildSiteData, stepPath } from './site-data.js';

const graph = shippedGraph();
const site = buildSiteData(graph);

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('cached site step pages', () => {
  it('encodes a step page once, then serves the same bytes until its template changes', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-02T10:00:00Z'));
    const app = createApp({ graph });
    const path = stepPath(site, site.rootRef);
    const encode = vi.spyOn(TextEncoder.prototype, 'encode');
    const pageEncodes = () => encode.mock.calls.filter(([text]) => typeof text === 'string' && text.startsWith('<!DOCTYPE html>')).length;
    const first = await (await app.request(path)).text();
    expect(pageEncodes()).toBe(1);
    for (let i = 0; i < 20; i++) expect(await (await app.request(path)).text()).toBe(first);
    expect(pageEncodes()).toBe(1);
    // Another municipality is another page.
    const code = Object.keys(graph.municipalities ?? {})[0];
    if (code) {
      await app.request(`${path}?gemeente=${code}`);
      expect(pageEncodes()).toBe(2);
    }
  });
});
