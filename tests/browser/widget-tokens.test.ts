// Issue 13, point 7: the widget on host pages themed with two municipalities'
// published NL Design System tokens (@utrecht/design-tokens and
// @gemeente-denhaag/design-tokens-components, dev dependencies), the theme
// class on <body> as the packages document, and no mapping of its own: the
// CSS block of docs/embedding.md ("From NL Design System tokens") is applied
// as it stands. axe and the contrast of every state (links, buttons, hover,
// focus ring, answered choices) hold in both; screenshots at 360×640 go to
// screenshots/ (gitignored).
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import type { FlowResponse } from '../../src/shared/api-types.js';
import { expectNoAxeViolations } from '../support/browser.js';
import { contrast, styledPage } from './widget-a11y-support.js';
import { flowData, openPage, pathToSignpost, waitForFirstQuestion, widgetTestbed } from './widget-harness.js';

/** The mapping as docs/embedding.md documents it: the first css block under "From NL Design System tokens". */
function documentedMapping(): string {
  const doc = readFileSync('docs/embedding.md', 'utf8');
  const section = doc.slice(doc.indexOf('### From NL Design System tokens'));
  const block = /```css\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block) throw new Error('docs/embedding.md has no css block under "From NL Design System tokens"');
  return block;
}

const THEMES = [
  { name: 'utrecht', tokens: 'node_modules/@utrecht/design-tokens/dist/index.css', bodyClass: 'utrecht-theme' },
  { name: 'denhaag', tokens: 'node_modules/@gemeente-denhaag/design-tokens-components/dist/theme/index.css', bodyClass: 'denhaag-theme' },
];

/** The municipality's own page, in its own house style from the same tokens. */
const HOUSE_STYLE = `
body { margin: 0; font-family: var(--utrecht-document-font-family); color: var(--utrecht-document-color); background: var(--utrecht-document-background-color); }
header.site { padding: 12px 16px; background: var(--utrecht-button-primary-action-background-color); color: #fff; font-weight: bold; }
main { padding: 0 16px 16px; }
a { color: var(--utrecht-link-color); }
`;

const testbed = widgetTestbed(({ api, host }) => {
  for (const theme of THEMES) {
    const css = `${readFileSync(theme.tokens, 'utf8')}\n${HOUSE_STYLE}\n${documentedMapping()}`;
    styledPage(host, api.url, `/${theme.name}`, {
      css,
      bodyClass: theme.bodyClass,
      top: `<header class="site">Gemeente ${theme.name === 'utrecht' ? 'Utrecht' : 'Den Haag'}</header>`,
    });
    styledPage(host, api.url, `/${theme.name}-signpost`, { attrs: 'mode="signpost"', css, bodyClass: theme.bodyClass });
  }
});
let flow: FlowResponse;
let path: string[];

beforeAll(async () => {
  flow = await flowData(testbed.api.url);
  path = pathToSignpost(flow);
});

interface Pair {
  what: string;
  color: string;
  background: string;
  outline: string;
}

/** Text colour and the background it is really on (the nearest opaque background, through the shadow root) for every element matching `selector`. */
function pairs(page: Page, selector: string): Promise<Pair[]> {
  return page.evaluate((sel) => {
    const root = document.querySelector('wegwijs-chat')!.shadowRoot!;
    const background = (start: Element | null): string => {
      for (let el = start; el; el = el.parentElement ?? (el.getRootNode() as ShadowRoot).host ?? null) {
        const bg = getComputedStyle(el).backgroundColor;
        if (!/rgba\(.*, 0\)$|transparent/.test(bg)) return bg;
      }
      return 'rgb(255, 255, 255)';
    };
    return [...root.querySelectorAll(sel)].map((el) => ({
      what: `${sel} "${(el.textContent ?? '').trim().slice(0, 30)}"`,
      color: getComputedStyle(el).color,
      background: background(el),
      // What surrounds the element: the ring of its focus outline is drawn on that.
      outline: `${getComputedStyle(el).outlineColor}|${background(el.parentElement)}`,
    }));
  }, selector);
}

function expectReadable(list: Pair[], min = 4.5): void {
  expect(list.length).toBeGreaterThan(0);
  for (const p of list) expect(contrast(p.color, p.background), `${p.what}: ${p.color} on ${p.background}`).toBeGreaterThanOrEqual(min);
}

describe('themed by NL Design System tokens, mapped as docs/embedding.md says', () => {
  for (const theme of THEMES) {
    test(`${theme.name}: the tokens reach the widget; axe and contrast hold in every state; screenshots`, async () => {
      const page = await openPage(testbed.browser, { viewport: { width: 360, height: 640 } });
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(`${testbed.host.url}/${theme.name}`);
      await waitForFirstQuestion(page);

      // The theme really arrived: the answer buttons have the municipality's primary colour, not the default.
      const expected = await page.evaluate(() => getComputedStyle(document.querySelector('header.site')!).backgroundColor);
      const [choice] = await pairs(page, '.choice');
      expect(choice.color, 'answer text in the primary colour from the tokens').toBe(expected);
      expect(choice.color).not.toBe('rgb(29, 79, 145)');

      await expectNoAxeViolations(page, `${theme.name} start`);
      expectReadable(await pairs(page, '.choice'));
      expectReadable(await pairs(page, '.head .b112'));
      expectReadable(await pairs(page, '.head .exit'));
      expectReadable(await pairs(page, '.foot a'));
      expectReadable(await pairs(page, '.msg'));

      // Hover on an answer.
      await page.locator('wegwijs-chat .choice').first().hover();
      expectReadable(await pairs(page, '.choice:hover'));

      // Focus ring by keyboard: at least 3:1 against what surrounds it.
      await page.locator('wegwijs-chat .head .exit').focus();
      let onChoice = false;
      for (let i = 0; i < 10 && !onChoice; i++) {
        await page.keyboard.press('Tab');
        onChoice = await page.evaluate(
          () => document.querySelector('wegwijs-chat')!.shadowRoot!.activeElement?.matches('.choice') ?? false,
        );
      }
      expect(onChoice).toBe(true);
      const [focused] = await pairs(page, '.choice:focus-visible');
      const [ring, around] = focused.outline.split('|');
      expect(contrast(ring, around), `focus ring ${ring} on ${around}`).toBeGreaterThanOrEqual(3);

      // Answered: the chosen answer and the others stay readable; the signpost's call buttons and links too.
      for (const [i, label] of path.entries()) {
        await page.locator('wegwijs-chat .turn').last().getByRole('button', { name: label, exact: true }).click();
        await page
          .locator('wegwijs-chat .turn')
          .nth(i + 1)
          .waitFor();
      }
      expectReadable(await pairs(page, '.choice.chosen'));
      expectReadable(await pairs(page, '.answer'));
      expectReadable(await pairs(page, '.call'));
      expectReadable(await pairs(page, '.turn:last-child a'));
      expectReadable(await pairs(page, '.nav .sec'));
      await expectNoAxeViolations(page, `${theme.name} at a signpost`);
      mkdirSync('screenshots', { recursive: true });
      await page.evaluate(() => scrollTo(0, 0));
      await page.screenshot({ path: `screenshots/tokens-${theme.name}-360.png` });
      await page.locator('wegwijs-chat .turn').last().scrollIntoViewIfNeeded();
      await page.screenshot({ path: `screenshots/tokens-${theme.name}-360-signpost.png` });

      expect(errors).toEqual([]);
      await page.context().close();
    });

    test(`${theme.name}: the signpost card`, async () => {
      const page = await openPage(testbed.browser, { viewport: { width: 360, height: 640 } });
      await page.goto(`${testbed.host.url}/${theme.name}-signpost`);
      await page.getByRole('button', { name: 'Start het gesprek' }).waitFor();
      expectReadable(await pairs(page, '.start'));
      expectReadable(await pairs(page, '.compact a'));
      await expectNoAxeViolations(page, `${theme.name} signpost card`);
      mkdirSync('screenshots', { recursive: true });
      await page.screenshot({ path: `screenshots/tokens-${theme.name}-360-card.png` });
      await page.context().close();
    });
  }
});
