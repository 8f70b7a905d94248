// The compiler: all flow files and the service registry in, one typed,
// validated graph out, with author-facing diagnostics. Pure: no I/O, no HTTP.

import { stepPlaces } from '../engine/step-parents.js';
import type { CompiledStep, Graph } from '../graph/graph.js';
import { NO_ROLES } from '../graph/roles.js';
import { stepIdOf } from '../graph/step-ref.js';
import { walkFrom } from '../graph/walk.js';
import type { FlowSummary, StepRef } from '../shared/api-types.js';
import { compileMunicipalities } from './compile-local.js';
import { type Diagnostic, diag, errorsIn, hasErrors, sortDiagnostics } from './diagnostics.js';
import { fnv1a, shortHash } from './hash.js';
import { holidaysAround } from './holidays.js';
import { MAX_NESTING, tooDeep } from './nesting.js';
import { FORMAT_VERSION, parseFlow, type RawFlow, type RawStep } from './parse-flow.js';
import { findPhoneNumbers } from './phone.js';
import { loadServices, olderThanAYear } from './registry.js';
import { blockTexts, renderText } from './render-text.js';
import { flowMetaSchema } from './schema.js';
import { compileTranslations } from './translations.js';
import type { CompileInput, CompileResult, GraphCheck, SourceFile } from './types.js';
import { compileWords } from './words.js';
import { issueDetail, zodLanguage } from './zod-text.js';

export type { CompiledStep, Graph } from '../graph/graph.js';
export type { CompileInput, CompileResult, GraphCheck, SourceFile } from './types.js';
export { olderThanAYear };

function lineOf(step: RawStep, needle: string): number {
  return step.body.find((l) => l.text.includes(needle))?.line ?? step.body[0]?.line ?? step.line;
}

function resolveTarget(flowId: string, target: string): StepRef {
  if (target.startsWith('#')) return `${flowId}/${target.slice(1)}`;
  const [flow, step] = target.replace(/\.md(?=#|$)/, '').split('#');
  return step ? `${flow}/${step}` : `${flow}/`;
}

export function compile(input: CompileInput, checks: GraphCheck[] = []): CompileResult {
  const diagnostics: Diagnostic[] = [];
  const today = input.today ?? new Date();
  const serviceSources: Graph['serviceSources'] = {};
  const registry = loadServices(input.services, today, diagnostics, serviceSources);
  // An unreadable registry is one finding: nothing is checked against it (no unknown services or numbers).
  const services = registry?.services ?? {};
  const roles = registry?.roles ?? NO_ROLES;
  // What names a service is checked against the registry, refused entries included (one finding each already).
  const known = registry && { ...registry.refused, ...services };
  const local = compileMunicipalities(input.municipalities ?? [], known, (verified) => olderThanAYear(verified, today));
  diagnostics.push(...local.diagnostics);
  const knownNumbers = new Set(['112', '113', ...(registry?.refusedNumbers ?? [])]);
  for (const s of Object.values(services)) for (const c of s.channels) if (c.kind === 'phone') knownNumbers.add(c.tel);

  const raws: RawFlow[] = [];
  const flows: Record<string, FlowSummary> = {};
  const flowFiles: Record<string, string> = {};
  for (const file of input.flows) {
    const parsed = parseFlow(file.file, file.source);
    diagnostics.push(...parsed.diagnostics);
    const raw = parsed.flow;
    const metaValues = Object.fromEntries(Object.entries(raw.meta).map(([k, v]) => [k, v.value]));
    if (raw.meta.format && raw.meta.format.value !== String(FORMAT_VERSION)) {
      diagnostics.push(diag('WW011', file.file, raw.meta.format.line, { format: raw.meta.format.value, version: FORMAT_VERSION }));
      continue;
    }
    const meta = flowMetaSchema.safeParse(metaValues, zodLanguage());
    if (!meta.success) {
      for (const issue of meta.error.issues) {
        const key = String(issue.path[0] ?? '');
        diagnostics.push(
          diag('WW010', file.file, raw.meta[key]?.line ?? 1, { key, detail: issueDetail(issue) }, raw.meta[key] ? 'invalid' : 'absent'),
        );
      }
      continue;
    }
    const id = meta.data.id;
    if (flows[id]) {
      diagnostics.push(diag('WW004', file.file, raw.meta.id.line, { id, file: flowFiles[id] }, 'conversation'));
      continue;
    }
    const start = meta.data.start ?? raw.steps[0]?.id ?? '';
    flows[id] = {
      id,
      title: meta.data.title,
      audience: meta.data.audience,
      lang: meta.data.lang,
      languages: [meta.data.lang],
      start: `${id}/${start}`,
    };
    flowFiles[id] = file.file;
    raws.push(raw);
  }

  const steps: Record<StepRef, CompiledStep> = {};
  const sources: Graph['sources'] = {};
  // Where each compiled step came from, for the checks below; a lookup by ref
  // instead of a scan per step (that made 10,000 steps take seconds).
  const rawSteps = new Map<StepRef, { raw: RawFlow; step: RawStep }>();
  for (const raw of raws) {
    const flowId = Object.keys(flowFiles).find((k) => flowFiles[k] === raw.file)!;
    for (const step of raw.steps) {
      const ref = `${flowId}/${step.id}`;
      if (steps[ref]) {
        diagnostics.push(diag('WW004', raw.file, step.line, { id: step.id, line: sources[ref].line }, 'step'));
        continue;
      }
      const markdown = step.body
        .map((l) => l.text)
        .join('\n')
        .trim();
      if (!markdown) {
        diagnostics.push(diag('WW006', raw.file, step.line, { step: step.id }));
      }
      // Deep nesting would overflow marked's stack: refused with its line, the step compiled as empty (src/compiler/nesting.ts).
      const nested = tooDeep(step.body.map((l) => l.text));
      if (nested)
        diagnostics.push(
          diag(
            'WW019',
            raw.file,
            step.body[nested.index].line,
            { depth: nested.depth, max: MAX_NESTING },
            nested.depth > MAX_NESTING * 4 ? 'far' : 'deep',
          ),
        );
      // Numbers from the registry become call links (the others are refused below, WW009).
      const { text, problems } = renderText(nested ? '' : markdown, (digits) => (knownNumbers.has(digits) ? digits : undefined));
      for (const p of problems) diagnostics.push(diag(p.code, raw.file, lineOf(step, p.needle), p.values, p.variant));
      for (const text_ of [...blockTexts(text.blocks), ...step.choices.map((c) => c.label)]) {
        for (const number of findPhoneNumbers(text_)) {
          if (registry && !knownNumbers.has(number.digits)) {
            diagnostics.push(diag('WW009', raw.file, lineOf(step, number.raw), { number: number.raw }));
          }
        }
      }
      for (const s of step.services) {
        if (known && !known[s.id]) {
          diagnostics.push(diag('WW005', raw.file, s.line, { id: s.id, known: Object.keys(services).join(', ') }));
        }
      }
      steps[ref] = {
        ref,
        key: shortHash(ref),
        text,
        choices: step.choices.map((c) => ({ label: c.label, target: resolveTarget(flowId, c.target) })),
        services: step.services.map((s) => s.id).filter((id) => services[id]),
        end: step.end,
        title: step.title ?? '',
      };
      sources[ref] = { file: raw.file, line: step.line };
      rawSteps.set(ref, { raw, step });
    }
  }

  // Targets: "flow" alone means that flow's start step.
  for (const step of Object.values(steps)) {
    const { raw, step: rawStep } = rawSteps.get(step.ref)!;
    step.choices.forEach((choice, index) => {
      if (choice.target.endsWith('/')) {
        const flow = flows[choice.target.slice(0, -1)];
        if (flow) choice.target = flow.start;
      }
      if (!steps[choice.target]) {
        diagnostics.push(
          diag('WW001', raw.file, rawStep.choices[index].line, { label: choice.label, target: rawStep.choices[index].target }, 'choice'),
        );
      }
    });
    if (!step.choices.length && !rawStep.services.length && !step.end) {
      diagnostics.push(diag('WW003', raw.file, rawStep.line, { step: rawStep.id }));
    }
  }
  for (const flow of Object.values(flows)) {
    if (!steps[flow.start]) {
      const line = raws.find((r) => r.file === flowFiles[flow.id])?.meta.start?.line ?? 1;
      diagnostics.push(diag('WW001', flowFiles[flow.id], line, { start: flow.start }, 'start'));
    }
  }

  // Each step's own heading and canonical parent ("Vorige stap" without a trail in the address).
  const places = stepPlaces(flows, steps);
  for (const step of Object.values(steps)) {
    step.title = places[step.ref].title;
    if (places[step.ref].parent) step.parent = places[step.ref].parent;
  }

  // Reachability from every conversation's start.
  const reached = walkFrom(
    steps,
    Object.values(flows).map((f) => f.start),
  ).distance;
  for (const ref of Object.keys(steps)) {
    if (!reached.has(ref)) {
      diagnostics.push(diag('WW002', sources[ref].file, sources[ref].line, { step: stepIdOf(ref) }));
    }
  }

  // Other languages (issue 16): checked against the Dutch just built; the published ones are served.
  const translated = compileTranslations({
    languages: input.languages,
    translations: input.translations ?? [],
    raws: new Map(raws.map((raw) => [Object.keys(flowFiles).find((k) => flowFiles[k] === raw.file)!, raw])),
    dutch: { flows, steps, services, serviceSources },
    knownNumbers,
    registryUnread: !registry || Object.keys(registry.refused).length > 0,
    dutchErrors: new Set(errorsIn(diagnostics).map((d) => d.file)),
    messages: input.messages ?? [],
  });
  diagnostics.push(...translated.diagnostics);
  for (const variant of [{ flows }, ...Object.values(translated.variants)])
    for (const flow of Object.values(variant.flows)) flow.languages = [flows[flow.id].lang, ...Object.keys(translated.variants)];

  // What the free-text matcher knows (issue 17): `Woorden:` lines and flows/words.json.
  const words = compileWords(
    input.words,
    new Map(raws.map((raw) => [Object.keys(flowFiles).find((k) => flowFiles[k] === raw.file)!, raw])),
    steps,
    known,
    diagnostics,
  );

  const extra = [input.languages, input.words, ...(input.translations ?? []), ...(input.messages ?? [])].filter((f): f is SourceFile =>
    Boolean(f),
  );
  const contentText =
    input.services.source + [...input.flows, ...(input.municipalities ?? []), ...extra].map((f) => f.file + f.source).join('\n');
  const version = shortHash(contentText, 8) + fnv1a(String(input.flows.length)).toString(36).slice(0, 2);
  const graph: Graph = {
    version,
    flows,
    steps,
    services,
    roles,
    sources,
    serviceSources,
    municipalities: local.municipalities,
    holidays: holidaysAround(today),
    languages: translated.languages,
    variants: translated.variants,
    words,
  };
  const broken = hasErrors(diagnostics);
  for (const check of checks) if (!broken || check.evenWithErrors) diagnostics.push(...check(graph, raws));
  const sorted = sortDiagnostics(diagnostics);
  return { graph: hasErrors(sorted) ? null : graph, diagnostics: sorted };
}
