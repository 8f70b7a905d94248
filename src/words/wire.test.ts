// The word list on the wire: no headings unless asked for, steps not at hand
// left out, and the same weights wherever the list is read.
import { describe, expect, it } from 'vitest';
import { shippedGraph } from '../../tests/support/content.js';
import { buildWordIndex, buildWordList } from './index.js';
import { match } from './match.js';
import { fromWordList } from './wire.js';

const graph = shippedGraph();
const list = buildWordList(graph);

describe('the word list', () => {
  it('carries stems and danger rules, and headings only with places', () => {
    expect(list.places).toBeUndefined();
    expect(list.steps.every(([step, phrases]) => graph.steps[step] && phrases.length > 0)).toBe(true);
    expect(list.danger.every((rule) => rule.title && graph.steps[rule.step])).toBe(true);
    const places = buildWordList(graph, true).places!;
    for (const [step] of list.steps) expect(places[step], step).toEqual([graph.steps[step].key, graph.steps[step].title]);
  });

  it('read with the steps at hand: only those are suggested, with their headings, and the same weights as everywhere', () => {
    const server = buildWordIndex(graph);
    const older = Object.fromEntries(Object.entries(graph.steps).filter(([ref]) => ref.startsWith('ouderen/')));
    const widget = fromWordList(list, older);
    expect(widget.weights).toEqual(server.weights);
    expect(widget.steps.length).toBeGreaterThan(0);
    expect(widget.steps.every((s) => s.step.startsWith('ouderen/') && s.title === graph.steps[s.step].title)).toBe(true);
    const partner = 'ik word geslagen door mijn man';
    expect(match(server, partner).suggestions[0].step).toBe('slachtoffer/partner');
    expect(match(widget, partner).suggestions.every((s) => s.step.startsWith('ouderen/'))).toBe(true);
    expect(match(widget, 'mijn zoon pakt mijn geld').suggestions[0]).toMatchObject({
      step: 'ouderen/geld',
      title: graph.steps['ouderen/geld'].title,
    });
    // A danger is shown even where its step is not in the conversation at hand.
    expect(match(widget, 'hij staat met een mes voor de deur').suggestions[0]).toMatchObject({
      step: 'start/gevaar-nu',
      call: { tel: '112' },
    });
  });

  it('read on the site with places gives the server index back', () => {
    const site = fromWordList(buildWordList(graph, true));
    const server = buildWordIndex(graph);
    expect(site.steps.map((s) => [s.step, s.key, s.title])).toEqual(server.steps.map((s) => [s.step, s.key, s.title]));
  });
});
