// Reading the counting settings from an environment (process.env on Node,
// vars and secrets on Workers). Shared so both runtimes mean the same.
import type { CountingOptions } from './options.js';
import { parseTokens, tokenCheck } from './tokens.js';
import type { Counter } from './types.js';

export interface CountingEnv {
  /** "off" switches counting off; on by default. */
  WEGWIJS_COUNTERS?: string;
  /** GM0637:token1,GM0479:token2 */
  WEGWIJS_STATS_TOKENS?: string;
}

/** What the app gets: spread into createApp's options. */
export interface CountingSetup {
  counter?: Counter;
  counting?: CountingOptions;
}

const OFF = ['off', 'false', '0', 'no'];
const ON = ['on', 'true', '1', 'yes', ''];

/** On unless switched off; a value we do not understand counts as off (when in doubt, count nothing). */
export function countingSwitch(value: string | undefined): { on: boolean; problem?: string } {
  const v = (value ?? '').trim().toLowerCase();
  if (ON.includes(v)) return { on: true };
  if (OFF.includes(v)) return { on: false };
  return { on: false, problem: 'WEGWIJS_COUNTERS should be "on" or "off"; counting is off until it is.' };
}

/** Report tokens from the environment, with readable notes on skipped entries (never the tokens). */
export function tokensFrom(env: CountingEnv): { tokens: ReturnType<typeof tokenCheck>; problems: string[] } {
  const parsed = parseTokens(env.WEGWIJS_STATS_TOKENS);
  return { tokens: tokenCheck(parsed.entries), problems: parsed.problems };
}
