// Issue 18, point 2: one trailing comma in the registry is one finding, at
// the comma's line, with the whole shipped content (conversations,
// municipalities, words.json, every translation): nothing that only follows
// from the registry being unreadable is reported besides it. The same for one
// wrong phone number: one finding at the number's own line, not one per step
// that names the service. And a broken link is one finding, not one more per
// language whose table names the old link.
import { describe, expect, it } from 'vitest';
import { defaultChecks } from './checks.js';
import { compile } from './compile.js';
import { readContent } from './read-content.js';

const input = readContent(process.cwd());
const intact = compile(input, defaultChecks).diagnostics;
const key = (d: { file: string; line: number; code: string }) => `${d.file}:${d.line}:${d.code}`;

describe('a trailing comma in flows/services.json', () => {
  it('is one finding at its own line, and nothing cascades from it', () => {
    const lines = input.services.source.split('\n');
    const at = lines.findIndex((l) => l.includes('"verified"'));
    lines[at] += ',';
    const broken = compile({ ...input, services: { ...input.services, source: lines.join('\n') } }, defaultChecks);
    expect(broken.graph).toBeNull();
    const before = new Set(intact.map(key));
    const added = broken.diagnostics.filter((d) => !before.has(key(d)));
    expect(added.map(key)).toEqual([`flows/services.json:${at + 1}:WW012`]);
    expect(added[0].message).toContain('komma te veel');
    expect(broken.diagnostics.filter((d) => d.severity === 'error')).toHaveLength(1);
  });
});

describe('a phone number with a letter in flows/services.json', () => {
  it('is one finding at the number, and the service still counts as known everywhere', () => {
    const lines = input.services.source.split('\n');
    const at = lines.findIndex((l) => l.includes('"tel": "08002000"'));
    lines[at] = lines[at].replace('"tel": "08002000"', '"tel": "0800x2000"');
    const broken = compile({ ...input, services: { ...input.services, source: lines.join('\n') } }, defaultChecks);
    const before = new Set(intact.map(key));
    const added = broken.diagnostics.filter((d) => !before.has(key(d)));
    expect(added.map(key)).toEqual([`flows/services.json:${at + 1}:WW012`]);
    expect(broken.diagnostics.filter((d) => d.severity === 'error')).toHaveLength(1);
  });
});

describe('a broken link in a conversation', () => {
  it('is one finding in the Dutch; its translations are checked once the Dutch is right', () => {
    const flows = input.flows.map((f) =>
      f.file === 'flows/pleger.md' ? { ...f, source: f.source.replace('](#time-out)', '](#time-outx)') } : f,
    );
    const broken = compile({ ...input, flows }, defaultChecks);
    const before = new Set(intact.map(key));
    const added = broken.diagnostics.filter((d) => !before.has(key(d)));
    expect(added.map((d) => `${d.file}:${d.code}`)).toEqual(['flows/pleger.md:WW001']);
  });
});
