// `npm run -s counts:token -- GM0637 [GM0479 …]`: a new report token per owner
// (a municipality code, or a Veilig Thuis region such as
// veilig-thuis-haaglanden), printed as the value for WEGWIJS_STATS_TOKENS.
// Tokens come from nanoid: 43 characters of a 64-character alphabet (about
// 258 random bits from the platform's secure random source), checked with the
// server's own rules before they are printed. Nothing is written anywhere.
import { nanoid } from 'nanoid';
import { isTokenOwner, tokenWeakness } from '../counters/tokens.js';

/** 43 × 6 bits ≈ 258 bits: as strong as 32 random bytes. */
export const TOKEN_SIZE = 43;

/** A token the server accepts. A random one with fewer than ten different characters is astronomically rare: then another. */
export function newToken(make: () => string = () => nanoid(TOKEN_SIZE)): string {
  for (;;) {
    const token = make();
    if (!tokenWeakness(token)) return token;
  }
}

/** The WEGWIJS_STATS_TOKENS value for these owners, or what is wrong with them. */
export function tokenSetting(owners: string[]): { value: string } | { problems: string[] } {
  const problems = owners
    .filter((owner) => !isTokenOwner(owner))
    .map((owner) => `"${owner}" is not a municipality code (GM and four digits) or a Veilig Thuis region (veilig-thuis-<regio>).`);
  if (!owners.length) problems.push('name at least one municipality code, for example: npm run -s counts:token -- GM0637');
  return problems.length ? { problems } : { value: owners.map((owner) => `${owner}:${newToken()}`).join(',') };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = tokenSetting(process.argv.slice(2));
  if ('problems' in result) {
    for (const problem of result.problems) console.error(`counts:token: ${problem}`);
    process.exit(2);
  }
  console.log(result.value);
}
