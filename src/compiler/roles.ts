// The registry's "roles" block (flows/services.json): which services stand
// for the emergency line, the day-and-night line, the region, the widget's
// built-in lines and the dashboard's groups (src/graph/roles.ts). Read while
// compiling (WW070 shape, WW071 unknown service); rolesCheck then requires
// the roles real content needs (WW072) and that they can do their job
// (WW073 day-and-night line, WW074 built-in phone).
import * as z from 'zod';
import { NO_ROLES, type Roles, verifiedPhone } from '../graph/roles.js';
import type { Service } from '../shared/api-types.js';
import { type Diagnostic, diag } from './diagnostics.js';
import { contentId } from './schema.js';
import type { JsonPath } from './source.js';
import { isDayAndNight } from './structure.js';
import type { GraphCheck } from './types.js';
import { issueDetail, zodLanguage } from './zod-text.js';

const statsGroupSchema = z.object({ id: contentId, label: z.string().min(1), services: z.array(contentId).min(1).optional() }).strict();

export const rolesSchema = z
  .object({
    emergency: contentId.optional(),
    dayAndNight: contentId.optional(),
    regional: contentId.optional(),
    localHelp: contentId.optional(),
    builtIn: z
      .array(
        z.object({ service: contentId, purpose: z.string().regex(/^[a-zA-Z]+$/, 'the name of a widget text, such as vtPurpose') }).strict(),
      )
      .default([]),
    statsGroups: z.array(statsGroupSchema).default([]),
  })
  .strict()
  .refine((roles) => roles.statsGroups.length === 0 || roles.statsGroups.filter((g) => !g.services).length === 1, {
    message: 'exactly one of the statsGroups has no "services" (it takes every other service)',
    path: ['statsGroups'],
  });

/** Every service id a roles block names, with the role's name and its key path in the file. */
function namedServices(roles: Roles): Array<{ id: string; role: string; path: JsonPath }> {
  return [
    ...(['emergency', 'dayAndNight', 'regional', 'localHelp'] as const).flatMap((role) =>
      roles[role] ? [{ id: roles[role], role, path: ['roles', role] }] : [],
    ),
    ...roles.builtIn.map((line, i) => ({ id: line.service, role: 'builtIn', path: ['roles', 'builtIn', i, 'service'] })),
    ...roles.statsGroups.flatMap((group, g) =>
      (group.services ?? []).map((id, i) => ({ id, role: `statsGroups (${group.id})`, path: ['roles', 'statsGroups', g, 'services', i] })),
    ),
  ];
}

/** The roles block of the parsed registry; NO_ROLES when it has none or it is not valid (then with WW070). `lineOf` is the JSON reader's (src/compiler/source.ts). */
export function loadRoles(
  json: unknown,
  file: string,
  lineOf: (path: JsonPath) => number,
  services: Record<string, Service>,
  diagnostics: Diagnostic[],
): Roles {
  if (json === undefined) return NO_ROLES;
  const parsed = rolesSchema.safeParse(json, zodLanguage());
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    diagnostics.push(
      diag('WW070', file, lineOf(['roles', ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))]), {
        field: issue.path.join('.') || 'roles',
        detail: issueDetail(issue),
      }),
    );
    return NO_ROLES;
  }
  for (const { id, role, path } of namedServices(parsed.data)) {
    // A missing emergency service has its own code (WW026, src/compiler/structure.ts).
    if (services[id] || role === 'emergency') continue;
    diagnostics.push(diag('WW071', file, lineOf(path), { role, id, known: Object.keys(services).join(', ') }));
  }
  return parsed.data;
}

/** The roles of the registry file as read by the build scripts, which do not compile (throws on a bad block; flows:check names it). */
export function rolesOfRegistry(registry: { roles?: unknown }): Roles {
  return rolesSchema.parse(registry.roles ?? {});
}

const REQUIRED = ['emergency', 'dayAndNight', 'builtIn', 'statsGroups'] as const;

/** WW072 (required role missing), WW073 (day-and-night role not open day and night), WW074 (built-in line without a verified phone). */
export const rolesCheck: GraphCheck = (graph) => {
  const out: Diagnostic[] = [];
  const file = 'flows/services.json';
  const { roles } = graph;
  for (const role of REQUIRED) {
    const value = roles[role];
    if (value === undefined || (Array.isArray(value) && value.length === 0)) {
      out.push(diag('WW072', file, 1, { role }));
    }
  }
  if (roles.dayAndNight && !isDayAndNight(graph.services[roles.dayAndNight])) {
    out.push(diag('WW073', file, graph.serviceSources[roles.dayAndNight]?.line ?? 1, { id: roles.dayAndNight }));
  }
  for (const line of roles.builtIn) {
    if (verifiedPhone(graph.services[line.service])) continue;
    out.push(diag('WW074', file, graph.serviceSources[line.service]?.line ?? 1, { id: line.service }));
  }
  return out;
};
