// Report tokens: one or more per municipality, from one setting such as
// WEGWIJS_STATS_TOKENS="GM0637:token1,GM0479:token2" (an environment variable
// on Node, a secret on Workers). Tokens are compared as SHA-256 digests, byte
// by byte without stopping early, so the time taken says nothing about how
// close a guess was. Web Crypto: the same code on Node and in workerd.
import { CBS_CODE } from '../local/types.js';

export const MIN_TOKEN_LENGTH = 20;

export interface TokenEntry {
  gemeente: string;
  token: string;
}

export interface ParsedTokens {
  entries: TokenEntry[];
  /** Plain descriptions of skipped entries, for the start-up log. Never contain a token. */
  problems: string[];
}

export function parseTokens(spec: string | undefined): ParsedTokens {
  const entries: TokenEntry[] = [];
  const problems: string[] = [];
  const parts = (spec ?? '').split(',').map((p) => p.trim()).filter(Boolean);
  parts.forEach((part, index) => {
    const where = `entry ${index + 1} of WEGWIJS_STATS_TOKENS`;
    const colon = part.indexOf(':');
    const gemeente = colon < 0 ? '' : part.slice(0, colon).trim();
    const token = colon < 0 ? '' : part.slice(colon + 1).trim();
    if (!CBS_CODE.test(gemeente)) problems.push(`${where} is skipped: write it as GM0000:token.`);
    else if (token.length < MIN_TOKEN_LENGTH) problems.push(`${where} (${gemeente}) is skipped: the token is shorter than ${MIN_TOKEN_LENGTH} characters.`);
    else if (entries.some((e) => e.token === token)) problems.push(`${where} (${gemeente}) is skipped: the same token is already used.`);
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

export interface TokenCheck {
  /** The municipality the token belongs to, or null. Looks at every entry, always. */
  municipalityOf(token: string): Promise<string | null>;
  /** How many municipalities have a token. */
  readonly municipalities: number;
}

export function tokenCheck(entries: TokenEntry[]): TokenCheck {
  let digests: Promise<Array<{ gemeente: string; digest: Uint8Array }>> | undefined;
  return {
    municipalities: new Set(entries.map((e) => e.gemeente)).size,
    async municipalityOf(token) {
      digests ??= Promise.all(entries.map(async (e) => ({ gemeente: e.gemeente, digest: await digest(e.token) })));
      const given = await digest(token);
      let found: string | null = null;
      for (const entry of await digests) if (sameBytes(given, entry.digest)) found = entry.gemeente;
      return found;
    },
  };
}

/** The token from an `Authorization: Bearer …` header, or null. */
export function bearerToken(header: string | null | undefined): string | null {
  const match = /^Bearer[ ]+([\x21-\x7e]+)\s*$/i.exec(header ?? '');
  return match ? match[1] : null;
}
