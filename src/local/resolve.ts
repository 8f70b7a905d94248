// Local signposts per municipality: every registry service with scope
// 'local' (a placeholder such as "lokaal-team") becomes that municipality's
// own help, or a pointer to its website. Pure; the API and the site both call
// this, so a page and a widget show the same help.
import type { Graph } from '../content/compile.js';
import { flowView } from '../engine/flow-view.js';
import type { Channel, FlowResponse, MunicipalityContext, Service } from '../shared/api-types.js';
import { isLocalRef, type LocalEntry, type Municipality } from './types.js';

export interface ResolvedServices {
  services: Record<string, Service>;
  /** Absent when no municipality was asked for. */
  municipality?: MunicipalityContext;
}

export const UNKNOWN_MUNICIPALITY_NOTE = 'We weten nog niet welke hulp er in jouw gemeente is. Je ziet hulp voor heel Nederland.';

/** "https://www.zoetermeer.nl/" → "zoetermeer.nl": short enough to read aloud. */
export function shortHost(url: string): string {
  return new URL(url).host.replace(/^www\./, '');
}

function pointer(m: Municipality): { channel: Channel; note: string } {
  return {
    channel: { kind: 'web', url: m.website, label: `Website van gemeente ${m.name}`, hours: 'unknown' },
    note: `Kijk op de website van je gemeente: ${shortHost(m.website)}.`,
  };
}

/** A placeholder with what we know here: contact details only when verified, else the pointer. */
function localService(placeholder: Service, m: Municipality, entry: LocalEntry | null): Service {
  const channels: Channel[] = [];
  if (entry?.verified) {
    if (entry.phone) channels.push({ kind: 'phone', display: entry.phone.display, tel: entry.phone.tel, hours: 'unknown' });
    if (entry.url) channels.push({ kind: 'web', url: entry.url, label: entry.name ?? `Website van gemeente ${m.name}`, hours: 'unknown' });
  }
  const notes: string[] = [];
  if (!channels.length) {
    const { channel, note } = pointer(m);
    channels.push(channel);
    notes.push(note);
  }
  if (entry?.note) notes.push(entry.note);
  return {
    ...placeholder,
    name: entry?.name ?? placeholder.name,
    channels,
    notes,
    source: entry?.source ?? `${m.source} (no local entry: pointer to the municipality's site)`,
    verified: entry?.verified ?? null,
  };
}

function resolveOne(placeholder: Service, m: Municipality, registry: Record<string, Service>): Service {
  const help = m.local[placeholder.id] ?? null;
  if (help && isLocalRef(help)) {
    const target = registry[help.service];
    if (target) return { ...target, id: placeholder.id, scope: 'local' };
    return localService(placeholder, m, null);
  }
  return localService(placeholder, m, help);
}

/**
 * The services as a visitor of `gemeente` sees them. Without a code: the
 * registry as is. With a code we have no data for: the registry (local
 * placeholders keep their generic text) and a note saying so.
 */
export function resolveServices(graph: Graph, gemeente?: string): ResolvedServices {
  if (!gemeente) return { services: graph.services };
  const m = graph.municipalities?.[gemeente];
  if (!m) {
    return { services: graph.services, municipality: { code: gemeente, name: null, region: null, known: false, note: UNKNOWN_MUNICIPALITY_NOTE } };
  }
  const services: Record<string, Service> = {};
  for (const [id, service] of Object.entries(graph.services)) {
    services[id] = service.scope === 'local' ? resolveOne(service, m, graph.services) : service;
  }
  return { services, municipality: { code: m.code, name: m.name, region: m.region, known: true, ...(m.stated && { stated: m.stated }) } };
}

/** GET /api/v1/flows/:flowId as data: the conversation, resolved for `gemeente`, with the holiday list. */
export function flowViewFor(graph: Graph, flowId: string, gemeente?: string): FlowResponse | null {
  const { services, municipality } = resolveServices(graph, gemeente);
  const view = flowView(graph, flowId, services);
  if (!view) return null;
  return { ...view, holidays: graph.holidays ?? [], ...(municipality ? { municipality } : {}) };
}
