import { describe, expect, it } from 'vitest';
import { bearerToken, parseTokens, tokenCheck } from './tokens.js';

const zoetermeer = 'zoetermeer-0123456789abcdef';
const utrecht = 'utrecht-0123456789abcdefghij';

describe('report tokens', () => {
  it('reads GM0000:token pairs and explains skipped entries without repeating the token', () => {
    const parsed = parseTokens(` GM0637:${zoetermeer}, GM0344:${utrecht},GM0637:second-token-for-rotation-1, bad, GM1:${zoetermeer}x, GM0363:tiny-secret, GM0363:${utrecht}`);
    expect(parsed.entries).toEqual([
      { gemeente: 'GM0637', token: zoetermeer },
      { gemeente: 'GM0344', token: utrecht },
      { gemeente: 'GM0637', token: 'second-token-for-rotation-1' },
    ]);
    expect(parsed.problems).toHaveLength(4);
    for (const problem of parsed.problems) {
      expect(problem).not.toContain(zoetermeer);
      expect(problem).not.toContain('tiny-secret');
    }
    expect(parseTokens(undefined)).toEqual({ entries: [], problems: [] });
  });

  it('finds the municipality of a token, and nothing for a near miss', async () => {
    const check = tokenCheck(parseTokens(`GM0637:${zoetermeer},GM0344:${utrecht},GM0637:second-token-for-rotation-1`).entries);
    expect(check.municipalities).toBe(2);
    expect(await check.municipalityOf(zoetermeer)).toBe('GM0637');
    expect(await check.municipalityOf('second-token-for-rotation-1')).toBe('GM0637');
    expect(await check.municipalityOf(utrecht)).toBe('GM0344');
    expect(await check.municipalityOf(zoetermeer.slice(0, -1))).toBeNull();
    expect(await check.municipalityOf(zoetermeer + 'x')).toBeNull();
    expect(await check.municipalityOf('')).toBeNull();
    expect(await tokenCheck([]).municipalityOf(zoetermeer)).toBeNull();
  });

  it('takes the token from a Bearer header only', () => {
    expect(bearerToken(`Bearer ${zoetermeer}`)).toBe(zoetermeer);
    expect(bearerToken(`bearer  ${zoetermeer}`)).toBe(zoetermeer);
    expect(bearerToken(`Basic ${zoetermeer}`)).toBeNull();
    expect(bearerToken('Bearer')).toBeNull();
    expect(bearerToken(`Bearer a b`)).toBeNull();
    expect(bearerToken(null)).toBeNull();
  });
});
