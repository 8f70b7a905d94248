// The help site on a phone, in real Chromium (issue 12): the bar with "Snel
// weg" and 112 stays in view while scrolling and never covers what is read or
// focused; every phone number is a call link of at least 24×24 px; a step's
// first call action is on the first screen; each step page has its own
// heading. The address, the edge cases and axe: site-phone-axe.test.ts.
import { describe, expect, test } from 'vitest';
import { findPhoneNumbers } from '../../src/compiler/phone.js';
import { stepPath } from '../../src/site/site-data.js';
import { barInView, context, kinds, longest, outside, refs, server, site, useSiteOnPhone } from './site-phone-support.js';

useSiteOnPhone();

describe('the bar with "Snel weg" and 112 on a phone', () => {
  for (const [width, height] of [
    [360, 640],
    [320, 256],
  ]) {
    test.each(kinds)(
      `stays in view at ${width}×${height} after scrolling to the end (%s), and the end is not covered`,
      async (_kind, path) => {
        const ctx = await context({ viewport: { width, height } });
        const page = await ctx.newPage();
        await page.goto(server.url + path);
        await expect(barInView(page)).resolves.toEqual({ exit: true, call: true });
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        await expect(barInView(page)).resolves.toEqual({ exit: true, call: true });
        // The last link of the page can be read and tapped: the bar is not on top of it.
        const last = await page.evaluate(() => {
          const links = [...document.querySelectorAll('footer a')];
          const link = links[links.length - 1];
          const box = link.getBoundingClientRect();
          return document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)?.closest('a') === link;
        });
        expect(last).toBe(true);
        // Reflow (320×256 is 1280×1024 at 400 % zoom): no sideways scrolling.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        const bar = await page.evaluate(() => document.querySelector('.site-header')!.getBoundingClientRect().height);
        // Compact: at most a quarter of the smallest screen.
        expect(bar, `bar height ${bar}px`).toBeLessThanOrEqual(height === 256 ? 64 : 80);
        await ctx.close();
      },
    );
  }

  test('never hides what has keyboard focus, forwards and backwards (WCAG 2.4.11)', async () => {
    const ctx = await context({ viewport: { width: 320, height: 256 } });
    const page = await ctx.newPage();
    await page.goto(server.url + stepPath(site, longest));
    // Covered: the middle of the focused element shows something else (the bar).
    const covered = async () =>
      page.evaluate(() => {
        const active = document.activeElement as HTMLElement | null;
        if (!active || active === document.body || active.closest('.site-header')) return null;
        const box = active.getBoundingClientRect();
        const seen = document.elementFromPoint(box.left + Math.min(box.width / 2, 8), box.top + box.height / 2);
        return seen && (seen === active || active.contains(seen))
          ? null
          : `${active.outerHTML.slice(0, 80)} is covered by ${seen?.outerHTML.slice(0, 40)}`;
      });
    const problems: string[] = [];
    const count = await page.evaluate(() => document.querySelectorAll('a, button, select').length);
    for (let i = 0; i < count; i++) {
      await page.keyboard.press('Tab');
      const problem = await covered();
      if (problem) problems.push(problem);
    }
    for (let i = 0; i < count; i++) {
      await page.keyboard.press('Shift+Tab');
      const problem = await covered();
      if (problem) problems.push(problem);
    }
    expect(problems).toEqual([]);
    await ctx.close();
  });

  test('does not tell a phone to press Shift (it has no Shift key); a computer still gets the hint', async () => {
    for (const phone of [true, false]) {
      const ctx = await context({ viewport: { width: 360, height: 640 }, isMobile: phone, hasTouch: phone });
      const page = await ctx.newPage();
      await page.goto(`${server.url}/`);
      await page.waitForFunction(() => document.getElementById('snel-weg-hint')?.hidden === false);
      expect(await page.locator('#snel-weg-hint').isVisible(), phone ? 'phone' : 'computer').toBe(!phone);
      await ctx.close();
    }
  });

  test('keeps visible edges on its buttons in forced colours', async () => {
    const ctx = await context({ viewport: { width: 360, height: 640 }, forcedColors: 'active' });
    const page = await ctx.newPage();
    await page.goto(`${server.url}/`);
    const borders = await page.evaluate(() =>
      ['#snel-weg', '.site-header a[href="tel:112"]'].map((s) => getComputedStyle(document.querySelector(s)!).borderTopStyle),
    );
    expect(borders).toEqual(['solid', 'solid']);
    await ctx.close();
  });
});

describe('phone numbers and headings on every step page', () => {
  test('every phone number is a tel: link of at least 24×24 px, and the first call action is on the first screen at 360×640', async () => {
    const ctx = await context({ viewport: { width: 360, height: 640 }, javaScriptEnabled: false });
    const page = await ctx.newPage();
    const loose: string[] = [];
    const small: string[] = [];
    const late: string[] = [];
    for (const ref of refs) {
      await page.goto(server.url + stepPath(site, ref));
      const found = await page.evaluate(() => {
        const texts: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement!;
          // Link labels ("Chat met 113") and a card's name ("113 Zelfmoordpreventie", its call action right
          // below) are no number to dial; everything else, the cards' text included, is checked.
          if (parent.closest('a, noscript, script, .visually-hidden, [hidden], .service h3')) continue;
          texts.push(node.textContent ?? '');
        }
        const links = [...document.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')].map((a) => {
          const box = a.getBoundingClientRect();
          return {
            text: a.textContent ?? '',
            width: box.width,
            height: box.height,
            top: box.top + scrollY,
            inMain: Boolean(a.closest('main')),
          };
        });
        return { texts, links };
      });
      for (const text of found.texts)
        for (const number of findPhoneNumbers(text)) loose.push(`${ref}: "${number.raw}" in "${text.trim().slice(0, 60)}"`);
      for (const link of found.links)
        if (link.width < 24 || link.height < 24) small.push(`${ref}: ${link.text} ${Math.round(link.width)}×${Math.round(link.height)}`);
      const first = found.links.find((link) => link.inMain);
      if (first && first.top + 24 > 640) late.push(`${ref}: first call link "${first.text}" at ${Math.round(first.top)} px`);
    }
    expect(loose).toEqual([]);
    expect(small).toEqual([]);
    expect(late).toEqual([]);
    await ctx.close();
  }, 240_000);

  test('the danger step, reached by its label, says what it is in its h1; the tab title stays neutral', async () => {
    const ctx = await context({ viewport: { width: 360, height: 640 }, javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${server.url}/`);
    await Promise.all([page.waitForURL('**/s/*'), page.getByRole('link', { name: 'Er is nu gevaar', exact: true }).click()]);
    await expect(page.locator('h1').textContent()).resolves.toBe('Er is nu gevaar');
    await expect(page.title()).resolves.not.toMatch(/gevaar/i);
    // "Bel nu 112" on the first screen, as a call link.
    const call = page.locator('main .step-text a[href="tel:112"]').first();
    const box = (await call.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(640);
    await ctx.close();
  });
});

test('no request left the machine', () => {
  expect(outside).toEqual([]);
});
