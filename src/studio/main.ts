// The editors' studio in the browser (issue 18, docs/editors.md): entry of
// public/studio/studio.js. Reads the published sources the page carries
// (src/site/studio-page.tsx) once, then works alone: as the editor types it
// checks all sources with the compiler (debounced), shows the findings beside
// the lines, plays the last good version as the site and the widget would and
// draws it; the editor hands in by download or a copied description. No
// request after load (the page's CSP has connect-src 'none'); nothing stored.
import type { Diagnostic, EditorLanguage } from '../compiler/diagnostics.js';
import type { Graph } from '../graph/graph.js';
import { flowOf } from '../graph/step-ref.js';
import { municipalitySummaries } from '../local/summaries.js';
import type { StepRef } from '../shared/api-types.js';
import { STUDIO_DATA_ID, STUDIO_ROOT_ID, type StudioData } from '../site/studio-sources.js';
import { type Checked, checkSources, firstMunicipalityCode, kindOf, type Sources } from './check.js';
import { el } from './dom.js';
import { createEditor, worstPerLine } from './editor.js';
import { createFindings } from './findings.js';
import { drawFlow } from './graph-picture.js';
import { createHandIn } from './hand-in.js';
import { useHolidays } from './holidays.js';
import { createSitePreview } from './site-preview.js';
import { createWidgetPreview } from './widget-preview.js';
import { say, words } from './words.js';

/** The site's and the widget's stylesheets, filled in by src/cli/build-studio.ts. */
declare const __WEGWIJS_SITE_CSS__: string;
declare const __WEGWIJS_CSS__: string;

/** Typing pauses this long before the check runs (a check of all content takes about 100 ms). */
const DEBOUNCE_MS = 250;

type View = 'site' | 'widget' | 'picture';

function sheet(css: string): CSSStyleSheet {
  const s = new CSSStyleSheet();
  s.replaceSync(css);
  return s;
}

function start(data: StudioData, root: HTMLElement): void {
  useHolidays(data.holidays);
  const original: Sources = data.files;
  const current: Sources = { ...original };
  const paths = Object.keys(original).sort();
  let file = paths.find((p) => p === 'flows/start.md') ?? paths.find((p) => kindOf(p) === 'flow') ?? paths[0];
  let lang: EditorLanguage = 'nl';
  let checked: Checked | undefined;
  let good: Graph | undefined;
  let flowId: string | undefined;
  let gemeente: string | undefined;
  let view: View = 'site';
  let stepRef: StepRef | undefined;

  // The file choice, grouped as editors know the files.
  const fileSelect = el('select', { id: 'studio-bestand' });
  const groups: Array<[string, (p: string) => boolean]> = [
    [words.file.flows, (p) => kindOf(p) === 'flow'],
    [words.file.registry, (p) => kindOf(p) === 'registry'],
    [words.file.municipalities, (p) => kindOf(p) === 'municipality'],
    [words.file.rest, (p) => kindOf(p) === 'other'],
  ];
  const drawFileChoice = () => {
    fileSelect.replaceChildren(
      ...groups
        .map(([label, fits]) => {
          const options = paths
            .filter(fits)
            .map((p) =>
              el('option', { value: p, selected: p === file }, current[p] === original[p] ? p : say(words.file.changed, { file: p })),
            );
          return options.length ? el('optgroup', { label }, options) : null;
        })
        .filter((g): g is HTMLOptGroupElement => g !== null),
    );
  };
  const undo = el('button', { type: 'button', class: 'undo', disabled: true }, words.file.undo);

  const editor = createEditor((text) => {
    current[file] = text;
    schedule();
  });

  // Findings, in Dutch unless the editor asks for English.
  const langSelect = el(
    'select',
    { id: 'studio-taal' },
    (['nl', 'en'] as const).map((l) => el('option', { value: l, lang: l }, words.findings.languages[l])),
  );
  const langChoice = el('p', { class: 'field' }, el('label', { for: 'studio-taal' }, words.findings.language), langSelect);
  const findings = createFindings((where, line) => openFile(where, line), langChoice);
  const handIn = createHandIn(data.version);

  // The preview: conversation, municipality, and how it is shown.
  const flowSelect = el('select', { id: 'studio-gesprek' });
  const gemeenteSelect = el('select', { id: 'studio-gemeente' });
  const viewChoice = el(
    'fieldset',
    { class: 'views' },
    el('legend', {}, words.preview.views),
    (['site', 'widget', 'picture'] as const).map((v) =>
      el(
        'label',
        { class: 'view' },
        el('input', { type: 'radio', name: 'studio-weergave', value: v, checked: v === view }),
        ` ${words.preview[v]}`,
      ),
    ),
  );
  const stale = el('p', { class: 'stale', role: 'status' });
  const siteCss = sheet(__WEGWIJS_SITE_CSS__);
  const sitePreview = createSitePreview(siteCss, words.preview.sitePreview);
  const widgetPreview = createWidgetPreview(sheet(__WEGWIJS_CSS__), words.preview.widgetPreview);
  const picture = el('figure', { class: 'picture' });
  const restart = el('button', { type: 'button', class: 'restart' }, words.preview.restart);
  const preview = el(
    'section',
    { class: 'preview', 'aria-labelledby': 'studio-voorbeeld' },
    el('h2', { id: 'studio-voorbeeld' }, words.preview.heading),
    el(
      'div',
      { class: 'preview-controls' },
      el('p', { class: 'field' }, el('label', { for: 'studio-gesprek' }, words.preview.flow), flowSelect),
      el('p', { class: 'field' }, el('label', { for: 'studio-gemeente' }, words.preview.gemeente), gemeenteSelect),
      viewChoice,
    ),
    stale,
    el('p', { class: 'preview-note' }, words.preview.offline),
    restart,
    sitePreview.root,
    widgetPreview.root,
    picture,
  );

  root.replaceChildren(
    el(
      'div',
      { class: 'studio-bar' },
      el('p', { class: 'field' }, el('label', { for: 'studio-bestand' }, words.file.label), fileSelect),
      undo,
    ),
    el(
      'div',
      { class: 'studio-grid' },
      el('div', { class: 'studio-edit' }, editor.root, findings.root),
      el('div', { class: 'studio-side' }, preview, handIn.root),
    ),
  );

  const flowOfFile = (graph: Graph, path: string) => Object.values(graph.flows).find((f) => graph.sources[f.start]?.file === path)?.id;

  function drawPreview(): void {
    const graph = good;
    stale.textContent = !checked?.graph ? (graph ? words.preview.stale : words.preview.none) : '';
    stale.hidden = !stale.textContent;
    sitePreview.root.hidden = view !== 'site' || !graph;
    widgetPreview.root.hidden = view !== 'widget' || !graph;
    picture.hidden = view !== 'picture' || !graph;
    restart.hidden = view === 'picture' || !graph;
    if (!graph) return;
    // Conversations and municipalities of the version shown.
    if (!flowId || !graph.flows[flowId]) flowId = Object.keys(graph.flows)[0];
    flowSelect.replaceChildren(
      ...Object.values(graph.flows).map((f) => el('option', { value: f.id, selected: f.id === flowId }, `${f.title} (${f.id})`)),
    );
    const municipalities = municipalitySummaries(graph).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
    if (gemeente && !municipalities.some((m) => m.code === gemeente)) gemeente = undefined;
    gemeenteSelect.replaceChildren(
      el('option', { value: '', selected: !gemeente }, words.preview.noGemeente),
      ...municipalities.map((m) => el('option', { value: m.code, selected: m.code === gemeente }, m.name)),
    );
    const flow = graph.flows[flowId];
    if (!stepRef || !graph.steps[stepRef] || flowOf(stepRef) !== flowId) stepRef = flow.start;
    if (view === 'site') sitePreview.show(graph, stepRef, gemeente);
    if (view === 'widget') widgetPreview.show(graph, flowId, gemeente);
    if (view === 'picture') {
      const figure = drawFlow(graph, flowId, (ref) => {
        const source = graph.sources[ref];
        if (source) openFile(source.file, source.line);
      });
      picture.replaceChildren(
        // Focusable, so the picture can be scrolled with the keyboard.
        el(
          'div',
          { class: 'picture-scroll', tabindex: 0, role: 'group', 'aria-label': say(words.picture.label, { title: flow.title }) },
          figure,
        ),
        el('figcaption', {}, say(words.picture.caption, { title: flow.title }), ' ', words.picture.legend),
      );
    }
  }

  function check(): void {
    checked = checkSources(current, lang);
    if (checked.graph) good = checked.graph;
    const mine = checked.diagnostics.filter((d: Diagnostic) => d.file === file);
    editor.mark(worstPerLine(mine));
    findings.show(checked.diagnostics, file, checked.ms);
    const changed = paths.filter((p) => current[p] !== original[p]).map((p) => ({ file: p, before: original[p], after: current[p] }));
    handIn.show(changed, checked.diagnostics);
    undo.disabled = current[file] === original[file];
    drawFileChoice();
    drawPreview();
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  function schedule(): void {
    clearTimeout(timer);
    timer = setTimeout(check, DEBOUNCE_MS);
  }

  function openFile(path: string, line?: number): void {
    if (!(path in current)) return;
    if (path !== file) {
      file = path;
      editor.open(file, current[file]);
      const flow = good && flowOfFile(good, file);
      if (flow && flow !== flowId) {
        flowId = flow;
        stepRef = undefined;
      }
      // A municipality file: preview as (the first of) its municipalities.
      if (kindOf(file) === 'municipality') gemeente = firstMunicipalityCode(current[file]) ?? gemeente;
      check();
    }
    if (line) editor.goTo(line);
  }

  fileSelect.addEventListener('change', () => openFile(fileSelect.value));
  undo.addEventListener('click', () => {
    current[file] = original[file];
    editor.open(file, current[file]);
    check();
  });
  langSelect.addEventListener('change', () => {
    lang = langSelect.value as EditorLanguage;
    check();
  });
  flowSelect.addEventListener('change', () => {
    flowId = flowSelect.value;
    stepRef = undefined;
    drawPreview();
  });
  gemeenteSelect.addEventListener('change', () => {
    gemeente = gemeenteSelect.value || undefined;
    drawPreview();
  });
  viewChoice.addEventListener('change', (event) => {
    view = (event.target as HTMLInputElement).value as View;
    drawPreview();
  });
  restart.addEventListener('click', () => {
    stepRef = undefined;
    drawPreview();
  });
  // Remember the step the site preview moved to, so a new check keeps it.
  sitePreview.root.addEventListener('click', () => queueMicrotask(() => (stepRef = sitePreview.current())));

  editor.open(file, current[file]);
  check();
  if (good) flowId = flowOfFile(good, file) ?? flowId;
  drawPreview();
}

const dataElement = document.getElementById(STUDIO_DATA_ID);
const root = document.getElementById(STUDIO_ROOT_ID);
if (dataElement && root) start(JSON.parse(dataElement.textContent ?? '{}') as StudioData, root);
