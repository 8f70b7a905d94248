// What the site needs from the graph, worked out once at start-up: the entry
// step, step keys to refs, the previous step of each step, and the
// municipalities to choose from. Pure: no HTTP, no I/O.

import { ENTRY_FLOW } from '../engine/step-parents.js';
import type { Graph } from '../graph/graph.js';
import { municipalitySummaries } from '../local/summaries.js';
import type { MunicipalitySummary, PhoneChannel, Service, StepRef } from '../shared/api-types.js';
import { alwaysOpenPhone } from '../shared/opening-hours.js';
import { HIDE_PATH, STEP_PREFIX } from './urls.js';

export { ENTRY_FLOW };
export const HIDE_FLOW = 'verberg';

export interface SiteData {
  graph: Graph;
  /** The first step of the entry conversation: the page at `/`. */
  rootRef: StepRef;
  /** The first step of the "verberg" conversation, when it exists: the page at /tips. */
  hideRef?: StepRef;
  byKey: Map<string, StepRef>;
  /** Each step's canonical parent (compiled into the graph, src/engine/step-parents.ts): its "Vorige stap". */
  parent: Map<StepRef, StepRef>;
  municipalities: MunicipalitySummary[];
  municipalityCodes: Set<string>;
  /** Dutch public holidays (YYYY-MM-DD) for "nu open"; computed when the content compiles. */
  holidays: readonly string[];
  /** The registry's day-and-night line (its dayAndNight role), to call while another channel is closed. */
  dayAndNight?: DayAndNightLine;
}

/** A service's line open day and night, with the service's name (said in the advice). */
export type DayAndNightLine = PhoneChannel & { name: string };

function dayAndNightLine(service: Service | undefined): DayAndNightLine | undefined {
  const phone = service && alwaysOpenPhone(service);
  return phone && { ...phone, name: service.name };
}

export function buildSiteData(graph: Graph): SiteData {
  const entry = graph.flows[ENTRY_FLOW] ?? Object.values(graph.flows)[0];
  const rootRef = entry.start;
  const hideRef = graph.flows[HIDE_FLOW]?.start;
  const byKey = new Map<string, StepRef>();
  for (const step of Object.values(graph.steps)) if (!byKey.has(step.key)) byKey.set(step.key, step.ref);
  const parent = new Map<StepRef, StepRef>();
  for (const step of Object.values(graph.steps)) if (step.parent) parent.set(step.ref, step.parent);
  const municipalities = municipalitySummaries(graph);
  const dayAndNight = graph.roles.dayAndNight === undefined ? undefined : graph.services[graph.roles.dayAndNight];
  return {
    graph,
    rootRef,
    hideRef,
    byKey,
    parent,
    municipalities,
    municipalityCodes: new Set(municipalities.map((m) => m.code)),
    holidays: graph.holidays ?? [],
    dayAndNight: dayAndNightLine(dayAndNight),
  };
}

/** The address of a step's page (without query). */
export function stepPath(site: SiteData, ref: StepRef): string {
  if (ref === site.rootRef) return '/';
  if (ref === site.hideRef) return HIDE_PATH;
  return STEP_PREFIX + site.graph.steps[ref].key;
}

/** A municipality code from the URL, if we know it; anything else is ignored. */
export function knownGemeente(site: SiteData, code: string | undefined): string | undefined {
  return code && site.municipalityCodes.has(code) ? code : undefined;
}
