// One step of a conversation as a page: the text, the choices as plain links,
// the places to get help, and a way back. Rendered once per (step, municipality);
// the way back goes into template slots (see template.ts).
import { raw } from 'hono/html';
import type { Service, StepRef } from '../shared/api-types.js';
import { flowOf } from '../shared/step-ref.js';
import { Layout } from './layout.js';
import { ServiceCard, type Moment } from './service-card.js';
import { stepPath, type SiteData } from './site-data.js';
import { slot } from './template.js';
import { withQuery } from './urls.js';

/** Step texts may hold headings; on a page they sit below the page's one h1. */
export function demoteHeadings(html: string): string {
  return html.replace(/<(\/?)h1(?=[\s>])/g, '<$1h2');
}

export interface StepPageProps {
  site: SiteData;
  ref: StepRef;
  gemeente?: string;
  services: Record<string, Service>;
  moment: Moment;
}

export function StepPage({ site, ref, gemeente, services, moment }: StepPageProps) {
  const step = site.graph.steps[ref];
  const flow = site.graph.flows[flowOf(ref)];
  const shown = step.services.map((id) => services[id]).filter((s): s is Service => Boolean(s));
  const title = ref === site.rootRef ? 'Wegwijs' : shown.length ? 'Hulp – Wegwijs' : 'Stap – Wegwijs';
  return (
    <Layout
      title={title}
      gemeente={gemeente}
      lang={flow.lang}
      languages={flow.languages}
      choice={{ action: stepPath(site, ref), municipalities: site.municipalities, hidden: slot() }}
    >
      <h1>{flow.title}</h1>
      <div class="step-text">{raw(demoteHeadings(step.text.html))}</div>
      {step.choices.length ? (
        <ul class="choices">
          {step.choices.map((choice) => (
            <li>
              <a class="choice" href={withQuery(stepPath(site, choice.target), { van: step.key, gemeente })}>
                {choice.label}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {shown.length ? (
        <section class="help" aria-labelledby="hulp-kop">
          <h2 id="hulp-kop">Hier kun je terecht</h2>
          {shown.map((service) => (
            <ServiceCard service={service} moment={moment} />
          ))}
        </section>
      ) : null}
      {step.end && !step.choices.length ? <p class="end-note">Dit is het einde van dit gesprek.</p> : null}
      <nav class="step-nav" aria-label="Terug">
        <ul>
          {slot()}
          <li>
            <a href={withQuery('/', { gemeente })}>Opnieuw beginnen</a>
          </li>
        </ul>
      </nav>
    </Layout>
  );
}

/** The "Vorige stap" item for a slot; keys and codes are [0-9A-Za-z] only, so they need no escaping. */
export function backItem(href: string): string {
  return `<li><a class="back" href="${href.replace(/&/g, '&amp;')}">Vorige stap</a></li>`;
}

export function hiddenField(name: string, value: string): string {
  return `<input type="hidden" name="${name}" value="${value}">`;
}
