// One behaviour on the help site and in the widget (issue 12), in Chromium:
// the same municipality queries find the same municipalities in the same
// order; the same service card says the same words (times "9.00 uur",
// "Niet op feestdagen."); every phone number on a card is a call link of at
// least 24×24 px; the first call action of a step is on the first screen of a
// 360×640 phone; axe finds nothing at 1280 and 320 px.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { expectNoAxeViolations } from '../support/browser.js';
import { flowData, openPage, pathTo, pathToSignpost, waitForFirstQuestion, widgetTestbed } from './widget-harness.js';

const testbed = widgetTestbed();
const SLOW = 120_000;

async function sitePage(labels: string[], viewport = { width: 1280, height: 800 }): Promise<Page> {
  const page = await openPage(testbed.browser, { viewport }, 15_000);
  await page.goto(`${testbed.api.url}/`);
  for (const label of labels) {
    const before = page.url();
    await page.getByRole('link', { name: label, exact: true }).click();
    await page.waitForURL((url) => url.href !== before);
    await page.waitForLoadState('load');
  }
  return page;
}

async function widgetPage(labels: string[], viewport = { width: 1280, height: 800 }): Promise<Page> {
  const page = await openPage(testbed.browser, { viewport }, 15_000);
  await page.goto(`${testbed.host.url}/hulp`);
  await waitForFirstQuestion(page);
  for (const label of labels) await page.locator('wegwijs-chat .turn:last-child .choice', { hasText: label }).first().click();
  return page;
}

/** A card as the words a visitor reads, block by block. */
function cardBlocks(card: Locator): Promise<string[]> {
  return card
    .locator('h3, h4, p, .badges li, .notes li')
    .evaluateAll((els) => els.map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()));
}

/** Text that looks like a phone number (0800-2000, 088 … , 112, 113) and is not inside a tel: link. */
function numbersWithoutLink(root: Locator): Promise<string[]> {
  // A card's heading is the service's name (the card for 112 is called "112"); its call link is right below it.
  return root.evaluateAll((roots) => {
    const found: string[] = [];
    for (const root of roots) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        const numbers = text.match(/(?<![\d.])(?:0\d{2,3}[- ]?\d{2,}(?:[- ]?\d+)*|11[23])(?![\d.])/g);
        if (numbers && !node.parentElement?.closest('a[href^="tel:"], h3')) found.push(...numbers);
      }
    }
    return found;
  });
}

/** Call links that are visible but smaller than 24×24 px (WCAG 2.5.8). */
function smallCallLinks(links: Locator): Promise<string[]> {
  return links.evaluateAll((els) =>
    els
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && box.height > 0)
      .filter(({ box }) => box.width < 24 || box.height < 24)
      .map(({ el, box }) => `${el.textContent} ${Math.round(box.width)}x${Math.round(box.height)}`),
  );
}

describe('the same on the site and in the widget', () => {
  test(
    'municipality queries give the same results',
    async () => {
      const flow = await flowData(testbed.api.url);
      const site = await sitePage([]);
      const widget = await widgetPage(pathTo(flow, (ref) => flow.steps[ref].services.some((id) => flow.services[id]?.scope === 'local')));
      await widget.getByRole('button', { name: 'Kies je gemeente', exact: true }).click();
      const widgetField = widget.getByLabel('Kies je gemeente voor hulp dichtbij');
      await widgetField.waitFor();
      const queries: Array<[string, string]> = [
        ['leidschendam voorburg', 'Leidschendam-Voorburg'],
        ['Leidschendam-Voorburg', 'Leidschendam-Voorburg'],
        ['s-gravenhage', "Den Haag ('s-Gravenhage)"],
        ["'s Gravenhage", "Den Haag ('s-Gravenhage)"],
        ['den haag', 'Den Haag'],
        ['den-haag', 'Den Haag'],
        ['beemster', 'Purmerend (Beemster)'],
        ['zóetermeer', 'Zoetermeer'],
        ['ZOETER', 'Zoetermeer'],
        ['zaan', 'Zaanstad'],
        ['de', ''],
      ];
      for (const [query, first] of queries) {
        await site.locator('#gemeente-zoek').fill(query);
        const onSite = await site.locator('#gemeente-lijst [role="option"]').allTextContents();
        await widgetField.fill(query);
        const inWidget = await widget.locator('wegwijs-chat .options .option').allTextContents();
        if (first) expect(onSite[0], query).toBe(first);
        expect(onSite.length, query).toBeGreaterThan(0);
        // The widget shows at most six buttons: the site's first six.
        expect(inWidget, query).toEqual(onSite.slice(0, 6));
      }
      await site.context().close();
      await widget.context().close();
    },
    SLOW,
  );

  test(
    'the same cards say the same words, with every number a call link of at least 24×24 px',
    async () => {
      const flow = await flowData(testbed.api.url);
      // A step with help that has phones and hours, and the first signpost on the way.
      const paths = [pathToSignpost(flow), pathTo(flow, (ref) => flow.steps[ref].services.includes('veilig-thuis'))];
      for (const labels of paths) {
        const site = await sitePage(labels);
        const widget = await widgetPage(labels);
        const last = widget.locator('wegwijs-chat .turn:last-child');
        const ids = await last.locator('.card').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-service')!));
        expect(ids.length, labels.join(' > ')).toBeGreaterThan(0);
        for (const id of ids) {
          const onSite = await cardBlocks(site.locator(`article.service[aria-labelledby="dienst-${id}"]`));
          const inWidget = await cardBlocks(last.locator(`.card[data-service="${id}"]`));
          expect(inWidget, id).toEqual(onSite);
          expect(inWidget.join(' '), id).not.toMatch(/\b\d{2}:\d{2}\b|Op feestdagen gesloten/);
        }
        expect(await numbersWithoutLink(site.locator('article.service'))).toEqual([]);
        expect(await numbersWithoutLink(last.locator('.card'))).toEqual([]);
        expect(await smallCallLinks(site.locator('a[href^="tel:"]'))).toEqual([]);
        expect(await smallCallLinks(widget.locator('wegwijs-chat a[href^="tel:"]'))).toEqual([]);
        await site.context().close();
        await widget.context().close();
      }
    },
    SLOW,
  );

  test(
    'on a 360×640 phone the first call action of a help step in the widget is on the first screen',
    async () => {
      // The site's step page puts its first call action in view with the phone bar of src/site/layout.tsx (tested with the site's pages).
      const flow = await flowData(testbed.api.url);
      for (const labels of [pathToSignpost(flow), pathTo(flow, (ref) => flow.steps[ref].services.includes('veilig-thuis'))]) {
        const widget = await widgetPage(labels, { width: 360, height: 640 });
        // The new step scrolls into view as it arrives; its first call link must be in view then.
        const call = widget.locator('wegwijs-chat .turn:last-child a[href^="tel:"]').first();
        await widget.waitForTimeout(300);
        const box = (await call.boundingBox())!;
        expect(box.y, labels.join(' > ')).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height, labels.join(' > ')).toBeLessThanOrEqual(640);
        // Not hidden under the widget's sticky head either.
        const onTop = await widget.evaluate(
          ([x, y]) =>
            document.querySelector('wegwijs-chat')!.shadowRoot!.elementFromPoint(x, y)?.closest('a')?.getAttribute('href') ?? null,
          [box.x + box.width / 2, box.y + box.height / 2],
        );
        expect(onTop).toMatch(/^tel:/);
        await widget.context().close();
      }
    },
    SLOW,
  );

  test(
    'axe finds nothing on a help step with cards at 1280 and 320 px, on both',
    async () => {
      const flow = await flowData(testbed.api.url);
      const labels = pathTo(flow, (ref) => flow.steps[ref].services.includes('veilig-thuis'));
      for (const width of [1280, 320]) {
        const site = await sitePage(labels, { width, height: 800 });
        await expectNoAxeViolations(site, `site at ${width}px`);
        expect(await site.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        await site.context().close();
        const widget = await widgetPage(labels, { width, height: 800 });
        await expectNoAxeViolations(widget, `widget at ${width}px`);
        expect(await widget.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        await widget.context().close();
      }
    },
    SLOW,
  );
});
