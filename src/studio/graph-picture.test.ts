// The picture's layout over the shared diagram model (src/engine/flow-diagram.ts).
import { describe, expect, it } from 'vitest';
import { shippedGraph } from '../../tests/support/content.js';
import { flowDiagram } from '../engine/flow-diagram.js';
import { flowMermaid } from '../site/mermaid.js';
import { BOX, edgePath, layout, type Placed } from './graph-picture.js';

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

describe('edgePath', () => {
  const at = (column: number, row: number): Placed => ({
    node: { kind: 'end', id: `n${column}${row}` },
    column,
    row,
    x: column * (BOX.width + BOX.gapX),
    y: row * (BOX.height + BOX.gapY),
  });

  it('goes from the right side to the left side of a later column', () => {
    expect(edgePath(at(0, 0), at(1, 2))).toMatch(new RegExp(`^M ${BOX.width} ${BOX.height / 2} C .* ${BOX.width + BOX.gapX} `));
  });

  it('loops out between the columns, never across the boxes, within a column', () => {
    const d = edgePath(at(1, 0), at(1, 3));
    const xs = [...d.matchAll(/(-?\d+(?:\.\d+)?) (-?\d+(?:\.\d+)?)/g)].map((m) => Number(m[1]));
    const right = BOX.width + BOX.gapX + BOX.width;
    for (const x of xs) expect(x).toBeGreaterThanOrEqual(right);
    for (const x of xs) expect(x).toBeLessThan(right + BOX.gapX);
  });
});
