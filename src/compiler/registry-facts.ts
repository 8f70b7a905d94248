// Checks on the facts of one registry entry that zod cannot express:
// WW040 (the public source) and WW041 (a "gratis" promise backed by a source).
// Pure; the compiler calls them for every service it reads.
import type { Service } from '../shared/api-types.js';

/**
 * Signs of an editors' note in text meant for the public: seed line numbers,
 * file names, "via ...", and English words the registry's notes use. The
 * public source must be Dutch: the organisation's address and a date.
 */
const INTERNAL_NOTE: ReadonlyArray<[RegExp, string]> = [
  [/\bseeds?\b/i, 'a reference to the seeds'],
  [/\bL\d+/, 'a line number'],
  [/helplines|\.md\b|\.json\b/i, 'a file name'],
  [/(^|\s)via\s/i, '"via"'],
  [/\b(generic|verified|unverified|checked|not|source|see|and|n\.d\.)(?![\p{L}])/iu, 'an English word'],
];

/** What makes `publicSource` unfit for the public, or null when it is fit. */
export function publicSourceProblem(publicSource: string | undefined): string | null {
  if (publicSource === undefined || !publicSource.trim()) return 'has no "publicSource"';
  for (const [pattern, what] of INTERNAL_NOTE) {
    const found = pattern.exec(publicSource);
    if (found) return `has ${what} in "publicSource" ("${found[0].trim()}")`;
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
export function freeProblem(service: Service): string | null {
  const phones = service.channels.filter((c) => c.kind === 'phone');
  if (service.free === true) {
    if (!service.freeSource?.trim()) return 'says "free": true but has no "freeSource" naming where the source says it is free';
    const paid = phones.find((c) => !saysFree(c.cost));
    if (paid) return `says "free": true, but the number ${paid.display} has ${paid.cost ? `"cost": "${paid.cost}"` : 'no "cost"'}`;
    return null;
  }
  const free = phones.find((c) => saysFree(c.cost));
  if (free) return `says "cost": "gratis" for ${free.display}, but "free" is ${JSON.stringify(service.free)}`;
  return null;
}
