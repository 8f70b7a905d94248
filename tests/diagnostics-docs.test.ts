// Keeps docs/diagnostics.md useful to editors: every code in the catalogue
// has a section with a wrong example and a right one (issue 18, point 2).
// The quotations of finding texts are checked in src/compiler/diagnostics.test.ts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const docs = readFileSync('docs/diagnostics.md', 'utf8');
const { details: _details, ...catalogue } = JSON.parse(readFileSync('messages/diagnostics/en.json', 'utf8')) as Record<
  string,
  { title: string }
>;
const codes = Object.keys(catalogue);

/** The text of each `## WWxxx Title` section, up to the next `## ` heading outside a code block. */
function splitSections(text: string): Map<string, string> {
  const found = new Map<string, string>();
  let code: string | undefined;
  let inFence = false;
  for (const line of text.split('\n')) {
    if (line.startsWith('```')) inFence = !inFence;
    if (!inFence && line.startsWith('## ')) {
      code = /^## (WW\d{3}) /.exec(line)?.[1];
      if (code) found.set(code, '');
    }
    if (code) found.set(code, `${found.get(code)}${line}\n`);
  }
  return found;
}
const sections = splitSections(docs);

interface Example {
  lang: string;
  body: string;
}

/** The fenced block right after a line `Wrong:` or `Right:` (one blank line between). */
function example(section: string, label: 'Wrong' | 'Right'): Example | undefined {
  const m = new RegExp(`^${label}:\\n\\n\`\`\`(\\w*)\\n([\\s\\S]*?)\\n\`\`\`$`, 'm').exec(section);
  return m ? { lang: m[1], body: m[2] } : undefined;
}

describe('docs/diagnostics.md', () => {
  it('has one section per code of the catalogue, and none for unknown codes', () => {
    expect(codes.length).toBeGreaterThan(50);
    expect([...sections.keys()].sort()).toEqual([...codes].sort());
    expect(docs.match(/^## WW\d{3} /gm)?.length, 'a code with two sections').toBe(codes.length);
  });

  it.each(codes)('%s has a wrong example and a right one', (code) => {
    const section = sections.get(code) ?? '';
    const wrong = example(section, 'Wrong');
    const right = example(section, 'Right');
    expect(wrong, `${code}: no "Wrong:" line followed by a fenced block`).toBeDefined();
    expect(right, `${code}: no "Right:" line followed by a fenced block`).toBeDefined();
    if (!wrong || !right) return;
    expect(section.indexOf('\nWrong:\n'), `${code}: the wrong example comes first`).toBeLessThan(section.indexOf('\nRight:\n'));
    expect(section.match(/^(Wrong|Right):$/gm), `${code}: one of each`).toHaveLength(2);
    expect(right.lang, `${code}: both blocks in the same language`).toBe(wrong.lang);
    expect(right.body.trim(), `${code}: the right example is empty`).not.toBe('');
    expect(right.body.trim(), `${code}: the right example repeats the wrong one`).not.toBe(wrong.body.trim());
    // A one-line wrong example is the offending line itself: the right one no longer has it.
    const lines = wrong.body.trim().split('\n');
    if (lines.length === 1) {
      expect(right.body.split('\n'), `${code}: the right example still has "${lines[0]}"`).not.toContain(lines[0]);
    }
  });

  it('keeps the Fix paragraph after the examples', () => {
    for (const code of codes) {
      const section = sections.get(code) ?? '';
      const fix = section.indexOf('**Fix:**');
      expect(fix, `${code}: no **Fix:**`).toBeGreaterThan(-1);
      expect(fix, `${code}: **Fix:** before the right example`).toBeGreaterThan(section.indexOf('\nRight:\n'));
    }
  });
});
