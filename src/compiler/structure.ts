// Structural guarantees: every path leads to help, help is never far away,
// and 112 is close to every conversation's start. Distances count choices
// (taps); a step with a `Hulp:` line is a signpost, that is, help.

import type { Graph } from '../graph/graph.js';
import { flowOf, stepIdOf } from '../graph/step-ref.js';
import { type Walk, walkFrom, walkToGoal } from '../graph/walk.js';
import type { Service, Step, StepRef } from '../shared/api-types.js';
import { type Diagnostic, diag } from './diagnostics.js';
import { SERVICES_FILE } from './plain-language.js';
import type { GraphCheck } from './types.js';

/** No path from a conversation's start may need more choices than this to reach help. */
export const MAX_CHOICES_TO_HELP = 6;
/** A 112 signpost must be this many choices from every conversation's start, or fewer. */
export const MAX_CHOICES_TO_112 = 2;
/** The number the emergency service must answer on (phone digits, not a service id). */
const EMERGENCY_NUMBER = '112';

export const isSignpost = (step: Step): boolean => step.services.length > 0;

/** A service that can be phoned day and night: a verified entry with a phone channel open 24/7. Data, not a list of ids. */
export const isDayAndNight = (service: Service | undefined): boolean =>
  !!service?.verified && service.channels.some((c) => c.kind === 'phone' && c.hours === '24/7');

/**
 * Fewest choices from `from` to every step it reaches, and the step each was
 * first reached from. Steps for which `stop` holds are reached but not left.
 */
export function distancesFrom(graph: Graph, from: StepRef, stop: (step: Step) => boolean = () => false): Pick<Walk, 'distance' | 'parent'> {
  const { distance, parent } = walkFrom(graph.steps, [from], { stop: (ref) => stop(graph.steps[ref]) });
  return { distance, parent };
}

/** For every step: the fewest choices to a step that satisfies `goal` (0 there). Steps that never get there are missing. */
export function distancesToGoal(graph: Graph, goal: (step: Step) => boolean = isSignpost): Map<StepRef, number> {
  return walkToGoal(graph.steps, goal).distance;
}

export interface HelpPath {
  /** Choices tapped from the conversation's start to the help. */
  choices: number;
  labels: string[];
  /** The steps passed, from the start to the signpost. */
  steps: StepRef[];
}

/**
 * The longest way to the first help that someone can take in a conversation:
 * over every step they can reach before any help (by the shortest route), the
 * choices to get there plus the fewest choices from there to a signpost. A
 * path ends at its first signpost. Null when help is unreachable from some
 * such step (WW023 reports those).
 */
export function deepestPathToHelp(graph: Graph, flowId: string, toHelp = distancesToGoal(graph)): HelpPath | null {
  const flow = graph.flows[flowId];
  if (!flow || !graph.steps[flow.start]) return null;
  const { distance, parent } = distancesFrom(graph, flow.start, isSignpost);
  let deepest: StepRef | undefined;
  let most = -1;
  for (const [ref, d] of distance) {
    const rest = toHelp.get(ref);
    if (rest === undefined) return null;
    if (d + rest > most) [deepest, most] = [ref, d + rest];
  }
  const steps: StepRef[] = [];
  const labels: string[] = [];
  for (let ref: StepRef | undefined = deepest; ref; ref = parent.get(ref)?.ref) {
    steps.unshift(ref);
    const via = parent.get(ref);
    if (via) labels.unshift(via.label);
  }
  // Then onwards, always to a step one choice closer to help.
  for (let ref = deepest!; toHelp.get(ref)! > 0; ) {
    const next = graph.steps[ref].choices.find((c) => toHelp.get(c.target) === toHelp.get(ref)! - 1)!;
    labels.push(next.label);
    steps.push(next.target);
    ref = next.target;
  }
  return { choices: labels.length, labels, steps };
}

/** WW023 (path without help), WW024 (help too far), WW025 (112 too far), WW026 (112 missing or unverified), WW027 (no day-and-night line). */
export const structureCheck: GraphCheck = (graph) => {
  const out: Diagnostic[] = [];
  const at = (ref: StepRef) => graph.sources[ref] ?? { file: flowOf(ref), line: 1 };
  const toHelp = distancesToGoal(graph);
  const emergencyId = graph.roles.emergency;

  for (const step of Object.values(graph.steps)) {
    if (toHelp.has(step.ref)) continue;
    const { file, line } = at(step.ref);
    out.push(diag('WW023', file, line, { step: stepIdOf(step.ref) }, step.end && !step.choices.length ? 'end' : 'noPath'));
  }

  for (const step of Object.values(graph.steps)) {
    if (!isSignpost(step) || step.services.some((id) => isDayAndNight(graph.services[id]))) continue;
    const { file, line } = at(step.ref);
    out.push(diag('WW027', file, line, { step: stepIdOf(step.ref), services: step.services.join(', ') }));
  }

  for (const flow of Object.values(graph.flows)) {
    const { file, line } = at(flow.start);
    const path = deepestPathToHelp(graph, flow.id, toHelp);
    if (path && path.choices > MAX_CHOICES_TO_HELP) {
      const stuck = path.steps[MAX_CHOICES_TO_HELP];
      out.push(
        diag('WW024', at(stuck).file, at(stuck).line, {
          flow: flow.id,
          count: path.choices,
          max: MAX_CHOICES_TO_HELP,
          path: path.labels.join(' › '),
        }),
      );
    }
    // Without an emergency role there is nothing to measure: WW072 (src/compiler/roles.ts) says so.
    if (emergencyId === undefined) continue;
    const { distance } = distancesFrom(graph, flow.start);
    const nearest112 = Math.min(...[...distance].filter(([ref]) => graph.steps[ref].services.includes(emergencyId)).map(([, d]) => d));
    if (nearest112 > MAX_CHOICES_TO_112) {
      out.push(
        diag(
          'WW025',
          file,
          line,
          { flow: flow.id, max: MAX_CHOICES_TO_112, count: nearest112 },
          Number.isFinite(nearest112) ? 'far' : 'never',
        ),
      );
    }
  }

  const emergency = emergencyId === undefined ? undefined : graph.services[emergencyId];
  const problem = !emergency
    ? 'missing'
    : !emergency.verified
      ? 'unverified'
      : !emergency.channels.some((c) => c.kind === 'phone' && c.tel === EMERGENCY_NUMBER)
        ? 'noPhone'
        : null;
  if (emergencyId !== undefined && problem) {
    out.push(diag('WW026', SERVICES_FILE, graph.serviceSources[emergencyId]?.line ?? 1, { id: emergencyId }, problem));
  }
  return out;
};
