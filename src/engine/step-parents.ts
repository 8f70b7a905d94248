// Where each step sits in its conversation, worked out once when the content
// compiles: the canonical parent (the step it is first reached from, walking
// breadth-first) and the step's own heading. The site uses the parent for
// "Vorige stap", so no trail of where a visitor came from has to go into the
// address; the heading is the page's h1, so each page says what it is.
// Pure: no I/O, no HTTP.

import { flowOf } from '../graph/step-ref.js';
import { walkFrom } from '../graph/walk.js';
import type { FlowSummary, StepRef } from '../shared/api-types.js';

/** The conversation the site opens with; steps reached from more than one conversation get their parent here first. */
export const ENTRY_FLOW = 'start';

interface StepShape {
  ref: StepRef;
  choices: ReadonlyArray<{ label: string; target: StepRef }>;
  /** An explicit heading from the flow file (`Titel: ...`), if the editor wrote one. */
  title?: string;
}

export interface StepPlace {
  /** The step this one is first reached from: inside its own conversation when it can, else from the entry conversation on. */
  parent?: StepRef;
  /** The step's own heading: explicit, else the conversation title for a start, else the label of the choice from the parent. */
  title: string;
}

type Incoming = Map<StepRef, { ref: StepRef; label: string }>;

/**
 * Breadth-first from each start in turn (src/graph/walk.ts); `follow` says which
 * choices count. A step keeps the first choice that reaches it: one reached from
 * an earlier start keeps that start's choice.
 */
function firstIncoming(steps: Record<StepRef, StepShape>, starts: StepRef[], follow: (from: StepRef, to: StepRef) => boolean): Incoming {
  const incoming: Incoming = new Map();
  const seen = new Set<StepRef>();
  for (const start of starts) {
    if (seen.has(start)) continue;
    const { order, parent } = walkFrom(steps, [start], { follow });
    for (const ref of order) {
      if (seen.has(ref)) continue;
      seen.add(ref);
      const via = parent.get(ref);
      if (via) incoming.set(ref, via);
    }
  }
  return incoming;
}

export function stepPlaces(flows: Record<string, FlowSummary>, steps: Record<StepRef, StepShape>): Record<StepRef, StepPlace> {
  const starts = Object.values(flows).map((flow) => flow.start);
  const entry = flows[ENTRY_FLOW]?.start ?? starts[0];
  const ordered = entry ? [entry, ...starts.filter((ref) => ref !== entry)] : starts;
  // Each conversation on its own: a step's place in the tree it was written in.
  const inside = firstIncoming(steps, starts, (from, to) => flowOf(from) === flowOf(to));
  // Across conversations, from the entry first: how a conversation's start is reached.
  const across = firstIncoming(steps, ordered, () => true);
  const isStart = new Set(starts);
  const places: Record<StepRef, StepPlace> = {};
  for (const step of Object.values(steps)) {
    const incoming = inside.get(step.ref) ?? across.get(step.ref);
    const flowTitle = flows[flowOf(step.ref)]?.title ?? '';
    const title = step.title || (isStart.has(step.ref) ? flowTitle : (incoming?.label ?? flowTitle));
    places[step.ref] = incoming ? { parent: incoming.ref, title } : { title };
  }
  return places;
}
