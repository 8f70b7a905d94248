// "Advies of melden": the counters only know which service a signpost
// pointed to, never what the person did next. So the dashboard groups
// signposts by the route the service stands for, as the registry's roles
// block says (statsGroups in flows/services.json):
//  - melden: 112 and the police take a report (spoed, aangifte);
//  - veilig-thuis: Veilig Thuis gives advice OR takes a melding, and the
//    caller chooses in the call; we cannot know which, so it is its own group;
//  - advies: every other service gives advice and support (the one group
//    without services of its own).
// docs/counters.md explains this to the reader.
// The groups, in the dashboard's order, are graph.roles.statsGroups.
import type { Roles } from '../graph/roles.js';

/** The id of the group a service's signposts count in: its own group, else the group of every other service. */
export function helpRouteOf(roles: Pick<Roles, 'statsGroups'>, serviceId: string): string | undefined {
  const groups = roles.statsGroups;
  return (groups.find((g) => g.services?.includes(serviceId)) ?? groups.find((g) => !g.services))?.id;
}
