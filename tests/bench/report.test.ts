import { describe, expect, it } from 'vitest';
import { fmt, replaceSection, type Target, table, verdict } from './report.js';

describe('replaceSection', () => {
  it('replaces only the marked section and keeps the text around it', () => {
    const md = 'Intro\n<!-- bench:start -->\nold\n<!-- bench:end -->\nAfter\n';
    const out = replaceSection(md, 'bench', 'new table');
    expect(out).toBe('Intro\n<!-- bench:start -->\nnew table\n<!-- bench:end -->\nAfter\n');
    expect(replaceSection(out, 'bench', 'again')).toContain('again');
    expect(replaceSection(out, 'bench', 'again')).not.toContain('new table');
  });

  it('appends a section that is missing, leaving other sections alone', () => {
    const md = '# Benchmarks\n<!-- bench:start -->\nx\n<!-- bench:end -->\n';
    const out = replaceSection(md, 'load', 'load result');
    expect(out).toContain('<!-- bench:start -->\nx\n<!-- bench:end -->');
    expect(out.trimEnd().endsWith('<!-- load:start -->\nload result\n<!-- load:end -->')).toBe(true);
  });
});

describe('verdicts and formatting', () => {
  const target = (value: number | null): Target => ({ name: 'p99', goal: '≤ 10 ms', value, unit: 'ms', meets: (v) => v <= 10 });
  it('says met, missed or n/a', () => {
    expect(verdict(target(9.9))).toBe('met');
    expect(verdict(target(10.1))).toBe('missed');
    expect(verdict(target(null))).toBe('n/a');
  });
  it('builds a Markdown table and formats numbers', () => {
    expect(table(['a', 'b'], [['1', '2']])).toBe('| a | b |\n| --- | --- |\n| 1 | 2 |');
    expect(fmt(1234.56, 1)).toBe('1,234.6');
    expect(fmt(null)).toBe('n/a');
  });
});
