// The conversation as a picture, drawn here as SVG (no third-party site):
// the diagram model of src/engine/flow-diagram.ts (the same one
// `npm run flows:graph` writes as Mermaid), laid out in columns by depth:
// the start left, each column one choice further. Unreachable steps get the
// last column; help, ends and other conversations sit right of what leads there.
import { blockTexts } from '../compiler/render-text.js';
import { type DiagramNode, type FlowDiagram, flowDiagram } from '../engine/flow-diagram.js';
import type { Graph } from '../graph/graph.js';
import type { StepRef } from '../shared/api-types.js';
import { svg } from './dom.js';
import { say, words } from './words.js';

export const BOX = { width: 190, height: 52, gapX: 70, gapY: 16, pad: 12 };

export interface Placed {
  node: DiagramNode;
  column: number;
  row: number;
  x: number;
  y: number;
}

/** Column and row of every node, and the picture's size. Pure. */
export function layout(diagram: FlowDiagram): { placed: Map<string, Placed>; width: number; height: number } {
  const column = new Map<string, number>();
  const steps = diagram.nodes.filter((n) => n.kind === 'step');
  const deepest = Math.max(0, ...steps.map((n) => n.depth));
  for (const n of steps) column.set(n.id, n.reachable ? n.depth : deepest + 1);
  // What is not a step of this conversation sits one column right of the deepest step that leads to it.
  for (const n of diagram.nodes) {
    if (n.kind === 'step') continue;
    const from = diagram.edges.filter((e) => e.to === n.id).map((e) => column.get(e.from) ?? 0);
    column.set(n.id, Math.max(0, ...from) + 1);
  }
  const rows = new Map<number, number>();
  const placed = new Map<string, Placed>();
  for (const node of diagram.nodes) {
    const c = column.get(node.id)!;
    const row = rows.get(c) ?? 0;
    rows.set(c, row + 1);
    placed.set(node.id, {
      node,
      column: c,
      row,
      x: BOX.pad + c * (BOX.width + BOX.gapX),
      y: BOX.pad + row * (BOX.height + BOX.gapY),
    });
  }
  const columns = Math.max(1, ...[...column.values()].map((c) => c + 1));
  const height = Math.max(1, ...rows.values()) * (BOX.height + BOX.gapY) - BOX.gapY + 2 * BOX.pad;
  return { placed, width: columns * (BOX.width + BOX.gapX) - BOX.gapX + 2 * BOX.pad, height };
}

/**
 * An arrow from `a` to `b`: forward from the right side to the left side; to a
 * box in the same column as a loop out on the right (between the columns);
 * back to an earlier column from the top of `a` to the bottom of `b`.
 */
export function edgePath(a: Placed, b: Placed): string {
  const ya = a.y + BOX.height / 2;
  const yb = b.y + BOX.height / 2;
  if (b.column > a.column) {
    const x1 = a.x + BOX.width;
    const bend = Math.max(30, (b.x - x1) / 2);
    return `M ${x1} ${ya} C ${x1 + bend} ${ya}, ${b.x - bend} ${yb}, ${b.x} ${yb}`;
  }
  if (b.column === a.column) {
    const x = a.x + BOX.width;
    const out = Math.min(BOX.gapX - 10, 16 + 6 * Math.abs(b.row - a.row));
    return `M ${x} ${ya} C ${x + out} ${ya}, ${x + out} ${yb}, ${x} ${yb}`;
  }
  const xa = a.x + BOX.width / 2;
  const xb = b.x + BOX.width / 2;
  return `M ${xa} ${a.y} C ${xa} ${a.y - 40}, ${xb} ${b.y + BOX.height + 40}, ${xb} ${b.y + BOX.height}`;
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

function labelOf(graph: Graph, node: DiagramNode): [string, string] {
  const p = words.picture;
  switch (node.kind) {
    case 'step': {
      const text = blockTexts(graph.steps[node.ref].text.blocks).join(' ').replace(/\s+/g, ' ');
      return [node.reachable ? node.step : say(p.unreachable, { step: node.step }), text];
    }
    case 'other':
      return [say(p.otherFlow, { title: node.flowTitle, step: node.step }), ''];
    case 'help':
      return [say(p.help, { name: node.name }), ''];
    case 'end':
      return [p.end, ''];
  }
}

/** The picture of conversation `flowId`; clicking a step calls `open` with its ref. */
export function drawFlow(graph: Graph, flowId: string, open: (ref: StepRef) => void): SVGElement {
  const diagram = flowDiagram(graph, flowId);
  const { placed, width, height } = layout(diagram);
  const title = graph.flows[flowId].title;
  const picture = svg('svg', {
    class: 'flow-picture',
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    role: 'img',
    'aria-label': say(words.picture.label, { title }),
  });
  picture.appendChild(
    svg(
      'defs',
      {},
      svg(
        'marker',
        { id: 'pijl', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' },
        svg('path', { d: 'M 0 0 L 10 5 L 0 10 z', class: 'arrow-head' }),
      ),
    ),
  );
  for (const edge of diagram.edges) {
    const a = placed.get(edge.from);
    const b = placed.get(edge.to);
    if (!a || !b) continue;
    const path = svg('path', {
      d: edgePath(a, b),
      class: `edge edge-${edge.kind}`,
      'marker-end': 'url(#pijl)',
    });
    if (edge.label) path.appendChild(svg('title', {}, edge.label));
    picture.appendChild(path);
  }
  for (const { node, x, y } of placed.values()) {
    const [head, text] = labelOf(graph, node);
    const kind = node.kind === 'step' && !node.reachable ? 'unreachable' : node.kind;
    const group = svg('g', { class: `node node-${kind}`, transform: `translate(${x} ${y})`, 'data-node': node.id });
    group.appendChild(svg('rect', { width: BOX.width, height: BOX.height, rx: node.kind === 'help' || node.kind === 'end' ? 18 : 6 }));
    group.appendChild(svg('text', { x: 8, y: 20, class: 'node-head' }, clip(head, 26)));
    if (text) group.appendChild(svg('text', { x: 8, y: 40, class: 'node-text' }, clip(text, 30)));
    group.appendChild(svg('title', {}, text ? `${head}: ${text}` : head));
    if (node.kind === 'step' || node.kind === 'other') {
      const ref = node.ref;
      group.addEventListener('click', () => open(ref));
    }
    picture.appendChild(group);
  }
  return picture;
}
