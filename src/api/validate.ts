// Input validation for API routes: zod schemas in, a typed value or a clear
// 400 out. Never lets bad input reach a handler (and so never a 500).
import * as z from 'zod/mini';
import { ID_PATTERN } from '../graph/content-id.js';
import { LANGUAGE_ID } from '../graph/language-id.js';
import { CBS_CODE } from '../graph/municipality.js';
import { jsonError } from '../http/respond.js';

export const gemeenteCode = z
  .string()
  .check(
    z.regex(CBS_CODE, 'a CBS municipality code: "GM" and four digits, e.g. GM0637 for Zoetermeer. GET /api/v1/municipalities lists them.'),
  );

export const flowIdParam = z
  .string()
  .check(z.regex(ID_PATTERN, 'a conversation id: lower-case letters, digits and dashes'), z.maxLength(64));

export const langParam = z.string().check(z.regex(LANGUAGE_ID, 'a language code such as "ar" or "nl-x-eenvoud"'));

export type Parsed<T> = { ok: true; value: T } | { ok: false; response: Response };

/** The schema's own names only: a segment that is not a plain name (a key of a record, say) is not repeated. */
function fieldOf(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === 'string' && /^[a-z][a-zA-Z]{0,30}$/.test(p) ? p : typeof p === 'number' ? String(p) : '…'))
    .join('.');
}

export function parseWith<T>(schema: z.ZodMiniType<T>, input: unknown, where: string): Parsed<T> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  // Messages come from our schemas; zod's default for an unknown key quotes the key, so it is replaced.
  const issues = result.error.issues.map((i) => ({
    field: fieldOf(i.path) || where,
    message:
      i.code === 'unrecognized_keys' && i.keys.some((k) => i.message.includes(k))
        ? `not a known ${where}; see the API documentation`
        : i.message,
  }));
  const first = issues[0];
  return {
    ok: false,
    response: jsonError(400, 'bad_request', `Invalid ${where} "${first.field}": ${first.message.replace(/\.$/, '')}.`, issues),
  };
}

/** Reads the query string as a plain object; a repeated key is an error, not a silent pick. */
export function parseQuery<T>(schema: z.ZodMiniType<T>, url: string): Parsed<T> {
  const query: Record<string, string> = {};
  for (const [key, value] of new URL(url).searchParams) {
    if (key in query)
      return { ok: false, response: jsonError(400, 'bad_request', 'A query parameter is given more than once; give each at most once.') };
    query[key] = value;
  }
  return parseWith(schema, query, 'query parameter');
}

/** Path and query of a request URL as sent (`/api/v1/flows/start?lang=en`), without parsing it. */
export function addressOf(url: string): string {
  const path = url.indexOf('/', url.indexOf('//') + 2);
  return path === -1 ? '/' : url.slice(path);
}
