import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CODES, diag, formatDiagnostic } from './diagnostics.js';

describe('diagnostic codes', () => {
  it('are each documented in docs/diagnostics.md with their title', () => {
    const docs = readFileSync('docs/diagnostics.md', 'utf8');
    for (const [code, info] of Object.entries(CODES)) {
      expect(docs, `docs/diagnostics.md lacks "## ${code} ${info.title}"`).toContain(`## ${code} ${info.title}`);
    }
  });

  it('print like a compiler: file:line: severity code: message, then the hint', () => {
    const text = formatDiagnostic(diag('WW001', 'flows/a.md', 12, 'Bad target.', 'Fix it.'));
    expect(text).toBe('flows/a.md:12: error WW001: Bad target.\n    hint: Fix it.');
  });
});
