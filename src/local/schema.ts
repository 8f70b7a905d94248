// zod schemas for the municipality data files (flows/gemeenten/*.json).
// Codes and regions are checked separately, for diagnostics that name them.
import * as z from 'zod';

const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD');
const https = z.string().regex(/^https:\/\/[^\s]+$/, 'an https:// address');
const text = z.string().trim().min(1);

const localEntry = z.strictObject({
  name: text.nullable(),
  kind: text.nullable(),
  phone: z.strictObject({ display: z.string().min(3), tel: z.string().regex(/^\d{3,15}$/, 'digits only') }).optional(),
  url: https.optional(),
  note: text.optional(),
  source: text,
  verified: isoDate.nullable(),
});

const localRef = z.strictObject({ service: text, source: text });

/** By local service id; null means "not known here". */
const localMap = z.record(z.string(), z.union([localRef, localEntry]).nullable());

export const municipalitySchema = z.strictObject({
  code: z.string(),
  name: text,
  aliases: z.array(text).optional(),
  subregion: text.optional(),
  website: https,
  local: localMap.optional(),
  source: text,
  verified: isoDate.nullable(),
});

export const regionSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case letters, digits and dashes'),
  name: text,
  veiligThuis: text,
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

export type RegionData = z.infer<typeof regionSchema>;
