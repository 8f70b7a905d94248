// What the editor changed, line by line, and the change description they can
// send to the maintainers: which file, which lines were and become what, and
// what the check says now. Pure: text in, text out.
import type { Diagnostic } from '../compiler/diagnostics.js';
import { summary } from './findings.js';
import { say, words } from './words.js';

export type LineChange =
  | { kind: 'changed'; line: number; was: string; now: string }
  | { kind: 'removed'; line: number; was: string }
  | { kind: 'added'; line: number; now: string };

/** Above this many cells the middle of a change is compared as a whole (remove all, add all). */
const MAX_CELLS = 4_000_000;

/** The lines that differ between `before` and `after` (line numbers: `before`'s for removed and changed, `after`'s for added). */
export function lineChanges(before: string, after: string): LineChange[] {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) endA--, endB--;
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const ops: Array<{ op: '=' | '-' | '+'; i: number; j: number }> = [];
  if (midA.length * midB.length <= MAX_CELLS) {
    // Longest common subsequence of the middle, then walked from the front.
    const n = midA.length;
    const m = midB.length;
    const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
    for (let i = n - 1; i >= 0; i--)
      for (let j = m - 1; j >= 0; j--) lcs[i][j] = midA[i] === midB[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && midA[i] === midB[j]) ops.push({ op: '=', i: i++, j: j++ });
      else if (i < n && (j === m || lcs[i + 1][j] >= lcs[i][j + 1])) ops.push({ op: '-', i: i++, j });
      else ops.push({ op: '+', i, j: j++ });
    }
  } else {
    for (let i = 0; i < midA.length; i++) ops.push({ op: '-', i, j: 0 });
    for (let j = 0; j < midB.length; j++) ops.push({ op: '+', i: midA.length, j });
  }
  // A run of removed and added lines: pairs in order are changed lines.
  const out: LineChange[] = [];
  for (let k = 0; k < ops.length; ) {
    if (ops[k].op === '=') {
      k++;
      continue;
    }
    const removed: number[] = [];
    const added: number[] = [];
    for (; k < ops.length && ops[k].op !== '='; k++) {
      if (ops[k].op === '-') removed.push(ops[k].i);
      else added.push(ops[k].j);
    }
    const pairs = Math.min(removed.length, added.length);
    for (let p = 0; p < pairs; p++) out.push({ kind: 'changed', line: start + removed[p] + 1, was: midA[removed[p]], now: midB[added[p]] });
    for (const i of removed.slice(pairs)) out.push({ kind: 'removed', line: start + i + 1, was: midA[i] });
    for (const j of added.slice(pairs)) out.push({ kind: 'added', line: start + j + 1, now: midB[j] });
  }
  return out;
}

/** Lines of the description listed per file; the rest is counted. */
const MAX_LINES = 40;

/** The text an editor sends to the maintainers. */
export function changeDescription(
  changed: ReadonlyArray<{ file: string; before: string; after: string }>,
  findings: readonly Diagnostic[],
  version: string,
): string {
  const d = words.description;
  const out = [d.title, say(d.version, { version }), ''];
  for (const { file, before, after } of changed) {
    out.push(say(d.file, { file }));
    const changes = lineChanges(before, after);
    for (const c of changes.slice(0, MAX_LINES)) {
      if (c.kind === 'changed')
        out.push(say(d.was, { line: c.line, text: c.was.trim() }), say(d.now, { line: c.line, text: c.now.trim() }));
      else if (c.kind === 'removed') out.push(say(d.removed, { line: c.line, text: c.was.trim() }));
      else out.push(say(d.added, { line: c.line, text: c.now.trim() }));
    }
    if (changes.length > MAX_LINES) out.push(say(d.more, { count: changes.length - MAX_LINES }));
    out.push('');
  }
  out.push(say(d.check, { summary: findings.length ? summary(findings) : d.clean }));
  for (const f of findings) out.push(say(d.finding, { file: f.file, line: f.line, code: f.code, message: f.message }));
  return out.join('\n') + '\n';
}
