import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseTokens } from '../counters/tokens.js';
import { newToken, TOKEN_SIZE, tokenSetting } from './counts-token.js';

describe('counts:token', () => {
  it('makes tokens the server accepts, each different', () => {
    const result = tokenSetting(['GM0637', 'GM0479', 'veilig-thuis-haaglanden']);
    if (!('value' in result)) throw new Error(result.problems.join('; '));
    const parsed = parseTokens(result.value);
    expect(parsed.problems).toEqual([]);
    expect(parsed.entries.map((e) => e.gemeente)).toEqual(['GM0637', 'GM0479', 'veilig-thuis-haaglanden']);
    expect(new Set(parsed.entries.map((e) => e.token)).size).toBe(3);
    for (const { token } of parsed.entries) expect(token).toMatch(new RegExp(`^[A-Za-z0-9_-]{${TOKEN_SIZE}}$`));
  });

  it('never returns a weak token, even when the random source gives one', () => {
    const tries = ['aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'short', 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdEf'];
    expect(newToken(() => tries.shift()!)).toBe('AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdEf');
  });

  it('refuses an owner the server would refuse, naming it', () => {
    expect(tokenSetting(['GM637', 'GM0637'])).toEqual({ problems: [expect.stringContaining('"GM637" is not a municipality code')] });
    expect(tokenSetting([])).toEqual({ problems: [expect.stringContaining('name at least one municipality code')] });
  });

  it('as a command: one line with the setting, exit 2 with a message for a bad code', () => {
    const ok = spawnSync('npx', ['tsx', 'src/cli/counts-token.ts', 'GM0637'], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/^GM0637:[A-Za-z0-9_-]{43}\n$/);
    const bad = spawnSync('npx', ['tsx', 'src/cli/counts-token.ts', 'Zoetermeer'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('"Zoetermeer" is not a municipality code');
  }, 30_000);
});
