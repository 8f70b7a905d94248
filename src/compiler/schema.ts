// zod schemas for the content data (services, flow front matter). The types
// the API returns live in src/shared/api-types.ts; these schemas must agree.
// Own messages are names of texts in the diagnostics catalogue ("details" in
// messages/diagnostics/<lang>.json), read in the editor's language by
// src/compiler/zod-text.ts.
import * as z from 'zod';
import { ID_PATTERN } from '../graph/content-id.js';
import type { Service } from '../shared/api-types.js';

/** Ids of conversations, steps, services and regions: lower-case words joined by single dashes (src/graph/content-id.ts). */
export const contentId = z.string().regex(ID_PATTERN, 'lowerCaseId');
// As precise as the source allows: 2021, 2020-08 or 2025-10-29.
export const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'date');
export const httpsUrl = z.string().regex(/^https:\/\/[^\s]+$/, 'https');

const time = z.string().regex(/^([01]\d|2[0-4]):[0-5]\d$/, 'time');
const day = z.enum(['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo']);

export const hoursSchema = z.union([
  z.literal('24/7'),
  z.literal('unknown'),
  z.object({
    weekly: z.partialRecord(day, z.array(z.tuple([time, time]))),
    publicHolidays: z.enum(['closed', 'open']),
    note: z.string().min(1).optional(),
  }),
]);

const phoneChannel = z.object({
  kind: z.literal('phone'),
  display: z.string().min(3),
  tel: z.string().regex(/^\d{3,15}$/, 'telDigits'),
  hours: hoursSchema,
  cost: z.string().min(1).optional(),
});

const webChannel = z.object({
  kind: z.enum(['chat', 'web']),
  url: httpsUrl,
  label: z.string().min(1),
  hours: hoursSchema,
});

export const serviceSchema = z.object({
  id: contentId,
  name: z.string().min(1),
  purpose: z.string().min(1),
  after: z.string().min(1).optional(),
  channels: z.array(z.discriminatedUnion('kind', [phoneChannel, webChannel])),
  free: z.boolean().nullable(),
  freeSource: z.string().min(1).optional(),
  anonymous: z.union([z.boolean(), z.literal('advice')]).nullable(),
  notes: z.array(z.string().min(1)).optional(),
  scope: z.enum(['national', 'local']),
  source: z.string().min(1),
  // Required, but checked by the compiler (WW040) so that a missing one names the rule, not zod's wording.
  publicSource: z.string().min(1).optional(),
  verified: isoDate.nullable(),
}) satisfies z.ZodType<Service>;

export const serviceFileSchema = z.object({
  format: z.literal(1),
  services: z.array(z.unknown()),
  // Checked on its own (src/compiler/roles.ts), so that its problems carry their own codes.
  roles: z.unknown().optional(),
});

export const flowMetaSchema = z.object({
  format: z.literal('1'),
  id: contentId,
  title: z.string().min(1),
  audience: z.string().min(1),
  lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'langCode'),
  start: z.string().optional(),
});

/** A top-level field of a data entry that is absent (not merely wrong): editors get "is missing", not zod's wording. */
export function isMissingField(entry: unknown, path: readonly PropertyKey[]): boolean {
  return path.length === 1 && typeof entry === 'object' && entry !== null && !(path[0] in entry);
}
