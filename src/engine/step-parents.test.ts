import { describe, expect, it } from 'vitest';
import type { FlowSummary } from '../shared/api-types.js';
import { stepPlaces } from './step-parents.js';

const flow = (id: string, title: string, start = 'begin'): FlowSummary => ({
  id,
  title,
  audience: 'iedereen',
  lang: 'nl',
  languages: ['nl'],
  start: `${id}/${start}`,
});
const step = (ref: string, choices: Array<[string, string]> = [], title?: string) => ({
  ref,
  choices: choices.map(([label, target]) => ({ label, target })),
  title,
});

const flows = { start: flow('start', 'Waar gaat het over?'), zorgen: flow('zorgen', 'Ik maak me zorgen') };
const steps = Object.fromEntries(
  [
    step('start/begin', [
      ['Er is nu gevaar', 'start/gevaar'],
      ['Zorgen', 'zorgen/begin'],
      ['Over een kind', 'zorgen/kind'],
    ]),
    step('start/gevaar', [['Terug', 'start/begin']]),
    step('zorgen/begin', [
      ['Om een kind', 'zorgen/kind'],
      ['Iets anders', 'zorgen/anders'],
    ]),
    step('zorgen/kind', [
      ['Nu gevaar', 'start/gevaar'],
      ['Opnieuw', 'zorgen/begin'],
    ]),
    step('zorgen/anders', [], 'Iets anders aan de hand'),
  ].map((s) => [s.ref, s]),
);

describe('stepPlaces', () => {
  const places = stepPlaces(flows, steps);

  it('gives a start its conversation title, and no parent to the entry', () => {
    expect(places['start/begin']).toEqual({ title: 'Waar gaat het over?' });
    expect(places['zorgen/begin']).toEqual({ title: 'Ik maak me zorgen', parent: 'start/begin' });
  });

  it('titles a step with the choice that first leads to it inside its own conversation', () => {
    expect(places['start/gevaar']).toEqual({ title: 'Er is nu gevaar', parent: 'start/begin' });
    // Also reached straight from the entry ("Over een kind"), but its place is in its own conversation.
    expect(places['zorgen/kind']).toEqual({ title: 'Om een kind', parent: 'zorgen/begin' });
  });

  it('prefers the heading the editor wrote', () => {
    expect(places['zorgen/anders']).toEqual({ title: 'Iets anders aan de hand', parent: 'zorgen/begin' });
  });

  it('ignores choices that go back up', () => {
    expect(places['start/begin'].parent).toBeUndefined();
  });
});
