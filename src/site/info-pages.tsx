// The site's fixed pages: "Over deze hulp", the placeholder for "Verberg je
// bezoek" at /tips (until flows/verberg.md exists), and the 404 and 500 pages.
// Every fact here comes from /work/shared/facts/helplines.md or the registry.
import type { Graph } from '../graph/graph.js';
import type { Service } from '../shared/api-types.js';
import { describeDate } from './dutch-text.js';
import { Layout } from './layout.js';
import { fillParts, scoped, siteText } from './messages.js';
import { shownChannels } from './service-card.js';
import { ABOUT_PATH, HIDE_PATH } from './urls.js';

const about = scoped(() => siteText.about);
const hide = scoped(() => siteText.hide);
const fallback = scoped(() => siteText.fallback);

/**
 * The number or chat; for an entry without one (the huisarts, the local team)
 * "Geen vast nummer." and where to find it; for one whose number nobody
 * checked yet (Moviera) only where to find it: it does have a number.
 */
function contactOf(service: Service) {
  const channels = shownChannels(service);
  if (channels.length) {
    // Every number is a call link here too (issue 12); a chat or web channel is named.
    return channels.map((c, i) => [i ? ', ' : '', c.kind === 'phone' ? <a href={`tel:${c.tel}`}>{c.display}</a> : c.label]);
  }
  const where = service.notes?.[0];
  if (service.channels.length) return where ?? '–';
  return [about.noNumber, where].filter(Boolean).join(' ');
}

/** The check date, or why there is none: an entry without a number has nothing to check. */
function checkedOf(service: Service): string {
  if (service.verified) return describeDate(service.verified);
  return service.channels.length ? about.notChecked : about.nothingToCheck;
}

function ServiceTable({ services }: { services: Service[] }) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a scrollable table is a named region that takes focus (WCAG 2.1.1), not a section of the page.
    <div class="table-scroll" role="region" aria-labelledby="bronnen-kop" tabindex={0}>
      <table>
        <caption class="visually-hidden">{about.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{about.columnHelp}</th>
            <th scope="col">{about.columnContact}</th>
            <th scope="col">{about.columnSource}</th>
            <th scope="col">{about.columnChecked}</th>
          </tr>
        </thead>
        <tbody>
          {services.map((s) => (
            <tr>
              <th scope="row">{s.name}</th>
              <td>{contactOf(s)}</td>
              <td class="source">{s.publicSource}</td>
              <td>{checkedOf(s)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function AboutPage({ graph, counting, gemeente }: { graph: Graph; counting: boolean; gemeente?: string }) {
  return (
    <Layout title={about.title} gemeente={gemeente} here={ABOUT_PATH}>
      <h1>{about.heading}</h1>
      <h2>{about.keptHeading}</h2>
      <p>{about.noName}</p>
      <p>{about.noCookies}</p>
      <p>{fillParts(about.history, { link: <a href={HIDE_PATH}>{about.historyLink}</a> })}</p>
      {counting ? <p>{about.counting}</p> : null}
      <h2>{about.howHeading}</h2>
      <p>{about.howChoose}</p>
      <p>{about.howWritten}</p>
      <p>{about.danger}</p>
      <h2>{about.openHeading}</h2>
      <p>{about.openSource}</p>
      <h2 id="bronnen-kop">{about.sourcesHeading}</h2>
      <p>{about.sourcesChecked}</p>
      <p>{about.sourcesDoubt}</p>
      <ServiceTable services={Object.values(graph.services)} />
    </Layout>
  );
}

/** Shown at /tips while there is no "verberg" conversation: the same facts about traces (from the facts file), shorter. */
export function HidePlaceholderPage({ gemeente }: { gemeente?: string }) {
  return (
    <Layout title={hide.title} gemeente={gemeente} here={HIDE_PATH}>
      <h1>{hide.heading}</h1>
      <p>{hide.intro}</p>
      <h2>{hide.exitHeading}</h2>
      <p>{hide.exit}</p>
      <p>{hide.noScript}</p>
      <p>{hide.history}</p>
      <h2>{hide.privateHeading}</h2>
      <p>{hide.private}</p>
      <h2>{hide.callHeading}</h2>
      <p>{hide.free}</p>
      <p>{hide.callList}</p>
      <p>{fillParts(hide.call112, { link: <a href="tel:112">112</a> })}</p>
    </Layout>
  );
}

/** The way out of a dead end: back to the first step. */
function StartLink() {
  return (
    <p>
      <a class="link-block" href="/">
        {fallback.startLink}
      </a>
    </p>
  );
}

export function NotFoundPage() {
  return (
    <Layout title={fallback.notFoundTitle}>
      <h1>{fallback.notFoundHeading}</h1>
      <p>{fallback.notFoundText}</p>
      <StartLink />
    </Layout>
  );
}

/** Veilig Thuis's line for the error page, from the registry. */
export interface ErrorPageLine {
  name: string;
  display: string;
  tel: string;
  /** The registry says it is free and open day and night. */
  freeDayAndNight: boolean;
}

export function ErrorPage({ veiligThuis }: { veiligThuis?: ErrorPageLine }) {
  return (
    <Layout title={fallback.errorTitle}>
      <h1>{fallback.errorHeading}</h1>
      <p>{fallback.errorText}</p>
      <p>{fillParts(fallback.errorDanger, { link: <a href="tel:112">112</a> })}</p>
      {veiligThuis ? (
        <p>
          {fillParts(fallback.errorAdvice, { name: veiligThuis.name, link: <a href={`tel:${veiligThuis.tel}`}>{veiligThuis.display}</a> })}
          {veiligThuis.freeDayAndNight ? fallback.errorFreeDayAndNight : ''}
        </p>
      ) : null}
      <StartLink />
    </Layout>
  );
}
