// zod schemas for the content data (services, flow front matter). The types
// the API returns live in src/shared/api-types.ts; these schemas must agree.
import * as z from 'zod';
import type { Service } from '../shared/api-types.js';

const time = z.string().regex(/^([01]\d|2[0-4]):[0-5]\d$/, 'a time as HH:MM');
const day = z.enum(['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo']);
// As precise as the source allows: 2021, 2020-08 or 2025-10-29.
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD');

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
  tel: z.string().regex(/^\d{3,15}$/, 'digits only, e.g. 08002000'),
  hours: hoursSchema,
  cost: z.string().min(1).optional(),
});

const webChannel = z.object({
  kind: z.enum(['chat', 'web']),
  url: z.string().regex(/^https:\/\/[^\s]+$/, 'an https:// address'),
  label: z.string().min(1),
  hours: hoursSchema,
});

export const serviceSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case letters, digits and dashes'),
  name: z.string().min(1),
  purpose: z.string().min(1),
  after: z.string().min(1).optional(),
  channels: z.array(z.discriminatedUnion('kind', [phoneChannel, webChannel])),
  free: z.boolean().nullable(),
  anonymous: z.union([z.boolean(), z.literal('advice')]).nullable(),
  notes: z.array(z.string().min(1)).optional(),
  scope: z.enum(['national', 'local']),
  source: z.string().min(1),
  verified: isoDate.nullable(),
}) satisfies z.ZodType<Service>;

export const serviceFileSchema = z.object({
  format: z.literal(1),
  services: z.array(z.unknown()),
});

export const flowMetaSchema = z.object({
  format: z.literal('1'),
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case letters, digits and dashes'),
  title: z.string().min(1),
  audience: z.string().min(1),
  lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'a language code such as nl'),
  start: z.string().optional(),
});
