// Every setting read from the environment, in one place: process.env on Node,
// vars and secrets on Workers. Checked with zod at start-up, so a bad value is
// one clear message naming the variable (docs/settings.md), never a NaN port or
// a silently ignored typo. Values are never echoed when they may be secrets.
// zod/mini, as everywhere on the server's path to its first answer: the same
// checks and issues as zod's full API at a fraction of the start-up cost (the
// compiler, bundled apart, uses the full API; issue 19, point 9).
import * as z from 'zod/mini';
import { EDITOR_LANGUAGES } from './compiler/editor-languages.js';
import { defaultHeaderConfig, type HeaderConfig } from './http/headers.js';

/** A CSP source list for frame-ancestors: no quotes except around keywords, no `;` that would end the directive. */
const sourceList = z.string().check(
  z.trim(),
  z.minLength(1, 'may not be empty'),
  z.refine(
    (value) => !/[;,\r\n]/.test(value),
    'a list of sources separated by spaces, such as "\'self\' https://www.gemeente.nl" (no ; or ,)',
  ),
);

const PORT = 'a port number from 1 to 65535 (or 0: any free port)';

const settingsSchema = z.object({
  /** The checkout to serve: flows/, public/, dist/ (Node). */
  WEGWIJS_ROOT: z.optional(z.string().check(z.minLength(1))),
  PORT: z._default(z.coerce.number({ error: PORT }).check(z.refine(Number.isInteger, PORT), z.gte(0, PORT), z.lte(65535, PORT)), 8787),
  HOST: z._default(z.string().check(z.trim(), z.minLength(1, 'may not be empty')), '0.0.0.0'),
  /** Who may frame the site's pages (CSP frame-ancestors). */
  FRAME_ANCESTORS: z._default(sourceList, defaultHeaderConfig.frameAncestors),
  /** Who may frame /ingebed/ (the widget's frame mode); default any site. */
  EMBED_FRAME_ANCESTORS: z.optional(sourceList),
  /** The language of the diagnostics in the start-up log and on /preview (the flows:* commands read it too, and take --lang). */
  WEGWIJS_EDITOR_LANG: z.pipe(
    z.transform((value: unknown) => (value === '' ? undefined : value)),
    z._default(z.enum(EDITOR_LANGUAGES, { error: `${EDITOR_LANGUAGES.join(' or ')}: the language of the diagnostics for editors` }), 'nl'),
  ),
  /** Counting settings; their own checks (with notes, never a stop, when off) are in src/counters/settings.ts. */
  WEGWIJS_COUNTERS: z.optional(z.string()),
  WEGWIJS_STATS_TOKENS: z.optional(z.string()),
  WEGWIJS_DB: z.optional(z.string()),
});

export type Settings = z.infer<typeof settingsSchema>;

/** Only our own names: the rest of the environment is none of our business. */
function ownVariables(env: object, leaveOut: ReadonlySet<string> = new Set()): Record<string, unknown> {
  const values = env as Record<string, unknown>;
  const names = Object.keys(settingsSchema.shape).filter((name) => values[name] !== undefined && !leaveOut.has(name));
  return Object.fromEntries(names.map((name) => [name, values[name]]));
}

/** The settings, or one line per bad variable (its name and what it should be; never its value). */
export function readSettings(env: object): { settings: Settings; errors: [] } | { settings?: undefined; errors: string[] } {
  const parsed = settingsSchema.safeParse(ownVariables(env));
  if (parsed.success) return { settings: parsed.data, errors: [] };
  return { errors: parsed.error.issues.map((issue) => `wegwijs: ${issue.path.join('.')}: ${issue.message}.`) };
}

/**
 * For Workers, where there is no start-up to refuse: a bad variable is logged
 * and left out (its default applies), so a typo in a setting never takes the
 * help offline.
 */
export function readSettingsOrDefaults(env: object, log: (line: string) => void = console.error): Settings {
  const parsed = settingsSchema.safeParse(ownVariables(env));
  if (parsed.success) return parsed.data;
  const bad = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
  for (const issue of parsed.error.issues)
    log(`wegwijs: ${issue.path.join('.')}: ${issue.message}. The default is used until this is fixed.`);
  return settingsSchema.parse(ownVariables(env, bad));
}

/** The page headers' settings from the checked environment. */
export function headerConfig(settings: Settings): HeaderConfig {
  return { frameAncestors: settings.FRAME_ANCESTORS, embedFrameAncestors: settings.EMBED_FRAME_ANCESTORS };
}
