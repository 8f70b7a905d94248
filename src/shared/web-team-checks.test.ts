import { describe, expect, test } from 'vitest';
import { failingPairs } from './theme-tokens.js';
import { attributeMessages, cspMessage, themeCheck, unknownMunicipalityMessage } from './web-team-checks.js';

const SERVICE = 'https://hulp.example.nl';

describe("the web team's messages", () => {
  test('a good snippet says nothing', () => {
    expect(attributeMessages({ mode: 'launcher', gemeente: 'GM0344' }, SERVICE)).toEqual([]);
    expect(attributeMessages({ mode: null, gemeente: null }, SERVICE)).toEqual([]);
    expect(attributeMessages({ mode: ' signpost ', gemeente: 'gm0344' }, SERVICE)).toEqual([]);
  });

  test('an unknown mode and a malformed code: what is wrong, what to change, what visitors get', () => {
    const [mode, gemeente] = attributeMessages({ mode: 'popup', gemeente: 'Utrecht' }, SERVICE);
    expect(mode).toBe('wegwijs: mode="popup" bestaat niet. Kies inline, launcher of signpost. Bezoekers zien nu de vorm inline.');
    expect(gemeente).toMatch(/^wegwijs: gemeente="Utrecht" is geen gemeentecode\. .*GM0637.*https:\/\/hulp\.example\.nl\/embed/);
  });

  test('a long or odd attribute is cut and quoted, never left raw', () => {
    const [message] = attributeMessages({ mode: `"${'x'.repeat(100)}`, gemeente: null }, SERVICE);
    expect(message).toContain('mode="\\"xxxxxxxx');
    expect(message).toContain('…"');
    expect(message.length).toBeLessThan(200);
  });

  test('unknown municipality and CSP', () => {
    expect(unknownMunicipalityMessage('GM9999', SERVICE)).toBe(
      'wegwijs: gemeente="GM9999" kennen wij niet. Zoek de goede code op https://hulp.example.nl/embed. Bezoekers zien nu alleen landelijke hulp.',
    );
    expect(cspMessage(SERVICE, 'connect-src')).toMatch(
      /^wegwijs: de Content-Security-Policy van deze pagina blokkeert https:\/\/hulp\.example\.nl\. Zet https:\/\/hulp\.example\.nl in connect-src\./,
    );
  });

  test('theme: good colours pass untouched', () => {
    expect(themeCheck({ primary: '#00529b', background: '#ffffff', color: '#000000' })).toEqual({ reset: [], messages: [] });
  });

  test('theme: a failing pair goes back to the defaults, with the colours the page gave in the message', () => {
    const { reset, messages } = themeCheck({ primary: '#aabbcc' });
    expect(reset).toEqual(expect.arrayContaining(['primary', 'primary-text', 'background', 'hover']));
    expect(messages[0]).toMatch(
      /^wegwijs: --wegwijs-primary-text \(#fff\) op --wegwijs-primary \(#aabbcc\) heeft te weinig contrast: 1,96:1, minimaal 4,5:1\./,
    );
    expect(messages.every((m) => m.includes('#aabbcc'))).toBe(true);
  });

  test('theme: resetting one token never leaves a clash behind (a dark theme without all its tokens)', () => {
    const colours = { background: '#111111', color: '#eeeeee', primary: '#99ccff', 'primary-text': '#000000' };
    const { reset } = themeCheck(colours);
    const left = Object.fromEntries(Object.entries(colours).filter(([token]) => !reset.includes(token as never)));
    expect(failingPairs(left)).toEqual([]);
    expect(reset.length).toBeGreaterThan(0);
  });
});
