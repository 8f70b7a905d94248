// For editors: /preview shows every conversation as one tree with all texts,
// choices and help, the validator's findings beside the step they are about;
// `npm run flows:graph` writes one Mermaid diagram per conversation.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { shippedGraph } from '../../tests/support/content.js';
import { createApp } from '../app.js';
import type { Diagnostic } from '../compiler/diagnostics.js';
import { flowMermaid, mermaidLabel } from './mermaid.js';
import { demoteHeadings } from './step-page.js';

const graph = shippedGraph();
const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

// A finding on the second line of a step, and one on the registry.
const [someRef, someSource] = Object.entries(graph.sources).find(([ref]) => graph.steps[ref])!;
const findings: Diagnostic[] = [
  {
    code: 'WW020',
    severity: 'warning',
    file: someSource.file,
    line: someSource.line + 1,
    message: 'A sentence with 31 words is long.',
    hint: 'Split it.',
  },
  { code: 'WW017', severity: 'warning', file: 'flows/services.json', line: 3, message: 'An old check date.', hint: 'Check again.' },
];

async function preview(diagnostics?: Diagnostic[]): Promise<string> {
  const res = await createApp({ graph, diagnostics }).request('/preview');
  expect(res.status).toBe(200);
  return res.text();
}

describe('/preview', () => {
  it('shows every conversation, every step text, every choice and every signpost', async () => {
    const html = await preview(findings);
    for (const flow of Object.values(graph.flows)) expect(html, flow.id).toContain(`id="gesprek-${flow.id}"`);
    for (const step of Object.values(graph.steps)) {
      expect(html, step.ref).toContain(`id="stap-${step.ref.replace('/', '-')}"`);
      expect(html, step.ref).toContain(demoteHeadings(step.text.html));
      for (const choice of step.choices) expect(html, step.ref).toContain(escapeHtml(choice.label));
      for (const id of step.services) expect(html, step.ref).toContain(escapeHtml(graph.services[id].name));
    }
  });

  it('puts a finding beside the step it is about', async () => {
    const html = await preview(findings);
    const stepAt = html.indexOf(`id="stap-${someRef.replace('/', '-')}"`);
    const findingAt = html.indexOf('A sentence with 31 words is long.');
    expect(stepAt).toBeGreaterThan(0);
    expect(findingAt).toBeGreaterThan(stepAt);
    // Before the next step starts.
    const nextStep = html.indexOf('class="step-card"', stepAt + 1);
    if (nextStep > 0) expect(findingAt).toBeLessThan(nextStep);
    expect(html).toContain('waarschuwing WW020');
    expect(html).toContain('flows/services.json');
    expect(html).toContain('An old check date.');
    expect(html).toContain('Controle: 0 fouten, 2 waarschuwingen');
  });

  it('says how to see the findings when it has none to show', async () => {
    expect(await preview()).toContain('npm run flows:check');
  });

  it('is not for search engines and loads no outside script', async () => {
    const html = await preview(findings);
    expect(html).toContain('<meta name="robots" content="noindex"/>');
    const scripts = [...html.matchAll(/<script[^>]*src="([^"]*)"/g)].map((m) => m[1]);
    expect(scripts).toEqual(['/site/exit.js']);
  });
});

describe('Mermaid diagrams', () => {
  it('draw every step, choice and signpost of each conversation', () => {
    for (const flow of Object.values(graph.flows)) {
      const text = flowMermaid(graph, flow.id);
      expect(text).toMatch(/^%% Conversation/);
      expect(text).toContain('\nflowchart TD\n');
      const own = Object.values(graph.steps).filter((s) => s.ref.startsWith(`${flow.id}/`));
      for (const step of own) {
        expect(text, step.ref).toContain(`  ${step.ref.replace('/', '__').replace(/-/g, '_')}["`);
        for (const choice of step.choices) expect(text, step.ref).toContain(`-->|"${mermaidLabel(choice.label, 60)}"|`);
        for (const id of step.services) expect(text, step.ref).toContain(`Hulp: ${mermaidLabel(graph.services[id].name)}`);
      }
    }
  });

  it('keep labels on one line, without quotes or brackets that would break the diagram', () => {
    expect(mermaidLabel('Zeg "nee"\n<b>#1</b>')).toBe('Zeg #quot;nee#quot; #lt;b#gt;#35;1#lt;/b#gt;');
    expect(mermaidLabel('a'.repeat(100), 10)).toBe('aaaaaaaaa…');
  });
});

describe('npm run flows:graph', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wegwijs-graph-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes one .mmd file per conversation and an overview page', () => {
    cpSync(join(process.cwd(), 'flows'), join(dir, 'flows'), { recursive: true });
    const project = fileURLToPath(new URL('../..', import.meta.url));
    execFileSync(join(project, 'node_modules', '.bin', 'tsx'), [join(project, 'src/cli/flows-graph.ts'), '--out', 'diagrams'], {
      cwd: dir,
      stdio: 'pipe',
    });
    const files = readdirSync(join(dir, 'diagrams')).sort();
    expect(files).toEqual([...Object.keys(graph.flows).map((id) => `${id}.mmd`), 'README.md'].sort());
    const overview = readFileSync(join(dir, 'diagrams', 'README.md'), 'utf8');
    for (const flow of Object.values(graph.flows)) expect(overview).toContain(flowMermaid(graph, flow.id).trimEnd());
  });
});
