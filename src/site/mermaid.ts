// One Mermaid flowchart per conversation, for editors (`npm run flows:graph`):
// every step with the start of its text, every choice as a labelled arrow,
// help as rounded boxes, links to other conversations as boxes with a double
// border. Pure: graph in, text out.

import { blockTexts } from '../compiler/render-text.js';
import { reachableSteps } from '../engine/flow-view.js';
import type { Graph } from '../graph/graph.js';
import { flowOf, stepIdOf } from '../graph/step-ref.js';
import type { StepRef } from '../shared/api-types.js';
import { format, siteText } from './messages.js';

const LABEL_LENGTH = 80;

/** Node ids: refs with only letters, digits and underscores ("omstander/gevaar-nu" → "omstander__gevaar_nu"). */
function nodeId(ref: StepRef): string {
  return ref.replace('/', '__').replace(/-/g, '_');
}

/** Text safe inside a quoted Mermaid label: one line, no quotes or angle brackets. */
export function mermaidLabel(text: string, max = LABEL_LENGTH): string {
  const line = text.replace(/\s+/g, ' ').trim();
  const short = line.length > max ? line.slice(0, max - 1).trimEnd() + '…' : line;
  return short.replace(/#/g, '#35;').replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;');
}

const helpId = (service: string) => `help_${service.replace(/-/g, '_')}`;
// Not "end…": Mermaid reads "end" as a keyword.
const finishId = (flowId: string) => `einde_${flowId.replace(/-/g, '_')}`;

export function flowMermaid(graph: Graph, flowId: string): string {
  const flow = graph.flows[flowId];
  if (!flow) throw new Error(`no conversation "${flowId}"`);
  const reachable = new Set(reachableSteps(graph, flowId).filter((ref) => flowOf(ref) === flowId));
  const own = Object.keys(graph.steps).filter((ref) => flowOf(ref) === flowId);
  const lines = [
    `%% Conversation "${flowId}": ${mermaidLabel(flow.title)} (${graph.sources[flow.start]?.file ?? '?'})`,
    '%% Made by `npm run flows:graph` from the flow file: change that file, not this one.',
    'flowchart TD',
  ];
  const others = new Set<StepRef>();
  const services = new Set<string>();
  const ends: string[] = [];
  for (const ref of own) {
    const step = graph.steps[ref];
    const text = blockTexts(step.text.blocks).join(' ');
    lines.push(`  ${nodeId(ref)}["${mermaidLabel(`${stepIdOf(ref)}: ${text}`)}"]`);
    if (!reachable.has(ref)) lines.push(`  class ${nodeId(ref)} unreachable`);
  }
  for (const ref of own) {
    const step = graph.steps[ref];
    for (const choice of step.choices) {
      if (flowOf(choice.target) !== flowId) others.add(choice.target);
      lines.push(`  ${nodeId(ref)} -->|"${mermaidLabel(choice.label, 60)}"| ${nodeId(choice.target)}`);
    }
    for (const id of step.services) {
      services.add(id);
      lines.push(`  ${nodeId(ref)} -.-> ${helpId(id)}`);
    }
    if (step.end) ends.push(ref);
  }
  for (const ref of others) {
    const title = graph.flows[flowOf(ref)]?.title ?? flowOf(ref);
    lines.push(`  ${nodeId(ref)}[["${mermaidLabel(`${title} (${stepIdOf(ref)})`)}"]]`, `  class ${nodeId(ref)} other`);
  }
  for (const id of services) {
    lines.push(
      `  ${helpId(id)}(["${mermaidLabel(format(siteText.diagram.help, { name: graph.services[id]?.name ?? id }))}"])`,
      `  class ${helpId(id)} help`,
    );
  }
  if (ends.length) {
    lines.push(`  ${finishId(flowId)}((${siteText.diagram.end}))`);
    for (const ref of ends) lines.push(`  ${nodeId(ref)} --> ${finishId(flowId)}`);
  }
  lines.push(
    '  classDef help fill:#e8f3ea,stroke:#1e6b2e',
    '  classDef other fill:#eef3fa,stroke:#1d4e89',
    '  classDef unreachable fill:#fdecea,stroke:#a4001d,stroke-dasharray:4 3',
  );
  return lines.join('\n') + '\n';
}
