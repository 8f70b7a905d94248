// zod schemas for the municipality data files (flows/gemeenten/*.json).
// Codes and regions are checked separately, for diagnostics that name them.
import * as z from 'zod';
import { contentId, hoursSchema, httpsUrl, isoDate } from './schema.js';

const text = z.string().trim().min(1);

const localEntry = z.strictObject({
  name: text.nullable(),
  kind: text.nullable(),
  phone: z.strictObject({ display: z.string().min(3), tel: z.string().regex(/^\d{3,15}$/, 'telDigits') }).optional(),
  url: httpsUrl.optional(),
  note: text.optional(),
  source: text,
  verified: isoDate.nullable(),
});

const localRef = z.strictObject({ service: text, source: text });

/** By local service id; null means "not known here". */
const localMap = z.record(z.string(), z.union([localRef, localEntry]).nullable());

/** The municipality's general number: only from helplines.md, so always with a check date. */
const contactSchema = z.strictObject({
  phone: z.strictObject({ display: z.string().min(3), tel: z.string().regex(/^\d{3,15}$/, 'telDigits') }),
  hours: hoursSchema,
  note: text.optional(),
  source: text,
  verified: isoDate,
});

/** An entry of a region file: local data for a municipality of nederland.json. */
export const municipalitySchema = z.strictObject({
  code: z.string(),
  /** For readers of the file; must equal the name in nederland.json. */
  name: text.optional(),
  /** Places and other names beyond nederland.json's (villages, parts of town). */
  aliases: z.array(text).optional(),
  subregion: text.optional(),
  website: httpsUrl.optional(),
  contact: contactSchema.optional(),
  local: localMap.optional(),
  source: text,
  verified: isoDate.nullable(),
});

export const regionSchema = z.strictObject({
  id: contentId,
  name: text,
  subregions: z.array(text).optional(),
  /** Defaults for every municipality of the region (a shelter, say). */
  local: localMap.optional(),
  source: text,
});

export const municipalityFileSchema = z.strictObject({
  format: z.literal(1),
  region: z.unknown(),
  municipalities: z.array(z.unknown()),
});

const nationalRow = z.strictObject({
  code: z.string(),
  name: text,
  cbsName: text.optional(),
  province: text,
  aliases: z.array(text).optional(),
  partOf: z.array(z.strictObject({ name: text, part: text })).optional(),
  veiligThuis: text.nullable(),
  sources: z.array(text).min(1),
  sourceDate: text,
  notes: text.optional(),
});

/** flows/gemeenten/nederland.json, written by src/cli/import-municipalities.ts. */
export const nationalFileSchema = z.strictObject({
  format: z.literal(1),
  about: text,
  division: text,
  count: z.number().int().positive(),
  imported: text,
  sources: z.record(z.string(), z.strictObject({ url: text, title: text, date: text })),
  veiligThuisRegions: z.array(z.strictObject({ id: contentId, name: text, sources: z.array(text).min(1), status: z.string() })),
  municipalities: z.array(z.unknown()),
});

export const nationalRowSchema = nationalRow;
export type NationalRow = z.infer<typeof nationalRow>;
export type RegionData = z.infer<typeof regionSchema>;
