// /preview: for editors. Every conversation as one readable tree (texts,
// choices, help, ends), with the validator's findings beside the step they
// are about. Server-rendered, no scripts: it works wherever the site works.
import { raw } from 'hono/html';
import type { Diagnostic } from '../compiler/diagnostics.js';
import type { Graph } from '../graph/graph.js';
import { flowOf, stepIdOf } from '../graph/step-ref.js';
import type { FlowSummary, StepRef } from '../shared/api-types.js';
import { Layout } from './layout.js';
import { fillParts, format, scoped, siteText, studioText } from './messages.js';
import { ENTRY_FLOW, type SiteData, stepPath } from './site-data.js';
import { demoteHeadings } from './step-page.js';

const words = scoped(() => siteText.preview);

/** Findings per step (by file and line: a step owns the lines from its heading to the next) and per file. */
function placeFindings(graph: Graph, diagnostics: readonly Diagnostic[]) {
  const byStep = new Map<StepRef, Diagnostic[]>();
  const byFile = new Map<string, Diagnostic[]>();
  const stepsByFile = new Map<string, Array<{ ref: StepRef; line: number }>>();
  for (const [ref, source] of Object.entries(graph.sources)) {
    if (!graph.steps[ref]) continue;
    const list = stepsByFile.get(source.file) ?? [];
    list.push({ ref, line: source.line });
    stepsByFile.set(source.file, list);
  }
  for (const list of stepsByFile.values()) list.sort((a, b) => a.line - b.line);
  for (const d of diagnostics) {
    const owner = (stepsByFile.get(d.file) ?? []).filter((s) => s.line <= d.line).pop();
    const map = owner ? byStep : byFile;
    const key = owner ? owner.ref : d.file;
    map.set(key, [...(map.get(key) ?? []), d]);
  }
  return { byStep, byFile };
}

function Findings({ list, label }: { list?: Diagnostic[]; label: string }) {
  if (!list?.length) return null;
  return (
    // biome-ignore lint/a11y/useSemanticElements: a list of findings, not form controls: a fieldset would be wrong.
    <div class="findings" role="group" aria-label={label}>
      <ul>
        {list.map((d) => (
          <li class={`finding finding-${d.severity}`}>
            <p>
              {fillParts(words.finding, {
                title: <strong>{format(words.findingTitle, { severity: words.severity[d.severity], code: d.code })}</strong>,
                line: d.line,
                message: d.message,
              })}
            </p>
            <p class="hint">{format(words.findingHint, { hint: d.hint })}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}

interface TreeContext {
  site: SiteData;
  flow: FlowSummary;
  byStep: Map<StepRef, Diagnostic[]>;
  /** Steps already drawn: a step reached twice is drawn once and linked after. */
  drawn: Set<StepRef>;
}

const anchor = (ref: StepRef) => `stap-${ref.replace('/', '-')}`;

function StepNode({ ref, ctx }: { ref: StepRef; ctx: TreeContext }) {
  const { graph } = ctx.site;
  const step = graph.steps[ref];
  const source = graph.sources[ref];
  ctx.drawn.add(ref);
  return (
    <div class="node">
      <div class="step-card" id={anchor(ref)}>
        <h3>{fillParts(words.step, { id: <code>{stepIdOf(ref)}</code> })}</h3>
        <p class="meta">
          {fillParts(words.stepSource, {
            file: source.file,
            line: source.line,
            link: <a href={stepPath(ctx.site, ref)}>{words.viewOnSite}</a>,
          })}
        </p>
        <div class="step-text">{raw(demoteHeadings(step.text.html))}</div>
        {step.services.length ? (
          <p class="signpost">
            <strong>{words.help}</strong> {step.services.map((id) => graph.services[id]?.name ?? id).join(', ')}
          </p>
        ) : null}
        {step.end ? (
          <p class="signpost">
            <strong>{words.end}</strong>
          </p>
        ) : null}
      </div>
      <Findings list={ctx.byStep.get(ref)} label={format(words.findingsAtStep, { step: stepIdOf(ref) })} />
      {step.choices.length ? (
        <ol class="tree">
          {step.choices.map((choice) => (
            <li>
              <p class="choice-label">{fillParts(words.choice, { label: <strong>{choice.label}</strong> })}</p>
              <ChoiceTarget target={choice.target} ctx={ctx} />
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  );
}

function ChoiceTarget({ target, ctx }: { target: StepRef; ctx: TreeContext }) {
  const { graph } = ctx.site;
  const targetFlow = flowOf(target);
  if (targetFlow !== ctx.flow.id) {
    return (
      <p class="jump">
        {fillParts(words.toFlow, {
          link: <a href={`#${anchor(target)}`}>{graph.flows[targetFlow]?.title ?? targetFlow}</a>,
          step: <code>{stepIdOf(target)}</code>,
        })}
      </p>
    );
  }
  if (ctx.drawn.has(target)) {
    return <p class="jump">{fillParts(words.toStep, { link: <a href={`#${anchor(target)}`}>{stepIdOf(target)}</a> })}</p>;
  }
  return <StepNode ref={target} ctx={ctx} />;
}

function FlowSection({
  site,
  flow,
  byStep,
  byFile,
}: {
  site: SiteData;
  flow: FlowSummary;
  byStep: TreeContext['byStep'];
  byFile: Map<string, Diagnostic[]>;
}) {
  const ctx: TreeContext = { site, flow, byStep, drawn: new Set() };
  const file = site.graph.sources[flow.start]?.file ?? '';
  const tree = <StepNode ref={flow.start} ctx={ctx} />;
  // Rendering the tree fills ctx.drawn; what is left was not reached from this conversation's start.
  const treeHtml = String(tree);
  const rest = Object.keys(site.graph.steps).filter((ref) => flowOf(ref) === flow.id && !ctx.drawn.has(ref));
  return (
    <section class="flow" id={`gesprek-${flow.id}`} aria-labelledby={`kop-${flow.id}`}>
      <h2 id={`kop-${flow.id}`}>{flow.title}</h2>
      <p class="meta">
        {fillParts(words.flowMeta, { id: <code>{flow.id}</code>, file, audience: flow.audience, languages: flow.languages.join(', ') })}
      </p>
      <Findings list={byFile.get(file)} label={format(words.findingsAtFile, { file })} />
      {raw(treeHtml)}
      {rest.length ? (
        <div class="unreached">
          <h3>{words.unreached}</h3>
          {rest.map((ref) => (ctx.drawn.has(ref) ? null : raw(String(<StepNode ref={ref} ctx={ctx} />))))}
        </div>
      ) : null}
    </section>
  );
}

/** While developing: the errors the content has now, above the last version without errors. */
function ContentErrors({ errors }: { errors?: readonly Diagnostic[] }) {
  if (!errors?.length) return null;
  const w = studioText.devReload;
  return (
    <section class="findings content-errors" aria-labelledby="fouten-nu">
      <h2 id="fouten-nu">{w.heading}</h2>
      <p>{w.intro}</p>
      <ul aria-label={w.label}>
        {errors.map((d) => (
          <li class={`finding finding-${d.severity}`}>
            <p>{format(w.finding, { file: d.file, line: d.line, code: d.code, message: d.message })}</p>
            <p class="hint">{format(words.findingHint, { hint: d.hint })}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function PreviewPage({
  site,
  diagnostics,
  contentErrors,
}: {
  site: SiteData;
  diagnostics?: readonly Diagnostic[];
  contentErrors?: readonly Diagnostic[];
}) {
  const { graph } = site;
  const { byStep, byFile } = placeFindings(graph, diagnostics ?? []);
  // The entry conversation first: that is where every visitor starts.
  const flows = Object.values(graph.flows).sort((a, b) => Number(b.id === ENTRY_FLOW) - Number(a.id === ENTRY_FLOW));
  const flowFiles = new Set(flows.map((f) => graph.sources[f.start]?.file));
  const otherFiles = [...byFile.keys()].filter((file) => !flowFiles.has(file));
  const count = (severity: Diagnostic['severity']) => (diagnostics ?? []).filter((d) => d.severity === severity).length;
  return (
    <Layout title={words.title} noindex wide>
      <h1>{words.heading}</h1>
      <ContentErrors errors={contentErrors} />
      <p>{words.intro}</p>
      {diagnostics ? (
        <p class="summary">
          {format(words.summary, { errors: count('error'), warnings: count('warning'), infos: count('info'), version: graph.version })}
        </p>
      ) : (
        <p class="summary">{fillParts(words.noDiagnostics, { command: <code>npm run flows:check</code> })}</p>
      )}
      <nav aria-label={words.tocLabel}>
        <ul class="toc">
          {flows.map((flow) => (
            <li>
              <a href={`#gesprek-${flow.id}`}>{flow.title}</a>
            </li>
          ))}
        </ul>
      </nav>
      {flows.map((flow) => (
        <FlowSection site={site} flow={flow} byStep={byStep} byFile={byFile} />
      ))}
      {otherFiles.length ? (
        <section class="flow" aria-labelledby="kop-overig">
          <h2 id="kop-overig">{words.otherFiles}</h2>
          {otherFiles.map((file) => (
            <>
              <h3>{file}</h3>
              <Findings list={byFile.get(file)} label={format(words.findingsAtFile, { file })} />
            </>
          ))}
        </section>
      ) : null}
    </Layout>
  );
}
