// Which services a step shows once a municipality is chosen: its own, and
// the municipality's local help (the registry's localHelp role) on every step
// that ends a path or already shows the regional service, Veilig Thuis
// ("lokaal, tenzij": the local team first, Veilig Thuis behind it). One
// function for the API (src/local/resolve.ts), the site's pages and the
// site's counts, so they show and count the same cards.
import type { Roles } from '../graph/roles.js';
import type { Service, Step } from '../shared/api-types.js';

/** A path ends where the step says so ("Einde") or offers no way on. */
export function endsPath(step: Pick<Step, 'end' | 'choices'>): boolean {
  return step.end || step.choices.length === 0;
}

/**
 * The step's service ids for a visitor of `gemeente` (a known code, or
 * undefined): the step's own list, unchanged when nothing is added (same
 * array), else with the local help after the step's own help.
 */
export function helpForStep(
  step: Pick<Step, 'services' | 'end' | 'choices'>,
  gemeente: string | undefined,
  registry: Record<string, Service>,
  roles: Pick<Roles, 'regional' | 'localHelp'>,
): string[] {
  const { regional, localHelp } = roles;
  if (!gemeente || localHelp === undefined || !registry[localHelp]) return step.services;
  if (!endsPath(step) && !(regional !== undefined && step.services.includes(regional))) return step.services;
  // A step that already shows a local placeholder (scope "local") already shows local help.
  if (step.services.some((id) => registry[id]?.scope === 'local')) return step.services;
  return [...step.services, localHelp];
}
