// The frame of every page: what a frightened visitor needs is there on any
// page the layout draws, before the page's own content.
import { describe, expect, test } from 'vitest';
import { Layout } from './layout.js';
import { siteText } from './messages.js';
import { documentHtml } from './template.js';
import { EXIT_URL } from './urls.js';

const page = (props: Partial<Parameters<typeof Layout>[0]> = {}) =>
  documentHtml(
    <Layout title="Wegwijs" {...props}>
      <h1>Inhoud</h1>
    </Layout>,
  );

describe('Layout', () => {
  test('112 and the quick exit come before the content, after a skip link', () => {
    const html = page();
    const call = html.indexOf('href="tel:112"');
    const exit = html.indexOf(`href="${EXIT_URL}"`);
    const content = html.indexOf('<h1>Inhoud</h1>');
    expect(html.indexOf('class="skip-link"')).toBeLessThan(call);
    expect(call).toBeGreaterThan(0);
    expect(exit).toBeGreaterThan(0);
    expect(Math.max(call, exit)).toBeLessThan(content);
    expect(html).toContain(siteText.layout.call112);
    expect(html).toContain(siteText.layout.exit);
  });

  test('the exit leaves without a Referer; in a frame it takes the whole tab', () => {
    expect(page()).toMatch(new RegExp(`<a class="exit" id="snel-weg" href="${EXIT_URL}" rel="noreferrer">`));
    expect(page({ frame: true })).toMatch(/<a class="exit" id="snel-weg" href="[^"]+" rel="noreferrer" target="_top">/);
  });

  test('Dutch by default; the tab title as given; the picker script only with a municipality form', () => {
    const html = page({ title: 'Tips – Wegwijs' });
    expect(html).toMatch(/^<!DOCTYPE html><html lang="nl" dir="ltr">/);
    expect(html).toContain('<title>Tips – Wegwijs</title>');
    expect(html).toContain('<script src="/site/exit.js" defer=""></script>');
    expect(html).not.toContain('/site/picker.js');
    const withForm = page({ choice: { action: '/', municipalities: [{ code: 'GM0637', name: 'Zoetermeer', region: '' }] } });
    expect(withForm).toContain('<script src="/site/picker.js" defer=""></script>');
  });
});
