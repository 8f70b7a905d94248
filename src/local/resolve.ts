// Local signposts per municipality: every registry service with scope
// 'local' (a placeholder such as "lokaal-team") becomes that municipality's
// own help, or a pointer to its website. Pure; the API and the site both call
// this, so a page and a widget show the same help.

import { municipality as municipalityWords, veiligThuis } from '../../messages/nl/local.json';
import { flowView } from '../engine/flow-view.js';
import type { Graph } from '../graph/graph.js';
import { isLocalRef, type LocalEntry, type Municipality } from '../graph/municipality.js';
import type { Channel, FlowResponse, MunicipalityContext, Service, StepRef } from '../shared/api-types.js';
import { fill } from '../shared/messages.js';
import { helpForStep } from './step-help.js';

export interface ResolvedServices {
  services: Record<string, Service>;
  /** Absent when no municipality was asked for. */
  municipality?: MunicipalityContext;
}

// What local help says when we know no more than the municipality itself
// (docs/local-help.md) lives in the message catalogue, messages/nl/local.json:
// `callMunicipality` only with a number helplines.md verifies ({number}
// becomes a call link on the card); `searchWebsite` when no source gives an
// address (never a guessed link).
export const UNKNOWN_MUNICIPALITY_NOTE = municipalityWords.unknownNote;

/** The sentence of Veilig Thuis's card that the region's name follows (flows/services.json, checked by a test); `veiligThuis.region` is added after it where a source names the region. */
export const VEILIG_THUIS_GENERIC = veiligThuis.generic;

/** "https://www.zoetermeer.nl/" → "zoetermeer.nl": short enough to read aloud. */
export function shortHost(url: string): string {
  return new URL(url).host.replace(/^www\./, '');
}

/** The way to the municipality itself: its verified number, its sourced site, or how to find the site. */
function pointer(m: Municipality): { channels: Channel[]; notes: string[] } {
  const channels: Channel[] = [];
  const notes: string[] = [];
  if (m.contact) {
    channels.push({ kind: 'phone', display: m.contact.phone.display, tel: m.contact.phone.tel, hours: m.contact.hours });
    notes.push(
      fill(municipalityWords.callMunicipality, { number: m.contact.phone.display }) + (m.contact.note ? ` ${m.contact.note}` : ''),
    );
  }
  if (m.website) {
    channels.push({ kind: 'web', url: m.website, label: fill(municipalityWords.websiteLabel, { name: m.name }), hours: 'unknown' });
    notes.push(fill(municipalityWords.website, { host: shortHost(m.website) }));
  }
  if (!channels.length) notes.push(fill(municipalityWords.searchWebsite, { name: m.name }));
  return { channels, notes };
}

/** A placeholder with what we know here: contact details only when verified, else the pointer. */
function localService(placeholder: Service, m: Municipality, entry: LocalEntry | null): Service {
  const channels: Channel[] = [];
  if (entry?.verified) {
    if (entry.phone) channels.push({ kind: 'phone', display: entry.phone.display, tel: entry.phone.tel, hours: 'unknown' });
    if (entry.url)
      channels.push({
        kind: 'web',
        url: entry.url,
        label: entry.name ?? fill(municipalityWords.websiteLabel, { name: m.name }),
        hours: 'unknown',
      });
  }
  const notes: string[] = [];
  let verified = entry?.verified ?? null;
  if (!channels.length) {
    const way = pointer(m);
    channels.push(...way.channels);
    notes.push(...way.notes);
    // A card shows a number only with a check date: the municipality's number has one (helplines.md).
    if (!verified && m.contact) verified = m.contact.verified;
  }
  if (entry?.note) notes.push(entry.note);
  return {
    ...placeholder,
    name: entry?.name ?? placeholder.name,
    channels,
    notes,
    source: entry?.source ?? `${m.contact ? `${m.contact.source}; ` : ''}${m.source} (no local entry: pointer to the municipality)`,
    verified,
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

/** Veilig Thuis's card names the region 0800-2000 reaches from here, where a source names it. */
function regionalVeiligThuis(service: Service, m: Municipality): Service {
  if (!m.veiligThuis || !service.after?.includes(VEILIG_THUIS_GENERIC)) return service;
  const line = fill(veiligThuis.region, { name: m.name, region: m.veiligThuis });
  return { ...service, after: service.after.replace(VEILIG_THUIS_GENERIC, `${VEILIG_THUIS_GENERIC} ${line}`) };
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
    return {
      services: graph.services,
      municipality: { code: gemeente, name: null, region: null, known: false, note: UNKNOWN_MUNICIPALITY_NOTE },
    };
  }
  const services: Record<string, Service> = {};
  for (const [id, service] of Object.entries(graph.services)) {
    services[id] =
      service.scope === 'local'
        ? resolveOne(service, m, graph.services)
        : id === graph.roles.regional
          ? regionalVeiligThuis(service, m)
          : service;
  }
  return {
    services,
    municipality: { code: m.code, name: m.name, region: m.veiligThuis, known: true, ...(m.stated && { stated: m.stated }) },
  };
}

/** GET /api/v1/flows/:flowId as data: the conversation, resolved for `gemeente`, with the holiday list. */
export function flowViewFor(graph: Graph, flowId: string, gemeente?: string): FlowResponse | null {
  const { services, municipality } = resolveServices(graph, gemeente);
  const view = flowView(graph, flowId, services);
  if (!view) return null;
  if (municipality?.known) {
    // Local help on every step that ends a path or shows Veilig Thuis (src/local/step-help.ts).
    for (const [ref, step] of Object.entries(view.steps)) {
      const ids = helpForStep(step, municipality.code, graph.services, graph.roles);
      if (ids === step.services) continue;
      view.steps[ref as StepRef] = { ...step, services: ids };
      for (const id of ids) view.services[id] ??= services[id];
    }
  }
  return { ...view, holidays: graph.holidays ?? [], ...(municipality ? { municipality } : {}) };
}
