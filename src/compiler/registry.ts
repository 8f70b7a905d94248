// The registry (flows/services.json) as the compiler reads it: every entry
// checked (WW012, WW004, WW016, WW017, WW040, WW041), its roles (WW07x), and
// what is left of an entry refused for one wrong field, so that what names it
// is not reported again. Pure: no I/O.
import type { Graph } from '../graph/graph.js';
import type { Roles } from '../graph/roles.js';
import type { Service } from '../shared/api-types.js';
import { type Diagnostic, diag } from './diagnostics.js';
import { freeProblem, publicSourceProblem } from './registry-facts.js';
import { loadRoles } from './roles.js';
import { isMissingField, serviceFileSchema, serviceSchema } from './schema.js';
import { readJsonSource } from './source.js';
import type { SourceFile } from './types.js';
import { issueDetail, zodLanguage } from './zod-text.js';

/** True when a YYYY, YYYY-MM or YYYY-MM-DD date lies more than 12 months before today. */
export function olderThanAYear(verified: string, today: Date): boolean {
  const [y, m = '12', d = '28'] = verified.split('-');
  const checked = Date.UTC(Number(y), Number(m) - 1, Number(d));
  const limit = Date.UTC(today.getUTCFullYear() - 1, today.getUTCMonth(), today.getUTCDate());
  return checked < limit;
}

export interface LoadedRegistry {
  services: Record<string, Service>;
  roles: Roles;
  /**
   * Entries refused for one wrong field (reported once, WW012), by id: they
   * still count as known to what names them (conversations, roles,
   * municipalities, words.json), and their phone numbers as known numbers, so
   * one typo is one finding, not one per step that names the service.
   */
  refused: Record<string, Service>;
  refusedNumbers: string[];
}

/** What is left of a refused entry for the checks of what names it: its id and, when valid, its scope. */
function refusedStandIn(entry: unknown, id: string): { service: Service; numbers: string[] } {
  const raw = entry as { name?: unknown; scope?: unknown; channels?: unknown };
  const scope = raw.scope === 'local' || raw.scope === 'regional' ? raw.scope : 'national';
  const channels: unknown[] = Array.isArray(raw.channels) ? raw.channels : [];
  const numbers = channels
    .map((c) => (c as { tel?: unknown })?.tel)
    .filter((tel): tel is string => typeof tel === 'string')
    .map((tel) => tel.replace(/\D/g, ''))
    .filter(Boolean);
  return { service: { id, name: typeof raw.name === 'string' ? raw.name : id, scope, channels: [] } as unknown as Service, numbers };
}

/** The registry's services and roles, or null when the file cannot be read at all (reported once). */
export function loadServices(
  input: SourceFile,
  today: Date,
  diagnostics: Diagnostic[],
  where: Graph['serviceSources'],
): LoadedRegistry | null {
  const services: Record<string, Service> = {};
  const refused: Record<string, Service> = {};
  const refusedNumbers: string[] = [];
  const read = readJsonSource(input.source);
  if (!read.ok) {
    diagnostics.push(
      diag('WW012', input.file, read.line, { column: read.column, reason: issueDetail({ message: read.reason }) }, 'notJson'),
    );
    return null;
  }
  const json = read.value;
  const file = serviceFileSchema.safeParse(json, zodLanguage());
  if (!file.success) {
    diagnostics.push(diag('WW012', input.file, 1, {}, 'shape'));
    return null;
  }
  file.data.services.forEach((entry, index) => {
    const parsed = serviceSchema.safeParse(entry, zodLanguage());
    const id = (entry as { id?: unknown })?.id;
    const line = read.lineOf(['services', index, 'id']);
    // An id may be any JSON value here; String() throws on some objects.
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const values = {
        number: index + 1,
        id: typeof id === 'string' ? id : (JSON.stringify(id) ?? '—'),
        field: issue.path.join('.') || '—',
        detail: issueDetail(issue),
      };
      // At the field itself (the deepest part of its path that exists), not at the entry's id.
      const at = read.lineOf(['services', index, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))]);
      diagnostics.push(diag('WW012', input.file, at, values, isMissingField(entry, issue.path) ? 'missing' : 'invalid'));
      if (typeof id === 'string' && id && !services[id]) {
        const standIn = refusedStandIn(entry, id);
        refused[id] = standIn.service;
        refusedNumbers.push(...standIn.numbers);
      }
      return;
    }
    const service = parsed.data;
    if (services[service.id]) {
      diagnostics.push(diag('WW004', input.file, line, { id: service.id }, 'service'));
      return;
    }
    if (service.verified === null && service.channels.some((c) => c.kind === 'phone')) {
      diagnostics.push(diag('WW016', input.file, line, { id: service.id }));
    }
    if (service.verified && olderThanAYear(service.verified, today)) {
      diagnostics.push(diag('WW017', input.file, line, { id: service.id, verified: service.verified }));
    }
    const publicSource = publicSourceProblem(service.publicSource);
    if (publicSource) {
      diagnostics.push(diag('WW040', input.file, line, { id: service.id, ...publicSource.values }, publicSource.variant));
    }
    const free = freeProblem(service);
    if (free) {
      diagnostics.push(diag('WW041', input.file, line, { id: service.id, ...free.values }, free.variant));
    }
    services[service.id] = service;
    where[service.id] = { file: input.file, line };
  });
  const known = { ...refused, ...services };
  return { services, roles: loadRoles(file.data.roles, input.file, read.lineOf, known, diagnostics), refused, refusedNumbers };
}
