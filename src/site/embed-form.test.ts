import { describe, expect, test } from 'vitest';
import { readEmbedForm } from './embed-form.js';

const known = { municipalities: new Set(['GM0344', 'GM0637']), languages: ['nl'] };
const read = (query: string) => readEmbedForm(new URLSearchParams(query), known);

describe('the /embed form', () => {
  test('empty: the defaults, no errors, nothing in the theme', () => {
    const { form, errors, warnings, theme } = read('');
    expect(form).toMatchObject({ mode: 'inline', gemeente: undefined, lang: 'nl', pinned: true });
    expect(form.colours.background).toBe('#ffffff');
    expect({ errors, warnings, theme }).toEqual({ errors: {}, warnings: {}, theme: {} });
  });

  test('a full good choice; colours equal to the defaults stay out of the theme', () => {
    const { form, errors, theme } = read(
      'mode=launcher&gemeente=gm0344&lang=nl&versie=nieuwst&primary=%2300529B&background=%23ffffff&lettertype=Rijksoverheid Sans, Arial',
    );
    expect(errors).toEqual({});
    expect(form).toMatchObject({ mode: 'launcher', gemeente: 'GM0344', pinned: false });
    expect(theme).toEqual({ primary: '#00529b', 'font-family': 'Rijksoverheid Sans, Arial' });
  });

  test('bad input: a Dutch message per field, and nothing of the input in it', () => {
    const attack = '<script>alert(1)</script>';
    const { errors, theme } = read(
      `mode=${encodeURIComponent(attack)}&gemeente=${encodeURIComponent(attack)}&lang=xx&versie=oud&primary=red&lettertype=${encodeURIComponent('x;}</style>')}`,
    );
    expect(Object.keys(errors).sort()).toEqual(['gemeente', 'lang', 'lettertype', 'mode', 'primary', 'versie']);
    expect(errors.mode).toBe('Deze vorm is er niet. Kies een van de drie vormen.');
    expect(errors.gemeente).toBe('Dit is geen gemeentecode. Kies uw gemeente uit de lijst.');
    for (const message of Object.values(errors)) expect(message).not.toMatch(/script|alert|style|xx|oud|red/);
    expect(theme).toEqual({});
  });

  test('a well-formed code the service does not know', () => {
    expect(read('gemeente=GM9999').errors.gemeente).toBe('Deze gemeente kennen wij niet. Kies uw gemeente uit de lijst.');
  });

  test('too little contrast is a warning at the field, not an error', () => {
    const { errors, warnings, theme } = read('primary=%23aabbcc');
    expect(errors).toEqual({});
    expect(theme).toEqual({ primary: '#aabbcc' });
    expect(warnings.primary).toMatch(/^Te weinig contrast\. --wegwijs-primary op --wegwijs-background: 1,96:1, minimaal 4,5:1\./);
    expect(warnings['primary-text']).toContain('--wegwijs-primary-text op --wegwijs-primary');
  });
});
