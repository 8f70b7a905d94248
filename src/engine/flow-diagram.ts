// One conversation as a diagram model: its steps (reachable or not), the
// choices between them as labelled edges, the help each step names, its ends
// and the steps of other conversations it leads to, each step with its depth
// (fewest choices from the start, the one walk of src/graph/walk.ts). Pure:
// `npm run flows:graph` writes it as Mermaid text (src/site/mermaid.ts), the
// editors' studio draws it as a picture (src/studio/graph-picture.ts).
import type { Graph } from '../graph/graph.js';
import { flowOf, stepIdOf } from '../graph/step-ref.js';
import { walkFrom } from '../graph/walk.js';
import type { StepRef } from '../shared/api-types.js';

export type DiagramNode =
  | { kind: 'step'; id: string; ref: StepRef; step: string; reachable: boolean; depth: number }
  | { kind: 'other'; id: string; ref: StepRef; flowTitle: string; step: string }
  | { kind: 'help'; id: string; service: string; name: string }
  | { kind: 'end'; id: string };

export interface DiagramEdge {
  from: string;
  to: string;
  /** The choice's label; none for an arrow to help or to the end. */
  label?: string;
  kind: 'choice' | 'help' | 'end';
}

export interface FlowDiagram {
  flowId: string;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
}

/** Node ids: only letters, digits and underscores ("omstander/gevaar-nu" → "omstander__gevaar_nu"). */
export function nodeId(ref: StepRef): string {
  return ref.replace('/', '__').replace(/-/g, '_');
}

const helpId = (service: string) => `help_${service.replace(/-/g, '_')}`;
// Not "end…": Mermaid reads "end" as a keyword.
const finishId = (flowId: string) => `einde_${flowId.replace(/-/g, '_')}`;

/** The conversation `flowId` of `graph` as nodes and edges; throws when there is no such conversation. */
export function flowDiagram(graph: Graph, flowId: string): FlowDiagram {
  const flow = graph.flows[flowId];
  if (!flow) throw new Error(`no conversation "${flowId}"`);
  const own = Object.keys(graph.steps).filter((ref) => flowOf(ref) === flowId);
  const distance = walkFrom(graph.steps, [flow.start], { follow: (_, to) => flowOf(to) === flowId }).distance;
  const nodes: DiagramNode[] = own.map((ref) => ({
    kind: 'step',
    id: nodeId(ref),
    ref,
    step: stepIdOf(ref),
    reachable: distance.has(ref),
    depth: distance.get(ref) ?? -1,
  }));
  const edges: DiagramEdge[] = [];
  const others = new Set<StepRef>();
  const services = new Set<string>();
  let ends = false;
  for (const ref of own) {
    const step = graph.steps[ref];
    for (const choice of step.choices) {
      if (flowOf(choice.target) !== flowId) others.add(choice.target);
      edges.push({ from: nodeId(ref), to: nodeId(choice.target), label: choice.label, kind: 'choice' });
    }
    for (const id of step.services) {
      services.add(id);
      edges.push({ from: nodeId(ref), to: helpId(id), kind: 'help' });
    }
    if (step.end) {
      ends = true;
      edges.push({ from: nodeId(ref), to: finishId(flowId), kind: 'end' });
    }
  }
  for (const ref of others) {
    nodes.push({ kind: 'other', id: nodeId(ref), ref, flowTitle: graph.flows[flowOf(ref)]?.title ?? flowOf(ref), step: stepIdOf(ref) });
  }
  for (const id of services) nodes.push({ kind: 'help', id: helpId(id), service: id, name: graph.services[id]?.name ?? id });
  if (ends) nodes.push({ kind: 'end', id: finishId(flowId) });
  return { flowId, nodes, edges };
}
