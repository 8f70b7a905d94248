// zod schemas for the municipality data files (flows/gemeenten/*.json).
// Codes and regions are checked separately, for diagnostics that name them.
import * as z from 'zod';
import { contentId, httpsUrl, isoDate } from '../content/schema.js';

const text = z.string().trim().min(1);

const localEntry = z.strictObject({
  name: text.nullable(),
  kind: text.nullable(),
  phone: z.strictObject({ display: z.string().min(3), tel: z.string().regex(/^\d{3,15}$/, 'digits only') }).optional(),
  url: httpsUrl.optional(),
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
  website: httpsUrl,
  local: localMap.optional(),
  source: text,
  verified: isoDate.nullable(),
});

export const regionSchema = z.strictObject({
  id: contentId,
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
