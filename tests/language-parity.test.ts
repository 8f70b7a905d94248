// Issue 16: every published language of the shipped content is the Dutch
// conversation in other words. Same steps, same targets, same help, the same
// numbers in every text, and every text really translated (the easy-read
// Dutch variant may keep a Dutch sentence as it is).
import { describe, expect, it } from 'vitest';
import { findPhoneNumbers } from '../src/compiler/phone.js';
import { blockTexts } from '../src/compiler/render-text.js';
import { shippedGraph } from './support/content.js';

const graph = shippedGraph();
const numbers = (texts: string[]) => texts.flatMap((t) => findPhoneNumbers(t).map((n) => n.digits)).sort();
const REQUIRED = ['en', 'ar', 'tr', 'pl', 'uk', 'nl-x-eenvoud'];

describe('every published language', () => {
  it('includes the six of issue 16, each with its language list entry', () => {
    expect(Object.keys(graph.variants ?? {}).sort()).toEqual([...REQUIRED].sort());
    for (const flow of Object.values(graph.flows)) expect(flow.languages).toEqual(['nl', ...Object.keys(graph.variants!)]);
  });

  for (const lang of REQUIRED) {
    it(`${lang}: the same steps, targets, help and numbers as the Dutch`, () => {
      const variant = graph.variants![lang];
      expect(Object.keys(variant.steps).sort()).toEqual(Object.keys(graph.steps).sort());
      let same = 0;
      for (const [ref, dutch] of Object.entries(graph.steps)) {
        const step = variant.steps[ref];
        expect(
          step.choices.map((c) => c.target),
          ref,
        ).toEqual(dutch.choices.map((c) => c.target));
        expect(step.services, ref).toEqual(dutch.services);
        expect(numbers(blockTexts(step.text.blocks)), ref).toEqual(numbers(blockTexts(dutch.text.blocks)));
        if (step.text.html === dutch.text.html) same++;
        expect(step.title.trim(), ref).not.toBe('');
      }
      // A translation translates: at most a few texts may read as the Dutch does.
      expect(same).toBeLessThanOrEqual(lang.startsWith('nl') ? Object.keys(graph.steps).length / 2 : 0);
      for (const [id, service] of Object.entries(graph.services)) {
        expect(variant.services[id].name).toBe(service.name);
        expect(variant.services[id].channels.map((c) => (c.kind === 'phone' ? c.tel : c.url))).toEqual(
          service.channels.map((c) => (c.kind === 'phone' ? c.tel : c.url)),
        );
      }
    });
  }
});
