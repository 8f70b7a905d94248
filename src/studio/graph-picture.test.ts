// The picture's layout over the shared diagram model (src/engine/flow-diagram.ts).
import { describe, expect, it } from 'vitest';
import { shippedGraph } from '../../tests/support/content.js';
import { flowDiagram } from '../engine/flow-diagram.js';
import { flowMermaid } from '../site/mermaid.js';
import { BOX, layout } from './graph-picture.js';

const graph = shippedGraph();

describe('layout', () => {
  it('puts the start in the first column and each step one column per choice further', () => {
    const diagram = flowDiagram(graph, 'pleger');
    const { placed, width, height } = layout(diagram);
    for (const node of diagram.nodes) {
      const p = placed.get(node.id)!;
      if (node.kind === 'step' && node.reachable) expect(p.column).toBe(node.depth);
      expect(p.x + BOX.width).toBeLessThanOrEqual(width);
      expect(p.y + BOX.height).toBeLessThanOrEqual(height);
    }
    expect(placed.get(diagram.nodes.find((n) => n.kind === 'step' && n.ref === graph.flows.pleger.start)!.id)!.column).toBe(0);
    // No two boxes on the same place.
    const spots = [...placed.values()].map((p) => `${p.x},${p.y}`);
    expect(new Set(spots).size).toBe(spots.length);
  });

  it('puts help right of every step that leads to it', () => {
    const diagram = flowDiagram(graph, 'pleger');
    const { placed } = layout(diagram);
    for (const edge of diagram.edges.filter((e) => e.kind !== 'choice'))
      expect(placed.get(edge.to)!.column).toBeGreaterThan(placed.get(edge.from)!.column);
  });

  it('draws what flows:graph writes: the same steps and choices', () => {
    const diagram = flowDiagram(graph, 'omstander');
    const mermaid = flowMermaid(graph, 'omstander');
    for (const node of diagram.nodes) expect(mermaid).toContain(node.id);
    expect(diagram.edges.filter((e) => e.kind === 'choice').length).toBe((mermaid.match(/-->\|/g) ?? []).length);
  });
});
