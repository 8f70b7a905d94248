// What some services stand for, as data from the registry's "roles" block
// (flows/services.json, docs/content-format.md): which one is the emergency
// line, which line is open day and night, which lines the widget and the
// snippet know by themselves, and how the dashboard groups signposts. The
// compiler checks the block (src/compiler/roles.ts); everything else reads
// these roles from the graph instead of naming a service id in code.
import type { PhoneChannel, Service } from './types.js';

/** The phone line a service shows by itself (a built-in line, the day-and-night line): only a verified entry's; an unchecked number is never published. */
export function verifiedPhone(service: Service | undefined): PhoneChannel | undefined {
  return service?.verified ? service.channels.find((c): c is PhoneChannel => c.kind === 'phone') : undefined;
}

/** A line built into the widget and the embed snippet's fallback. */
export interface BuiltInRole {
  service: string;
  /** The key of the widget text that says what the line is for (widget/strings.ts), so a host can translate it. */
  purpose: string;
}

/** A group of signposts on the dashboard: the route the services stand for (src/stats/help-routes.ts). */
export interface StatsGroup {
  id: string;
  /** Public text (Dutch). */
  label: string;
  /** Its services; absent on the one group that takes every other service. */
  services?: string[];
}

export interface Roles {
  /** The emergency service (112): close to every start, never the first call action. */
  emergency?: string;
  /** The line open day and night that stands in when a step's own help is closed. */
  dayAndNight?: string;
  /** The national service a municipality's region replaces with its own wording (Veilig Thuis). */
  regional?: string;
  /** The local placeholder for a municipality's own help, added to a step's help once a municipality is chosen (src/local/step-help.ts). */
  localHelp?: string;
  /** In order: emergency first. */
  builtIn: BuiltInRole[];
  statsGroups: StatsGroup[];
}

/** The roles of a registry without a roles block (small test registries); the checks require them for real content. */
export const NO_ROLES: Roles = { builtIn: [], statsGroups: [] };
