import { describe, expect, it } from 'vitest';
import { bearerToken, isLimited, parseTokens, tokenCheck, tokenWeakness } from './tokens.js';

const zoetermeer = 'zoetermeer-0123456789abcdefghijklm';
const utrecht = 'utrecht-0123456789abcdefghijklmnopq';
const rotation = 'second-token-for-rotation-1-abcdefgh';

describe('report tokens', () => {
  it('reads GM0000:token pairs and explains refused entries without repeating the token', () => {
    const parsed = parseTokens(
      ` GM0637:${zoetermeer}, GM0344:${utrecht},GM0637:${rotation}, bad, GM1:${zoetermeer}x, GM0363:tiny-secret, GM0363:${utrecht}`,
    );
    expect(parsed.entries).toEqual([
      { gemeente: 'GM0637', token: zoetermeer },
      { gemeente: 'GM0344', token: utrecht },
      { gemeente: 'GM0637', token: rotation },
    ]);
    expect(parsed.problems).toHaveLength(4);
    for (const problem of parsed.problems) {
      expect(problem).not.toContain(zoetermeer);
      expect(problem).not.toContain('tiny-secret');
    }
    expect(parseTokens(undefined)).toEqual({ entries: [], problems: [] });
  });

  it('refuses weak tokens with a reason: too short (a 16-character one too), a pattern, a space', () => {
    expect(tokenWeakness('0123456789abcdef')).toContain('shorter than 32');
    expect(tokenWeakness('ab'.repeat(20))).toContain('different characters');
    expect(tokenWeakness(`${zoetermeer} x`)).toContain('space');
    expect(tokenWeakness(zoetermeer)).toBeNull();
    const parsed = parseTokens('GM0637:0123456789abcdef');
    expect(parsed.entries).toEqual([]);
    expect(parsed.problems[0]).toMatch(/GM0637.*too weak.*shorter than 32.*counts:token/);
  });

  it('finds the municipality of a token, and nothing for a near miss', async () => {
    const check = tokenCheck(parseTokens(`GM0637:${zoetermeer},GM0344:${utrecht},GM0637:${rotation}`).entries);
    expect(check.municipalities).toBe(2);
    expect(await check.municipalityOf(zoetermeer)).toBe('GM0637');
    expect(await check.municipalityOf(rotation)).toBe('GM0637');
    expect(await check.municipalityOf(utrecht)).toBe('GM0344');
    expect(await check.municipalityOf(zoetermeer.slice(0, -1))).toBeNull();
    expect(await check.municipalityOf(zoetermeer + 'x')).toBeNull();
    expect(await check.municipalityOf('')).toBeNull();
    expect(await tokenCheck([]).municipalityOf(zoetermeer)).toBeNull();
  });

  it('limits wrong attempts: after the budget even the right token is not checked, until it refills; right tokens cost nothing', async () => {
    let now = 0;
    const check = tokenCheck([{ gemeente: 'GM0637', token: zoetermeer }], { failures: { perSecond: 1, burst: 5 }, now: () => now });
    for (let i = 0; i < 20; i++) expect(await check.municipalityOf(zoetermeer)).toBe('GM0637');
    for (let i = 0; i < 5; i++) expect(await check.municipalityOf(`guess-${i}`)).toBeNull();
    const limited = await check.municipalityOf(zoetermeer);
    expect(isLimited(limited)).toBe(true);
    expect(isLimited(await check.municipalityOf('guess-6'))).toBe(true);
    now += 1000;
    expect(await check.municipalityOf(zoetermeer)).toBe('GM0637');
    // Parallel guesses cannot slip past the budget.
    const burst = await Promise.all(Array.from({ length: 10 }, (_, i) => check.municipalityOf(`parallel-${i}`)));
    expect(burst.filter((r) => r === null)).toHaveLength(1);
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
