// One Mermaid flowchart per conversation, for editors (`npm run flows:graph`):
// every step with the start of its text, every choice as a labelled arrow,
// help as rounded boxes, links to other conversations as boxes with a double
// border. Pure: graph in, text out. What is drawn comes from the one diagram
// model (src/engine/flow-diagram.ts) the editors' studio draws too.

import { blockTexts } from '../compiler/render-text.js';
import { flowDiagram } from '../engine/flow-diagram.js';
import type { Graph } from '../graph/graph.js';
import { format, siteText } from './messages.js';

const LABEL_LENGTH = 80;

/** Text safe inside a quoted Mermaid label: one line, no quotes or angle brackets. */
export function mermaidLabel(text: string, max = LABEL_LENGTH): string {
  const line = text.replace(/\s+/g, ' ').trim();
  const short = line.length > max ? line.slice(0, max - 1).trimEnd() + '…' : line;
  return short.replace(/#/g, '#35;').replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;');
}

export function flowMermaid(graph: Graph, flowId: string): string {
  const flow = graph.flows[flowId];
  const diagram = flowDiagram(graph, flowId);
  const lines = [
    `%% Conversation "${flowId}": ${mermaidLabel(flow.title)} (${graph.sources[flow.start]?.file ?? '?'})`,
    '%% Made by `npm run flows:graph` from the flow file: change that file, not this one.',
    'flowchart TD',
  ];
  const steps = diagram.nodes.filter((n) => n.kind === 'step');
  for (const node of steps) {
    const text = blockTexts(graph.steps[node.ref].text.blocks).join(' ');
    lines.push(`  ${node.id}["${mermaidLabel(`${node.step}: ${text}`)}"]`);
    if (!node.reachable) lines.push(`  class ${node.id} unreachable`);
  }
  for (const edge of diagram.edges) {
    if (edge.kind === 'choice') lines.push(`  ${edge.from} -->|"${mermaidLabel(edge.label ?? '', 60)}"| ${edge.to}`);
    else if (edge.kind === 'help') lines.push(`  ${edge.from} -.-> ${edge.to}`);
  }
  for (const node of diagram.nodes) {
    if (node.kind === 'other')
      lines.push(`  ${node.id}[["${mermaidLabel(`${node.flowTitle} (${node.step})`)}"]]`, `  class ${node.id} other`);
    if (node.kind === 'help')
      lines.push(`  ${node.id}(["${mermaidLabel(format(siteText.diagram.help, { name: node.name }))}"])`, `  class ${node.id} help`);
  }
  const end = diagram.nodes.find((n) => n.kind === 'end');
  if (end) {
    lines.push(`  ${end.id}((${siteText.diagram.end}))`);
    for (const edge of diagram.edges) if (edge.kind === 'end') lines.push(`  ${edge.from} --> ${edge.to}`);
  }
  lines.push(
    '  classDef help fill:#e8f3ea,stroke:#1e6b2e',
    '  classDef other fill:#eef3fa,stroke:#1d4e89',
    '  classDef unreachable fill:#fdecea,stroke:#a4001d,stroke-dasharray:4 3',
  );
  return lines.join('\n') + '\n';
}
