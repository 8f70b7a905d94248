// Checks on the facts of one registry entry that zod cannot express:
// WW040 (the public source) and WW041 (a "gratis" promise backed by a source).
// Pure; the compiler calls them for every service it reads.
import type { Service } from '../shared/api-types.js';
import type { DiagnosticValues } from './diagnostics.js';

/** What is wrong, as the catalogue's variant of the code (messages/diagnostics/) and the values it names. */
export interface FactProblem {
  variant: string;
  values: DiagnosticValues;
}

/**
 * Signs of an editors' note in text meant for the public: seed line numbers,
 * file names, "via ...", and English words the registry's notes use. The
 * public source must be Dutch: the organisation's address and a date.
 */
const INTERNAL_NOTE: ReadonlyArray<[RegExp, string]> = [
  [/\bseeds?\b/i, 'seeds'],
  [/\bL\d+/, 'lineNumber'],
  [/helplines|\.md\b|\.json\b/i, 'fileName'],
  [/(^|\s)via\s/i, 'via'],
  [/\b(generic|verified|unverified|checked|not|source|see|and|n\.d\.)(?![\p{L}])/iu, 'english'],
];

/** What makes `publicSource` unfit for the public, or null when it is fit. */
export function publicSourceProblem(publicSource: string | undefined): FactProblem | null {
  if (publicSource === undefined || !publicSource.trim()) return { variant: 'missing', values: {} };
  for (const [pattern, variant] of INTERNAL_NOTE) {
    const found = pattern.exec(publicSource);
    if (found) return { variant, values: { found: found[0].trim() } };
  }
  return null;
}

const saysFree = (cost: string | undefined) => cost !== undefined && cost.trim().toLowerCase() === 'gratis';

/**
 * Why a "Gratis" on this entry is not backed, or null. `free: true` shows a
 * "Gratis" badge: it needs `freeSource` (where the source says so) and every
 * phone line must say `"cost": "gratis"`. A line that says "gratis" needs
 * `free: true` (and so a `freeSource`) too.
 */
export function freeProblem(service: Service): FactProblem | null {
  const phones = service.channels.filter((c) => c.kind === 'phone');
  if (service.free === true) {
    if (!service.freeSource?.trim()) return { variant: 'noFreeSource', values: {} };
    const paid = phones.find((c) => !saysFree(c.cost));
    if (paid)
      return paid.cost
        ? { variant: 'paid', values: { number: paid.display, cost: paid.cost } }
        : { variant: 'noCost', values: { number: paid.display } };
    return null;
  }
  const free = phones.find((c) => saysFree(c.cost));
  if (free) return { variant: 'freeLine', values: { number: free.display, free: JSON.stringify(service.free) } };
  return null;
}
