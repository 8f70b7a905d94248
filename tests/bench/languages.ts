// Issue 16: what each language costs. The start conversation's API answer per
// language (plain and gzip, in-process through the real app), and the compile
// time of the whole content with every language (the shipped-content compile
// in compile-time.ts already includes them; this names it as a target).
import { gzipSync } from 'node:zlib';
import { createApp } from '../../src/app.js';
import { compileFromDisk } from '../../src/compiler/load.js';
import type { Target } from './report.js';

export async function languageBench(root: string, compileMs: number): Promise<{ rows: string[][]; targets: Target[] }> {
  const { graph } = compileFromDisk(root);
  if (!graph) throw new Error('The shipped content does not compile; run npm run flows:check.');
  const app = createApp({ graph });
  const sizes: string[] = [];
  for (const lang of ['nl', ...Object.keys(graph.variants ?? {})]) {
    const res = await app.request(`/api/v1/flows/start${lang === 'nl' ? '' : `?lang=${lang}`}`);
    const body = await res.text();
    sizes.push(`${lang} ${(Buffer.byteLength(body) / 1024).toFixed(1)} / ${(gzipSync(body).length / 1024).toFixed(1)}`);
  }
  const count = Object.keys(graph.variants ?? {}).length;
  return {
    rows: [[`Answer \`/api/v1/flows/start?lang=…\` per language, KB plain / gzip (issue 16)`, sizes.join('; ')]],
    targets: [
      {
        name: `Compile all content with Dutch and ${count} languages (issue 16)`,
        goal: '≤ 2 s',
        value: compileMs,
        unit: 'ms',
        meets: (v) => v <= 2000,
      },
    ],
  };
}
