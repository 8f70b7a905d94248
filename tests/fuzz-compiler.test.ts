// Bad input against the flow compiler (issue 8): random, hand-shaped and
// mutated flow files and registries. The compiler never throws, refuses a
// graph exactly when it reports an error, and every diagnostic names a
// real file and line with a message and a hint an editor can act on.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultChecks } from '../src/compiler/checks.js';
import { type CompileInput, compile, type SourceFile } from '../src/compiler/compile.js';
import { CODES } from '../src/compiler/diagnostics.js';
import { readContent } from '../src/compiler/load.js';

const shipped = readContent(process.cwd());
const serviceIds = (JSON.parse(shipped.services.source) as { services: Array<{ id: string }> }).services.map((s) => s.id);

/** Compiles and checks the contract; throws a readable error when it is broken. */
function checkContract(input: CompileInput): void {
  const result = compile(input, defaultChecks);
  const files = new Map([...input.flows, input.services].map((f) => [f.file, f.source.split(/\r\n?|\n/).length]));
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if ((result.graph === null) !== errors.length > 0)
    throw new Error(`graph ${result.graph ? 'given' : 'refused'} with ${errors.length} errors`);
  for (const d of result.diagnostics) {
    const where = `${d.file}:${d.line} ${d.code}`;
    if (!(d.code in CODES)) throw new Error(`${where}: unknown code`);
    if (CODES[d.code as keyof typeof CODES].severity !== d.severity) throw new Error(`${where}: wrong severity ${d.severity}`);
    if (!files.has(d.file)) throw new Error(`${where}: names a file that was not compiled`);
    if (!Number.isInteger(d.line) || d.line < 1 || d.line > files.get(d.file)!)
      throw new Error(`${where}: line outside the file (${files.get(d.file)} lines)`);
    if (d.message.trim().length < 10 || d.hint.trim().length < 10)
      throw new Error(`${where}: message or hint too thin: "${d.message}" / "${d.hint}"`);
  }
}

const pick = <T>(items: readonly T[]) => fc.constantFrom(...items);
const stepId = fc.oneof(
  pick(['begin', 'gevaar-nu', 'zorgen', 'einde', 'stap-1']),
  fc.stringMatching(/^[a-z0-9-]{1,12}$/),
  fc.string({ maxLength: 12 }),
);
const target = fc.oneof(
  stepId.map((id) => `#${id}`),
  fc.tuple(pick(['start', 'omstander', 'x', '']), stepId).map(([f, s]) => `${f}#${s}`),
  pick(['start', 'omstander.md', 'https://example.org', 'javascript:alert(1)', 'tel:112', '#', '##', 'data:text/html,x']),
);
const bodyLine = fc.oneof(
  pick([
    'Bel bij gevaar meteen 112.',
    'Veilig Thuis: 0800-2000.',
    'Bel 0900-1234567.',
    '**Let op**: *schuin*',
    '<script>alert(1)</script>',
    '![beeld](https://x/y.png)',
    '[link](javascript:void(0))',
    '[mail](mailto:x@y.nl)',
    '# Kop',
    '### Kleine kop',
    '> citaat',
    '```',
    '    code',
    '| a | b |',
    '---',
    '1. een',
    '- los punt',
    '',
    'Einde',
    'Einde.',
    'Hulp:',
    'Hulp: , ,',
  ]),
  fc.tuple(fc.string({ maxLength: 20 }), target).map(([label, t]) => `- [${label}](${t})`),
  fc.array(pick([...serviceIds, 'bestaat-niet', '']), { maxLength: 3 }).map((ids) => `Hulp: ${ids.join(', ')}`),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.lorem({ maxCount: 12, mode: 'sentences' }),
);
const frontMatter = fc
  .record(
    {
      format: pick(['1', '2', 'x', '']),
      id: fc.oneof(pick(['gegenereerd', 'start', 'omstander', 'Niet Goed']), fc.stringMatching(/^[a-z-]{1,10}$/)),
      title: fc.oneof(pick(['Een titel', '']), fc.string({ maxLength: 30 })),
      audience: pick(['iedereen', 'omstanders', '']),
      lang: pick(['nl', 'en', 'xx', '']),
      start: stepId,
    },
    { requiredKeys: [] },
  )
  .chain((meta) => fc.tuple(fc.constant(meta), fc.boolean(), fc.array(fc.string({ maxLength: 20 }), { maxLength: 2 })))
  .map(([meta, closed, junk]) =>
    ['---', ...Object.entries(meta).map(([k, v]) => `${k}: ${v}`), ...junk, ...(closed ? ['---'] : [])].join('\n'),
  );
const shapedFlow = fc
  .tuple(
    fc.boolean(),
    frontMatter,
    fc.array(fc.tuple(stepId, fc.array(bodyLine, { maxLength: 6 })), { maxLength: 8 }),
    fc.array(fc.string(), { maxLength: 2 }),
    pick(['\n', '\r\n']),
  )
  .map(([withMeta, meta, steps, before, eol]) =>
    [...(withMeta ? [meta] : []), ...before, ...steps.flatMap(([id, lines]) => [`## ${id}`, ...lines])].join(eol),
  );

type Mutation = (lines: string[]) => string[];
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map(
    (i): Mutation =>
      (l) =>
        l.filter((_, k) => k !== i % Math.max(1, l.length)),
  ),
  fc.nat().map(
    (i): Mutation =>
      (l) => [...l.slice(0, i % (l.length + 1)), l[i % Math.max(1, l.length)] ?? '', ...l.slice(i % (l.length + 1))],
  ),
  fc.tuple(fc.nat(), fc.nat()).map(
    ([a, b]): Mutation =>
      (l) => {
        const c = [...l];
        // Swapping in an empty file would put `undefined` in as a line.
        if (!c.length) return c;
        const [x, y] = [a % Math.max(1, c.length), b % Math.max(1, c.length)];
        [c[x], c[y]] = [c[y], c[x]];
        return c;
      },
  ),
  fc.tuple(fc.nat(), bodyLine).map(
    ([i, line]): Mutation =>
      (l) => [...l.slice(0, i % (l.length + 1)), line, ...l.slice(i % (l.length + 1))],
  ),
  fc.tuple(fc.nat(), fc.string({ unit: 'binary', maxLength: 8 })).map(
    ([i, junk]): Mutation =>
      (l) =>
        l.map((line, k) => (k === i % Math.max(1, l.length) ? line.slice(0, junk.length) + junk + line.slice(junk.length * 2) : line)),
  ),
  fc.nat().map(
    (i): Mutation =>
      (l) =>
        l.slice(0, i % (l.length + 1)),
  ),
);
const mutate = (source: string, ms: Mutation[]) => ms.reduce((lines, m) => m(lines), source.split('\n')).join('\n');
const mutatedFile = (file: SourceFile) =>
  fc.array(mutation, { minLength: 1, maxLength: 4 }).map((ms) => ({ file: file.file, source: mutate(file.source, ms) }));

const registry = (source: string): SourceFile => ({ file: 'flows/services.json', source });
const mutatedRegistry = fc.oneof(
  mutatedFile(shipped.services),
  fc.json({ maxDepth: 4 }).map(registry),
  fc
    .jsonValue({ maxDepth: 3 })
    .map((services) => registry(JSON.stringify({ format: 1, services: Array.isArray(services) ? services : [services] }))),
  fc.tuple(fc.nat(), pick(['id', 'channels', 'verified', 'scope', 'name']), fc.jsonValue({ maxDepth: 1 })).map(([i, key, value]) => {
    const json = JSON.parse(shipped.services.source) as { services: Array<Record<string, unknown>> };
    json.services[i % json.services.length][key] = value;
    return registry(JSON.stringify(json, null, 2));
  }),
);

// 1,900 compiles in all (the HTTP fuzz adds 10,200 requests). FUZZ_SCALE=10 digs deeper, by hand.
const scale = Number(process.env.FUZZ_SCALE ?? 1);
const RUNS = Object.fromEntries(
  Object.entries({ shaped: 500, mutatedOne: 700, mutatedAll: 100, random: 300, registry: 300 }).map(([k, n]) => [k, n * scale]),
) as Record<'shaped' | 'mutatedOne' | 'mutatedAll' | 'random' | 'registry', number>;

describe('the compiler under bad input', () => {
  it(
    `hand-shaped flow files of valid and invalid parts (${RUNS.shaped} cases)`,
    () => {
      fc.assert(
        fc.property(fc.array(shapedFlow, { minLength: 1, maxLength: 2 }), (sources) =>
          checkContract({ flows: sources.map((source, i) => ({ file: `flows/f${i}.md`, source })), services: shipped.services }),
        ),
        { numRuns: RUNS.shaped },
      );
    },
    30_000 * scale,
  );

  it(
    `one shipped flow file, mutated, beside its registry (${RUNS.mutatedOne} cases)`,
    () => {
      fc.assert(
        fc.property(fc.constantFrom(...shipped.flows).chain(mutatedFile), (flow) =>
          checkContract({ flows: [flow], services: shipped.services }),
        ),
        { numRuns: RUNS.mutatedOne },
      );
    },
    30_000 * scale,
  );

  it(
    `all shipped flows with some of them mutated (${RUNS.mutatedAll} cases)`,
    () => {
      const all = fc.tuple(...shipped.flows.map((f) => fc.option(mutatedFile(f), { freq: 3, nil: undefined }).map((m) => m ?? f)));
      fc.assert(
        fc.property(all, (flows) => checkContract({ flows, services: shipped.services })),
        { numRuns: RUNS.mutatedAll },
      );
    },
    30_000 * scale,
  );

  it(
    `random text as flow files (${RUNS.random} cases)`,
    () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 400 }), (a, b) =>
          checkContract({
            flows: [
              { file: 'flows/a.md', source: a },
              { file: 'flows/b.md', source: `---\n${b}` },
            ],
            services: shipped.services,
          }),
        ),
        { numRuns: RUNS.random },
      );
    },
    30_000 * scale,
  );

  it(
    `broken and odd registries (${RUNS.registry} cases)`,
    () => {
      fc.assert(
        fc.property(mutatedRegistry, (services) => checkContract({ flows: shipped.flows.slice(0, 2), services })),
        { numRuns: RUNS.registry },
      );
    },
    30_000 * scale,
  );

  it('the contract check itself catches a broken promise', () => {
    // A guard that the checks above can fail: an impossible line must be flagged.
    const source = '---\nformat: 1\nid: x\ntitle: X\naudience: iedereen\nlang: nl\n---\n## a\nTekst.\n- [Naar](#nergens)';
    const result = compile({ flows: [{ file: 'flows/x.md', source }], services: shipped.services }, defaultChecks);
    expect(result.graph).toBeNull();
    expect(result.diagnostics.some((d) => d.code === 'WW001' && d.line === 10)).toBe(true);
    expect(() =>
      checkContract({ flows: [{ file: 'flows/x.md', source }], services: { file: 'flows/services.json', source: '{' } }),
    ).not.toThrow();
  });
});
