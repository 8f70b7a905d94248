// The Shift rule shared by the site and the widget, as a pure state machine.
// The same sequences run in Chromium on both in tests/browser/quick-exit.test.ts.
import { describe, expect, test } from 'vitest';
import { SHIFT_WINDOW_MS, ShiftRule, shiftMessage } from './quick-exit.js';

/** Plays keys at times: 'Shift' is a lone press (down and up); other names are a key press. */
function play(rule: ShiftRule, keys: Array<[string, number]>): number[] {
  const counts: number[] = [];
  for (const [key, at] of keys) {
    rule.keydown({ key });
    counts.push(rule.keyup({ key }, at));
  }
  return counts;
}

describe('ShiftRule', () => {
  test('three quick presses: leave on the third', () => {
    expect(
      play(new ShiftRule(), [
        ['Shift', 0],
        ['Shift', 300],
        ['Shift', 600],
      ]),
    ).toEqual([1, 2, 3]);
  });

  test('the window is 5 seconds from the first press: 0, 4 and 8 s do not leave', () => {
    expect(SHIFT_WINDOW_MS).toBe(5000);
    expect(
      play(new ShiftRule(), [
        ['Shift', 0],
        ['Shift', 4000],
        ['Shift', 8000],
      ]),
    ).toEqual([1, 2, 1]);
    expect(
      play(new ShiftRule(), [
        ['Shift', 0],
        ['Shift', 2500],
        ['Shift', 5000],
      ]),
    ).toEqual([1, 2, 3]);
    expect(
      play(new ShiftRule(), [
        ['Shift', 0],
        ['Shift', 2500],
        ['Shift', 5001],
      ]),
    ).toEqual([1, 2, 1]);
  });

  test('any other key in between starts again: Shift, u, t, Shift, r, e, Shift does not leave', () => {
    const seq: Array<[string, number]> = [
      ['Shift', 0],
      ['u', 100],
      ['t', 200],
      ['Shift', 300],
      ['r', 400],
      ['e', 500],
      ['Shift', 600],
    ];
    expect(play(new ShiftRule(), seq).filter((_, i) => seq[i][0] === 'Shift')).toEqual([1, 1, 1]);
  });

  test('Shift as a modifier is no press; a held Shift repeating counts once', () => {
    const rule = new ShiftRule();
    rule.keydown({ key: 'Shift' });
    rule.keydown({ key: 'A' });
    expect(rule.keyup({ key: 'Shift' }, 0)).toBe(0);
    rule.keydown({ key: 'Shift' });
    rule.keydown({ key: 'Shift', repeat: true });
    rule.keydown({ key: 'Shift', repeat: true });
    expect(rule.keyup({ key: 'Shift' }, 10)).toBe(1);
    expect(rule.keyup({ key: 'Shift' }, 20)).toBe(0);
  });

  test('nothing counts while an input method composes, and a composition ends a run', () => {
    const rule = new ShiftRule();
    expect(
      play(rule, [
        ['Shift', 0],
        ['Shift', 100],
      ]),
    ).toEqual([1, 2]);
    rule.compositionStart();
    expect(rule.armed).toBe(0);
    expect(
      play(rule, [
        ['Shift', 200],
        ['Shift', 300],
        ['Shift', 400],
      ]),
    ).toEqual([0, 0, 0]);
    rule.compositionEnd();
    rule.keydown({ key: 'Shift', isComposing: true });
    expect(rule.keyup({ key: 'Shift', isComposing: true }, 500)).toBe(0);
    expect(
      play(rule, [
        ['Shift', 600],
        ['Shift', 700],
        ['Shift', 800],
      ]),
    ).toEqual([1, 2, 3]);
  });

  test('keydown reports when it ended an armed run (so the announcement is cleared)', () => {
    const rule = new ShiftRule();
    expect(rule.keydown({ key: 'a' })).toBe(false);
    play(rule, [['Shift', 0]]);
    expect(rule.keydown({ key: 'a' })).toBe(true);
  });

  test('announcements', () => {
    expect(shiftMessage(1)).toBe('Shift 1 keer ingedrukt. Druk nog 2 keer op Shift om snel weg te gaan.');
    expect(shiftMessage(2)).toBe('Shift 2 keer ingedrukt. Druk nog 1 keer op Shift om snel weg te gaan.');
    expect(shiftMessage(3)).toBe('Je gaat nu weg van deze pagina.');
  });
});
