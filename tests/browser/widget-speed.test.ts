// The widget's requests before the first question (issue 13 point 6): with
// the documented snippet the conversation is asked for beside the script, not
// after it, and used once; several elements share one request; the styles
// come with the script, so nothing else is waited for (and a host CSP without
// any style-src still shows a styled widget). How fast is for `npm run bench`;
// these tests check the order and number of requests, never a time.
// Needs `npm run build:edge` first (npm test does it).

import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { documentedSnippet, pageAround } from '../support/snippet.js';
import { openPage, recordRequests, waitForFirstQuestion, widgetTestbed } from './widget-harness.js';

/** The host's CSP: only the service for scripts and requests, and no styles from anywhere. */
const noStylesCsp = (api: string) =>
  `default-src 'none'; script-src ${api}; connect-src ${api}; img-src data:; base-uri 'none'; form-action 'none'`;

const testbed = widgetTestbed(({ host, api }) => {
  const headers = { 'content-security-policy': noStylesCsp(api.url) };
  host.set('/snippet', { html: pageAround(documentedSnippet(process.cwd(), api.url)), headers });
  // No preload line: a signpost and the conversation on one page, as in the docs' example.
  host.set('/two', {
    html: pageAround(
      `<script src="${api.url}/widget.js" defer></script><wegwijs-chat gemeente="GM0637"></wegwijs-chat><wegwijs-chat gemeente="GM0637" mode="signpost"></wegwijs-chat>`,
    ),
    headers,
  });
});

const flowRequests = (requests: string[]) => requests.filter((u) => u.includes('/api/v1/flows/'));

/** Console warnings and errors about a preload (an unused one, or one whose credentials mode does not match). */
function preloadComplaints(page: Page): string[] {
  const complaints: string[] = [];
  page.on('console', (m) => /preload/i.test(m.text()) && complaints.push(m.text()));
  return complaints;
}

describe('before the first question', () => {
  test('the documented snippet asks for the conversation while the script is still loading, and the widget uses that answer', async () => {
    const page = await openPage(testbed.browser);
    const requests = recordRequests(page);
    const complaints = preloadComplaints(page);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    // Hold the script back: the conversation must be on its way without it.
    await page.route(/\/widget[-0-9a-z]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    // Not until "load": that waits for the held script.
    await page.goto(`${testbed.host.url}/snippet`, { waitUntil: 'commit' });
    await expect.poll(() => flowRequests(requests).length).toBe(1);
    expect(flowRequests(requests)[0]).toMatch(/\/api\/v1\/flows\/start\?gemeente=GM0637$/);
    release();
    await waitForFirstQuestion(page);
    // The preloaded answer was used: no second request, no complaint from the browser.
    expect(flowRequests(requests)).toHaveLength(1);
    expect(complaints).toEqual([]);
    await page.context().close();
  });

  test('the styles come with the script: styled under a host CSP that allows no styles at all', async () => {
    const page = await openPage(testbed.browser);
    const requests = recordRequests(page);
    await page.goto(`${testbed.host.url}/snippet`);
    await waitForFirstQuestion(page);
    expect(await page.locator('wegwijs-chat .exit').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(164, 0, 15)');
    expect(requests.filter((u) => /\.css$/.test(u))).toEqual([]);
    await page.context().close();
  });

  test('without the preload line the widget still works, and two elements share one request', async () => {
    const page = await openPage(testbed.browser);
    const requests = recordRequests(page);
    await page.goto(`${testbed.host.url}/two`);
    await waitForFirstQuestion(page);
    await expect.poll(() => page.locator('wegwijs-chat[mode="signpost"] a[href="tel:112"]').count()).toBeGreaterThan(0);
    expect(flowRequests(requests)).toHaveLength(1);
    await page.context().close();
  });

  test('the demo page (the same origin as the service) uses its preload for all three widgets', async () => {
    const page = await openPage(testbed.browser);
    const requests = recordRequests(page);
    const complaints = preloadComplaints(page);
    await page.goto(`${testbed.api.url}/demo/`);
    await waitForFirstQuestion(page);
    expect(flowRequests(requests)).toHaveLength(1);
    expect(complaints).toEqual([]);
    await page.context().close();
  });
});
