// One step of a conversation as a page: the step's own heading and text, the
// choices as plain links, the places to get help, and a way back. Rendered
// once per (step, municipality): nothing on it depends on where the visitor
// came from, so the address carries no trail ("Vorige stap" is the step's
// canonical parent, compiled into the graph).
import { raw } from 'hono/html';
import { flowOf } from '../graph/step-ref.js';
import { helpForStep } from '../local/step-help.js';
import type { Service, StepRef } from '../shared/api-types.js';
import { firstCall } from '../shared/first-call.js';
import { fill } from '../shared/hours-text.js';
import { type ChoiceForm, Layout, MunicipalityForm } from './layout.js';
import { pageLanguage, scoped, sharedText, siteText } from './messages.js';
import { everywhereLines, PlaceLine, StatedCard } from './place.js';
import { type Moment, ServiceCard } from './service-card.js';
import { type SiteData, stepPath } from './site-data.js';
import { FRAME_PREFIX, withQuery } from './urls.js';

const words = scoped(() => siteText.step);
const firstCallWords = scoped(() => sharedText.firstCall);

/** Step texts may hold headings; on a page they sit below the page's one h1. */
export function demoteHeadings(html: string): string {
  return html.replace(/<(\/?)h1(?=[\s>])/g, '<$1h2');
}

/** The tab title: neutral, because it shows in the browser's history. */
export function neutralTitle(site: SiteData, ref: StepRef, hasHelp: boolean): string {
  return ref === site.rootRef ? siteText.layout.brand : hasHelp ? words.titleHelp : words.titleStep;
}

/**
 * "In your own words" (issue 17, docs/words.md), on the start page: hidden
 * until /site/words.js shows it, so without JavaScript the page is the same.
 * The field is in no form and has no name: what is typed is never sent, and
 * the browser keeps no history of it. The script finds the start step and the
 * address's query here, so its links are those of the page's own choices.
 */
function WordsBox({ startKey, gemeente, frame }: { startKey: string; gemeente?: string; frame?: boolean }) {
  return (
    <section
      class="words"
      id="eigen-woorden"
      aria-labelledby="eigen-woorden-label"
      data-start={startKey}
      data-base={frame ? FRAME_PREFIX : undefined}
      data-query={withQuery('', { gemeente }) || undefined}
      hidden
    >
      <label for="eigen-woorden-veld" id="eigen-woorden-label">
        {words.wordsLabel}
      </label>
      <p class="hint" id="eigen-woorden-uitleg">
        {words.wordsHint}
      </p>
      <input
        id="eigen-woorden-veld"
        class="words-input"
        type="text"
        aria-describedby="eigen-woorden-uitleg"
        autocomplete="off"
        spellcheck={false}
        enterkeyhint="search"
      />
      <p class="hint words-status" id="eigen-woorden-status" role="status"></p>
    </section>
  );
}

/** The start page in Dutch, with a word list from the content: the matcher's words are Dutch. */
function hasWordsBox(site: SiteData, ref: StepRef): boolean {
  const words = site.graph.words;
  return ref === site.rootRef && pageLanguage().id === 'nl' && Boolean(words && (Object.keys(words.steps).length || words.danger.length));
}

export interface StepPageProps {
  site: SiteData;
  ref: StepRef;
  gemeente?: string;
  services: Record<string, Service>;
  moment: Moment;
  /** The embedded layout (widget frame mode). */
  frame?: boolean;
}

export function StepPage({ site, ref, gemeente, services, moment, frame }: StepPageProps) {
  const step = site.graph.steps[ref];
  const flow = site.graph.flows[flowOf(ref)];
  const shown = helpForStep(step, gemeente, site.graph.services, site.graph.roles)
    .map((id) => services[id])
    .filter((s): s is Service => Boolean(s));
  const back = site.parent.get(ref);
  const dayAndNight = site.graph.roles.dayAndNight === undefined ? undefined : site.graph.services[site.graph.roles.dayAndNight];
  const call = firstCall(
    shown,
    moment,
    site.dayAndNight && dayAndNight ? { name: dayAndNight.name, channel: site.dayAndNight } : undefined,
    site.graph.roles.emergency,
  );
  // The municipality: chosen on the start page (after its first question), shown with change and clear on every step.
  const isStart = ref === site.rootRef;
  const choice: ChoiceForm = {
    action: withQuery(stepPath(site, ref), { frame }),
    municipalities: site.municipalities,
    inPage: isStart,
    everywhere: everywhereLines(site.graph),
  };
  const name = gemeente ? site.municipalities.find((m) => m.code === gemeente)?.name : undefined;
  const stated = gemeente && name && shown.some((x) => x.scope === 'local') ? site.graph.municipalities?.[gemeente]?.stated : undefined;
  const wordsBox = hasWordsBox(site, ref);
  return (
    <Layout
      title={neutralTitle(site, ref, shown.length > 0)}
      gemeente={gemeente}
      frame={frame}
      here={stepPath(site, ref)}
      choice={choice}
      wordsBox={wordsBox}
    >
      <h1>{step.title || flow.title}</h1>
      {call ? (
        <p class="call-now">
          {firstCallWords.callNow}{' '}
          <a class="call-now-link" href={`tel:${call.tel}`}>
            {fill(firstCallWords.callNowLink, { name: call.name, number: call.display })}
          </a>
        </p>
      ) : null}
      <div class="step-text">{raw(demoteHeadings(step.text.html))}</div>
      {step.choices.length ? (
        <ul class="choices">
          {step.choices.map((choice) => (
            <li>
              <a class="choice" href={withQuery(stepPath(site, choice.target), { gemeente, frame })}>
                {choice.label}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {wordsBox ? <WordsBox startKey={step.key} gemeente={gemeente} frame={frame} /> : null}
      {site.municipalities.length && !(isStart && !name) ? (
        <PlaceLine name={name} clearHref={withQuery(stepPath(site, ref), { frame })} />
      ) : null}
      {isStart ? <MunicipalityForm form={choice} gemeente={gemeente} /> : null}
      {shown.length ? (
        <section class="help" aria-labelledby="hulp-kop">
          <h2 id="hulp-kop">{words.helpHeading}</h2>
          {shown.map((service) => (
            <ServiceCard service={service} moment={moment} />
          ))}
          {stated && name ? <StatedCard help={stated} name={name} /> : null}
        </section>
      ) : null}
      {step.end && !step.choices.length ? <p class="end-note">{words.endNote}</p> : null}
      <nav class="step-nav" aria-label={words.navLabel}>
        <ul>
          {back ? (
            <li>
              <a class="back" href={withQuery(stepPath(site, back), { gemeente, frame })}>
                {words.back}
              </a>
            </li>
          ) : null}
          <li>
            <a href={withQuery('/', { gemeente, frame })}>{words.restart}</a>
          </li>
        </ul>
      </nav>
    </Layout>
  );
}
