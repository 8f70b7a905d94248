import { describe, expect, it } from 'vitest';
import { renderText } from './render-text.js';

const known = (digits: string) => (['112', '113', '08002000'].includes(digits) ? digits : undefined);

describe('phone numbers in a step text', () => {
  it('become tel: links in the HTML and in the blocks the widget gets', () => {
    const { text, problems } = renderText('Bel nu 112. Of bel **0800-2000** als je twijfelt.', known);
    expect(problems).toEqual([]);
    expect(text.html).toBe(
      '<p>Bel nu <a href="tel:112">112</a>. Of bel <strong><a href="tel:08002000">0800-2000</a></strong> als je twijfelt.</p>',
    );
    expect(text.blocks).toEqual([
      {
        t: 'p',
        c: [
          { t: 'text', v: 'Bel nu ' },
          { t: 'link', href: 'tel:112', c: [{ t: 'text', v: '112' }] },
          { t: 'text', v: '. Of bel ' },
          { t: 'strong', c: [{ t: 'link', href: 'tel:08002000', c: [{ t: 'text', v: '0800-2000' }] }] },
          { t: 'text', v: ' als je twijfelt.' },
        ],
      },
    ]);
  });

  it('are linked in lists and headings too, but never inside a link or code', () => {
    const { text } = renderText('### Bel 113\n\n- Bel [0800-2000](tel:08002000) of 113\n- `112`', known);
    expect(text.html).toContain('<h3>Bel <a href="tel:113">113</a></h3>');
    expect(text.html).toContain('<li>Bel <a href="tel:08002000">0800-2000</a> of <a href="tel:113">113</a></li>');
    expect(text.html).toContain('<li><code>112</code></li>');
    expect(text.html.match(/<a /g)).toHaveLength(3);
  });

  it('stay text when the lookup does not know them, and without a lookup', () => {
    expect(renderText('Bel 0900-1234 of 112.', known).text.html).toBe('<p>Bel 0900-1234 of <a href="tel:112">112</a>.</p>');
    expect(renderText('Bel 112.').text.html).toBe('<p>Bel 112.</p>');
  });

  it('keeps the text around a number escaped', () => {
    expect(renderText('A & B: bel 112 <3', known).text.html).toBe('<p>A &amp; B: bel <a href="tel:112">112</a> &lt;3</p>');
  });
});
