// Pure views on the compiled graph: what a client needs to run a
// conversation by itself. Knows nothing of HTTP.
import type { Graph } from '../graph/graph.js';
import { flowOf } from '../graph/step-ref.js';
import { walkFrom } from '../graph/walk.js';
import type { FlowResponse, FlowSummary, Service, Step, StepRef } from '../shared/api-types.js';

/** Every step reachable from a conversation's start, in a stable order. */
export function reachableSteps(graph: Graph, flowId: string): StepRef[] {
  const flow = graph.flows[flowId];
  return flow ? walkFrom(graph.steps, [flow.start]).order : [];
}

/** The whole conversation in one object: steps, the services they name, the conversations they touch. */
export function flowView(graph: Graph, flowId: string, services: Record<string, Service> = graph.services): FlowResponse | null {
  const flow = graph.flows[flowId];
  if (!flow) return null;
  const steps: Record<StepRef, Step> = {};
  const usedServices: Record<string, Service> = {};
  const flowIds = new Set<string>();
  for (const ref of reachableSteps(graph, flowId)) {
    const step = graph.steps[ref];
    // Blocks only: the HTML is for the server's own pages (see StepText).
    steps[ref] = { ...step, text: { blocks: step.text.blocks } };
    flowIds.add(flowOf(ref));
    for (const id of step.services) usedServices[id] = services[id] ?? graph.services[id];
  }
  const flows: FlowSummary[] = [...flowIds].map((id) => graph.flows[id]);
  return { flow, flows, steps, services: usedServices, version: graph.version };
}

export function flowList(graph: Graph): FlowSummary[] {
  return Object.values(graph.flows);
}
