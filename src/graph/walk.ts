// The one breadth-first walk over the steps of the graph: which steps a
// start reaches, in which order, in how many choices (taps), and the choice
// each step is first reached by. The compiler's checks, the API's view of a
// conversation and the steps' canonical parents all use it, so "reachable"
// and "nearest" mean the same everywhere. Works on any step shape with
// choices, so the compiler can walk steps before the graph is complete.
import type { StepRef } from './types.js';

export interface WalkStep {
  ref: StepRef;
  choices: ReadonlyArray<{ label: string; target: StepRef }>;
}

export interface Walk {
  /** Every step reached, in the order reached: the starts first. */
  order: StepRef[];
  /** Fewest choices from the nearest start (0 for a start). */
  distance: Map<StepRef, number>;
  /** The step each step was first reached from, and the label of that choice. Starts have none. */
  parent: Map<StepRef, { ref: StepRef; label: string }>;
}

type Edges = (ref: StepRef) => Iterable<{ label: string; target: StepRef }>;

/** Breadth-first from all `starts` at once (each at distance 0); a step keeps the first edge that reaches it. */
function breadthFirst(starts: Iterable<StepRef>, edges: Edges): Walk {
  const walk: Walk = { order: [], distance: new Map(), parent: new Map() };
  for (const start of starts) {
    if (walk.distance.has(start)) continue;
    walk.distance.set(start, 0);
    walk.order.push(start);
  }
  for (let i = 0; i < walk.order.length; i++) {
    const ref = walk.order[i];
    for (const { label, target } of edges(ref)) {
      if (walk.distance.has(target)) continue;
      walk.distance.set(target, walk.distance.get(ref)! + 1);
      walk.parent.set(target, { ref, label });
      walk.order.push(target);
    }
  }
  return walk;
}

export interface WalkOptions {
  /** Which choices count (default: all). */
  follow?: (from: StepRef, to: StepRef) => boolean;
  /** Steps that are reached but not left (a path ends at its first help, say). */
  stop?: (ref: StepRef) => boolean;
}

/** Along the choices from `starts`. Starts and targets that are not steps are left out. */
export function walkFrom(steps: Readonly<Record<StepRef, WalkStep>>, starts: Iterable<StepRef>, options: WalkOptions = {}): Walk {
  const { follow = () => true, stop = () => false } = options;
  const existing = [...starts].filter((ref) => steps[ref]);
  return breadthFirst(existing, (ref) => (stop(ref) ? [] : steps[ref].choices.filter((c) => steps[c.target] && follow(ref, c.target))));
}

/**
 * Against the choices, from the steps that satisfy `goal`: `distance` is then
 * the fewest choices from each step to such a step (0 there; steps that never
 * get there are missing), and `parent` the step one choice closer to it.
 */
export function walkToGoal<S extends WalkStep>(steps: Readonly<Record<StepRef, S>>, goal: (step: S) => boolean): Walk {
  const incoming = new Map<StepRef, Array<{ label: string; target: StepRef }>>();
  for (const step of Object.values(steps)) {
    for (const choice of step.choices) {
      const list = incoming.get(choice.target) ?? [];
      list.push({ label: choice.label, target: step.ref });
      incoming.set(choice.target, list);
    }
  }
  const goals = Object.values(steps)
    .filter(goal)
    .map((step) => step.ref);
  return breadthFirst(goals, (ref) => incoming.get(ref) ?? []);
}
