// The anonymous counting hook (issue 7): totals per day only, never anything
// about the visitor. Fire-and-forget: a failing counter never slows or breaks
// a page.
import { dutchDay } from '../counters/day.js';
import type { Counter } from '../counters/types.js';
import type { Graph } from '../content/compile.js';
import { flowOf } from '../engine/flow-view.js';
import type { CountedEvent, StepRef } from '../shared/api-types.js';

function send(counter: Counter, event: CountedEvent, day: string): void {
  try {
    counter.count(event, day).catch(() => {});
  } catch {
    // A broken counter must not break a page.
  }
}

/** Counts what serving this step's page means: a conversation started, help shown. */
export function countStepView(counter: Counter | undefined, graph: Graph, ref: StepRef, gemeente: string | undefined, at: Date): void {
  if (!counter) return;
  const flowId = flowOf(ref);
  const flow = graph.flows[flowId];
  const step = graph.steps[ref];
  const where = gemeente ? { gemeente } : {};
  const day = dutchDay(at);
  if (flow?.start === ref) send(counter, { type: 'conversation_started', flow: flowId, ...where, lang: flow.lang }, day);
  for (const service of step.services) send(counter, { type: 'signpost_shown', service, flow: flowId, ...where }, day);
}
