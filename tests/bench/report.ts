// Markdown for BENCHMARKS.md: tables, target verdicts, and the replacement
// of one generated section so hand-written text around it survives a run.

export interface Target {
  name: string;
  goal: string;
  /** Null when the thing cannot be measured yet (e.g. a route that does not exist). */
  value: number | null;
  unit: string;
  /** True when a value meets the goal. */
  meets: (value: number) => boolean;
}

export type Verdict = 'met' | 'missed' | 'n/a';

export function verdict(target: Target): Verdict {
  if (target.value === null || Number.isNaN(target.value)) return 'n/a';
  return target.meets(target.value) ? 'met' : 'missed';
}

export function fmt(value: number | null, digits = 1, unit = ''): string {
  if (value === null || Number.isNaN(value)) return 'n/a';
  return `${value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })}${unit}`;
}

export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export function targetTable(targets: Target[]): string {
  return table(
    ['Target', 'Goal', 'Measured', 'Verdict'],
    targets.map((t) => [
      t.name,
      t.goal,
      t.value === null ? 'n/a' : `${fmt(t.value, t.unit === '×' ? 2 : t.unit === 'ms' && t.value < 100 ? 1 : 0)} ${t.unit}`,
      verdict(t),
    ]),
  );
}

const marker = (name: string, edge: 'start' | 'end') => `<!-- ${name}:${edge} -->`;

/** Replaces the text between `<!-- name:start -->` and `<!-- name:end -->`, or appends the section. */
export function replaceSection(markdown: string, name: string, body: string): string {
  const start = marker(name, 'start');
  const end = marker(name, 'end');
  const block = `${start}\n${body.trim()}\n${end}`;
  const from = markdown.indexOf(start);
  const to = markdown.indexOf(end);
  if (from === -1 || to === -1 || to < from) return `${markdown.trimEnd()}\n\n${block}\n`;
  return markdown.slice(0, from) + block + markdown.slice(to + end.length);
}
