// "Advies of melden": the counters only know which service a signpost
// pointed to, never what the person did next. So the dashboard groups
// signposts by the route the service stands for:
//  - melden: 112 and the police take a report (spoed, aangifte);
//  - veilig-thuis: Veilig Thuis gives advice OR takes a melding, and the
//    caller chooses in the call; we cannot know which, so it is its own group;
//  - advies: every other service gives advice and support.
// docs/counters.md explains this to the reader.

export type HelpRoute = 'melden' | 'veilig-thuis' | 'advies';

export const HELP_ROUTES: ReadonlyArray<{ id: HelpRoute; label: string }> = [
  { id: 'advies', label: 'Advies en steun (andere hulp)' },
  { id: 'veilig-thuis', label: 'Veilig Thuis (advies of melding)' },
  { id: 'melden', label: 'Melden bij 112 of politie' },
];

const ROUTE_OF_SERVICE: Readonly<Record<string, HelpRoute>> = {
  '112': 'melden',
  politie: 'melden',
  'veilig-thuis': 'veilig-thuis',
};

export function helpRouteOf(serviceId: string): HelpRoute {
  return ROUTE_OF_SERVICE[serviceId] ?? 'advies';
}
