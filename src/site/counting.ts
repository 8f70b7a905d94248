// The anonymous counting hook (issue 7): totals per day only, never anything
// about the visitor. Fire-and-forget: the counter is guarded by safeCounter
// (see app.ts), so a failing store never slows or breaks a page.

import { dutchDay } from '../counters/day.js';
import type { Counter } from '../counters/types.js';
import type { Graph } from '../graph/graph.js';
import { flowOf } from '../graph/step-ref.js';
import { helpForStep } from '../local/step-help.js';
import type { StepRef } from '../shared/api-types.js';

/** Counts what serving this step's page means: a conversation started, help shown. Resolves when written (or dropped). */
export function countStepView(
  counter: Counter | undefined,
  graph: Graph,
  ref: StepRef,
  gemeente: string | undefined,
  at: Date,
): Promise<unknown> {
  if (!counter) return Promise.resolve();
  const flowId = flowOf(ref);
  const flow = graph.flows[flowId];
  const step = graph.steps[ref];
  const where = gemeente ? { gemeente } : {};
  const day = dutchDay(at);
  const counts: Array<Promise<void>> = [];
  if (flow?.start === ref) counts.push(counter.count({ type: 'conversation_started', flow: flowId, ...where, lang: flow.lang }, day));
  for (const service of helpForStep(step, gemeente, graph.services, graph.roles))
    counts.push(counter.count({ type: 'signpost_shown', service, flow: flowId, ...where }, day));
  return Promise.all(counts);
}
