// Report tokens: one or more per municipality, from one setting such as
// WEGWIJS_STATS_TOKENS="GM0637:token1,GM0479:token2" (an environment variable
// on Node, a secret on Workers). Tokens are compared as SHA-256 digests, byte
// by byte without stopping early, so the time taken says nothing about how
// close a guess was. Web Crypto: the same code on Node and in workerd.
//
// Guessing is made slow twice over: a token must be strong (checked when the
// setting is read; Node refuses to start with a weak one), and wrong tokens
// share one small budget per process (per isolate on Workers). Once it is
// used up, every attempt is refused unchecked until it refills: an attacker
// can delay reports for a while, never read them. No address is kept.
import { CBS_CODE, REGION_ID } from '../graph/municipality.js';
import { type RateOptions, tokenBucket } from './rate-limit.js';

export const MIN_TOKEN_LENGTH = 32;
/** Fewer different characters than this is a pattern, not a random token. */
export const MIN_TOKEN_DISTINCT = 10;
/** Wrong tokens accepted per process: about one a second, 30 at once. */
export const defaultFailureRate: RateOptions = { perSecond: 1, burst: 30 };
export const TOKEN_ADVICE = 'make one with: npm run -s counts:token -- GM0637 (your municipality code)';

/** Why a token is too weak, or null when it is strong enough. Never repeats the token. */
export function tokenWeakness(token: string): string | null {
  if (token.length < MIN_TOKEN_LENGTH) return `the token is shorter than ${MIN_TOKEN_LENGTH} characters`;
  if (!/^[\x21-\x7e]+$/.test(token)) return 'the token has a space or a character outside plain ASCII (it cannot be sent in a header)';
  if (new Set(token).size < MIN_TOKEN_DISTINCT)
    return `the token has fewer than ${MIN_TOKEN_DISTINCT} different characters, so it is not random`;
  return null;
}

/** Who may own a token: a municipality (GM0637) or a Veilig Thuis region (veilig-thuis-haaglanden, src/stats/region.ts). */
export function isTokenOwner(owner: string): boolean {
  return CBS_CODE.test(owner) || REGION_ID.test(owner);
}

export interface TokenEntry {
  gemeente: string;
  token: string;
}

export interface ParsedTokens {
  entries: TokenEntry[];
  /** Plain descriptions of entries that are not used (malformed, weak, repeated), for the start-up log. Never contain a token. */
  problems: string[];
}

export function parseTokens(spec: string | undefined): ParsedTokens {
  const entries: TokenEntry[] = [];
  const problems: string[] = [];
  const parts = (spec ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  parts.forEach((part, index) => {
    const where = `entry ${index + 1} of WEGWIJS_STATS_TOKENS`;
    const colon = part.indexOf(':');
    const gemeente = colon < 0 ? '' : part.slice(0, colon).trim();
    const token = colon < 0 ? '' : part.slice(colon + 1).trim();
    if (!isTokenOwner(gemeente)) problems.push(`${where} is not in the form GM0000:token (or veilig-thuis-regio:token).`);
    else if (tokenWeakness(token)) problems.push(`${where} (${gemeente}) is too weak: ${tokenWeakness(token)}; ${TOKEN_ADVICE}.`);
    else if (entries.some((e) => e.token === token)) problems.push(`${where} (${gemeente}) repeats a token that is already used.`);
    else entries.push({ gemeente, token });
  });
  return { entries, problems };
}

const encoder = new TextEncoder();

async function digest(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text)));
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ (b[i] ?? 0);
  return diff === 0;
}

/** A municipality's code; null for a wrong token; `limited` when too many wrong tokens came in (not checked). */
export type TokenResult = string | null | { limited: true; retryAfter: number };

export interface TokenCheck {
  /** The municipality the token belongs to, or null. Looks at every entry, always. Spends the failure budget when wrong. */
  municipalityOf(token: string): Promise<TokenResult>;
  /** How many municipalities have a token. */
  readonly municipalities: number;
}

export interface TokenCheckOptions {
  /** How many wrong tokens are checked (see defaultFailureRate). */
  failures?: RateOptions;
  now?: () => number;
}

export function tokenCheck(entries: TokenEntry[], options: TokenCheckOptions = {}): TokenCheck {
  let digests: Promise<Array<{ gemeente: string; digest: Uint8Array }>> | undefined;
  const budget = tokenBucket(options.failures ?? defaultFailureRate, options.now);
  return {
    municipalities: new Set(entries.map((e) => e.gemeente)).size,
    async municipalityOf(token) {
      // Every attempt takes from the budget up front (so parallel guesses cannot slip past); a right token gives it back.
      if (!budget.take()) return { limited: true, retryAfter: budget.retryAfter() };
      digests ??= Promise.all(entries.map(async (e) => ({ gemeente: e.gemeente, digest: await digest(e.token) })));
      const given = await digest(token);
      let found: string | null = null;
      for (const entry of await digests) if (sameBytes(given, entry.digest)) found = entry.gemeente;
      if (found) budget.giveBack();
      return found;
    },
  };
}

export function isLimited(result: TokenResult): result is { limited: true; retryAfter: number } {
  return typeof result === 'object' && result !== null;
}

/** The token from an `Authorization: Bearer …` header, or null. */
export function bearerToken(header: string | null | undefined): string | null {
  const match = /^Bearer[ ]+([\x21-\x7e]+)\s*$/i.exec(header ?? '');
  return match ? match[1] : null;
}
