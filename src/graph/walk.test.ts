import { describe, expect, it } from 'vitest';
import { type WalkStep, walkFrom, walkToGoal } from './walk.js';

// a → b, a → c, b → d, c → d, d → a (a loop back), e → d (e is not reached from a); "x" is not a step.
const step = (ref: string, ...targets: string[]): WalkStep => ({
  ref,
  choices: targets.map((target) => ({ label: `naar ${target}`, target })),
});
const steps: Record<string, WalkStep> = {
  a: step('a', 'b', 'c', 'x'),
  b: step('b', 'd'),
  c: step('c', 'd'),
  d: step('d', 'a'),
  e: step('e', 'd'),
};

describe('walkFrom', () => {
  it('reaches every step breadth-first, each once, with its distance and the first choice that reached it', () => {
    const walk = walkFrom(steps, ['a']);
    expect(walk.order).toEqual(['a', 'b', 'c', 'd']);
    expect(Object.fromEntries(walk.distance)).toEqual({ a: 0, b: 1, c: 1, d: 2 });
    expect(walk.parent.get('d')).toEqual({ ref: 'b', label: 'naar d' });
    expect(walk.parent.has('a')).toBe(false);
  });

  it('leaves out starts and targets that are not steps', () => {
    expect(walkFrom(steps, ['x']).order).toEqual([]);
    expect(walkFrom(steps, ['a']).distance.has('x')).toBe(false);
  });

  it('walks from several starts at once, each at distance 0', () => {
    const walk = walkFrom(steps, ['e', 'a']);
    expect(walk.order).toEqual(['e', 'a', 'd', 'b', 'c']);
    expect(walk.parent.get('d')).toEqual({ ref: 'e', label: 'naar d' });
  });

  it('follows only the choices `follow` allows, and does not leave a `stop` step', () => {
    expect(walkFrom(steps, ['a'], { follow: (_, to) => to !== 'b' }).order).toEqual(['a', 'c', 'd']);
    expect(walkFrom(steps, ['a'], { stop: (ref) => ref === 'b' || ref === 'c' }).order).toEqual(['a', 'b', 'c']);
  });
});

describe('walkToGoal', () => {
  it('gives the fewest choices to a goal, and the step one choice closer', () => {
    const walk = walkToGoal(steps, (s) => s.ref === 'd');
    expect(Object.fromEntries(walk.distance)).toEqual({ d: 0, b: 1, c: 1, e: 1, a: 2 });
    expect(walk.parent.get('a')).toEqual({ ref: 'b', label: 'naar b' });
  });

  it('leaves out steps that never get there', () => {
    expect([...walkToGoal(steps, (s) => s.ref === 'e').distance.keys()]).toEqual(['e']);
  });
});
