// Keeps the README and docs true in one checkable way: every relative link
// points to a file or folder that exists in the repository.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const pages = [
  'README.md',
  'SECURITY.md',
  'BENCHMARKS.md',
  ...readdirSync('docs')
    .filter((f) => f.endsWith('.md'))
    .map((f) => join('docs', f)),
];

describe('documentation links', () => {
  it.each(pages)('%s links only to files that exist', (page) => {
    // Examples in code blocks and code spans are not links.
    const text = readFileSync(page, 'utf8')
      .replace(/```[\s\S]*?```/g, '')
      .replace(/`[^`\n]*`/g, '');
    const broken: string[] = [];
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^(https?:|mailto:|tel:|#)/.test(target)) continue;
      const path = target.split('#')[0];
      // Built files (dist/) exist only after a build.
      if (path.startsWith('../dist/') || path.startsWith('dist/')) continue;
      if (!existsSync(join(dirname(page), path))) broken.push(target);
    }
    expect(broken).toEqual([]);
  });
});
