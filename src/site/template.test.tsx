/** @jsxImportSource hono/jsx */
import { describe, expect, test } from 'vitest';
import { documentHtml } from './template.js';

describe('documentHtml', () => {
  test('a whole document from a synchronous tree, escaped', () => {
    expect(documentHtml(<p title={'"x"'}>{'<b>'}</p>)).toBe('<!DOCTYPE html><p title="&quot;x&quot;">&lt;b&gt;</p>');
  });

  test('an asynchronous component is refused: pages are rendered once, as strings', () => {
    const Slow = async () => <p>later</p>;
    expect(() =>
      documentHtml(
        <div>
          <Slow />
        </div>,
      ),
    ).toThrow('site pages must render synchronously');
  });
});
