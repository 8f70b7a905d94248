import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fill, fillParts, format, plural } from './messages.js';

describe('messages', () => {
  it('fills placeholders and leaves unknown ones', () => {
    expect(fill('Bel {name}: {number}', { name: 'Veilig Thuis', number: '0800-2000' })).toBe('Bel Veilig Thuis: 0800-2000');
    expect(fill('Hulp in {name}', {})).toBe('Hulp in {name}');
  });

  it('chooses plural forms with the platform rules, and zero when given', () => {
    const forms = { zero: 'Geen gemeente gevonden.', one: '1 gemeente gevonden.', other: '{count} gemeenten gevonden.' };
    expect(plural('nl', 0, forms)).toBe('Geen gemeente gevonden.');
    expect(plural('nl', 1, forms)).toBe('1 gemeente gevonden.');
    expect(plural('nl', 11, forms)).toBe('11 gemeenten gevonden.');
    expect(plural('nl', 0, { one: 'één', other: '{count} stuks' })).toBe('0 stuks');
    expect(format(forms, { count: 2 })).toBe('2 gemeenten gevonden.');
    expect(format('Jij koos: {label}', { label: 'Ja' })).toBe('Jij koos: Ja');
  });
});

/** Every catalogue file: an object of groups or messages; a message is a non-empty string or plural forms with `other`. */
describe('the catalogue files (messages/)', () => {
  const root = join(import.meta.dirname, '../../messages');
  const languages = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory() && /^[a-z]{2}$/.test(d.name));

  it('has Dutch, the source language', () => {
    expect(languages.map((d) => d.name)).toContain('nl');
  });

  for (const lang of languages) {
    for (const file of readdirSync(join(root, lang.name)).filter((f) => f.endsWith('.json'))) {
      it(`${lang.name}/${file} holds only well-formed messages`, () => {
        const problems: string[] = [];
        const walk = (value: unknown, path: string) => {
          if (typeof value === 'string') {
            if (!value.trim()) problems.push(`${path}: empty`);
            if (/\{[^}]*\W[^}]*\}/.test(value.replace(/\{\w+\}/g, ''))) problems.push(`${path}: malformed placeholder`);
          } else if (value && typeof value === 'object' && 'other' in value) {
            for (const [form, text] of Object.entries(value)) {
              if (!['zero', 'one', 'two', 'few', 'many', 'other'].includes(form) || typeof text !== 'string')
                problems.push(`${path}.${form}: not a plural form`);
            }
          } else if (value && typeof value === 'object') {
            for (const [key, inner] of Object.entries(value)) walk(inner, path ? `${path}.${key}` : key);
          } else problems.push(`${path}: not a message`);
        };
        walk(JSON.parse(readFileSync(join(root, lang.name, file), 'utf8')), '');
        expect(problems).toEqual([]);
      });
    }
  }
});

describe('fillParts', () => {
  it('puts a part in place of each known placeholder and keeps the text around it', () => {
    const link = { href: 'tel:112', text: '112' };
    expect(fillParts('Bij gevaar: bel {emergency}.', { emergency: link })).toEqual(['Bij gevaar: bel ', link, '.']);
    expect(fillParts('{a}{b}', { a: 1, b: 2 })).toEqual([1, 2]);
  });

  it('an unknown placeholder stays as text, like fill; text values join the text around them', () => {
    expect(fillParts('Bel {number} of {other}', { number: 'X' })).toEqual(['Bel X of {other}']);
  });
});
