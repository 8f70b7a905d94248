// The site's fixed pages: "Over deze hulp", the placeholder for "Verberg je
// bezoek" at /tips (until flows/verberg.md exists), and the 404 and 500 pages.
// Every fact here comes from /work/shared/facts/helplines.md or the registry.
import type { Graph } from '../graph/graph.js';
import type { Service } from '../shared/api-types.js';
import { describeDate } from './dutch-text.js';
import { Layout } from './layout.js';
import { shownChannels } from './service-card.js';
import { HIDE_PATH } from './urls.js';

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
  return ['Geen vast nummer.', where].filter(Boolean).join(' ');
}

/** The check date, or why there is none: an entry without a number has nothing to check. */
function checkedOf(service: Service): string {
  if (service.verified) return describeDate(service.verified);
  return service.channels.length ? 'Nog niet gecontroleerd. Daarom noemen we geen nummer.' : 'Geen nummer, dus geen datum.';
}

function ServiceTable({ services }: { services: Service[] }) {
  return (
    <div class="table-scroll" role="region" aria-labelledby="bronnen-kop" tabindex={0}>
      <table>
        <caption class="visually-hidden">Alle hulp die we noemen, met bron en datum van controle</caption>
        <thead>
          <tr>
            <th scope="col">Hulp</th>
            <th scope="col">Nummer of chat</th>
            <th scope="col">Bron</th>
            <th scope="col">Laatst gecontroleerd</th>
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
    <Layout title="Over deze hulp – Wegwijs" gemeente={gemeente}>
      <h1>Over deze hulp</h1>
      <h2>Wat we over jou bewaren: niets</h2>
      <p>Je hoeft je naam niet te geven. Je hoeft ook niet te zeggen waar je woont.</p>
      <p>Wij zetten geen cookies en bewaren niets over jou. Ook geen IP-adres (het adres van je internetverbinding). En niet wat je kiest of typt.</p>
      <p>
        Je browser onthoudt zelf wel welke pagina's je bekijkt. <a href={HIDE_PATH}>Lees hoe je je bezoek verbergt.</a>
      </p>
      {counting ? (
        <p>
          We tellen wel hoe vaak een gesprek start, en over welk onderwerp. We tellen ook welke hulp we laten zien. En hoe vaak iemand op Snel weg
          drukt, of het gesprek niet laadt. Per dag, en per gemeente als je een gemeente kiest. Dat zijn alleen totalen. Niets daarvan gaat over jou.
        </p>
      ) : null}
      <h2>Hoe werkt het?</h2>
      <p>Je kiest steeds een antwoord. Daarna zie je welke hulp bij jou past, met het nummer en wanneer ze bereikbaar zijn.</p>
      <p>Er praat geen computer met je. Alle teksten zijn vooraf geschreven en nagekeken.</p>
      <p>Is er nu gevaar? Bel dan meteen 112.</p>
      <h2>Iedereen mag meekijken</h2>
      <p>
        De code van deze website is openbaar (open source). Iedereen mag bekijken hoe het werkt en controleren dat we niets bewaren.
      </p>
      <h2 id="bronnen-kop">Waar komen de nummers vandaan?</h2>
      <p>We noemen alleen nummers die we hebben nagekeken. Hieronder zie je waar elk nummer vandaan komt en wanneer we het voor het laatst hebben gecontroleerd.</p>
      <p>Twijfel je over een nummer? Kijk dan ook op de website van de organisatie zelf.</p>
      <ServiceTable services={Object.values(graph.services)} />
    </Layout>
  );
}

/** Shown at /tips while there is no "verberg" conversation: the same facts about traces (from the facts file), shorter. */
export function HidePlaceholderPage({ gemeente }: { gemeente?: string }) {
  return (
    <Layout title="Tips – Wegwijs" gemeente={gemeente}>
      <h1>Verberg je bezoek</h1>
      <p>Wil je niet dat iemand ziet dat je hier was? Lees dan deze tips.</p>
      <h2>Snel weg</h2>
      <p>Met de knop Snel weg ga je meteen naar een andere website.</p>
      <p>Staat JavaScript uit in je browser? Dan kan iemand met de knop Terug deze pagina's nog zien. Sluit daarom na Snel weg ook dit tabblad.</p>
      <p>Let op: je browser onthoudt welke pagina's je hebt bekeken. Snel weg gaan wist die geschiedenis niet.</p>
      <h2>Gebruik een privévenster</h2>
      <p>Je browser heeft een privévenster. Dat heet soms ook incognito. Sluit je dat venster? Dan bewaart je browser geen geschiedenis van dat bezoek.</p>
      <h2>Bellen</h2>
      <p>Bellen naar een 0800-nummer is gratis.</p>
      <p>Elk gesprek staat in de lijst met gesprekken op je telefoon. Wis het daar als dat veilig is.</p>
      <p>
        Bel je <a href="tel:112">112</a>? Dan wordt het gesprek opgenomen. De meldkamer ziet dan ook je nummer.
      </p>
    </Layout>
  );
}

/** The way out of a dead end: back to the first step. */
function StartLink() {
  return (
    <p>
      <a class="link-block" href="/">
        Ga naar het begin
      </a>
    </p>
  );
}

export function NotFoundPage() {
  return (
    <Layout title="Pagina niet gevonden – Wegwijs">
      <h1>Deze pagina bestaat niet</h1>
      <p>Misschien is de link oud, of zit er een typfout in.</p>
      <StartLink />
    </Layout>
  );
}

/** Veilig Thuis's line for the error page, from the registry. */
export interface ErrorPageLine {
  display: string;
  tel: string;
  /** The registry says it is free and open day and night. */
  freeDayAndNight: boolean;
}

export function ErrorPage({ veiligThuis }: { veiligThuis?: ErrorPageLine }) {
  return (
    <Layout title="Er ging iets mis – Wegwijs">
      <h1>Er ging iets mis</h1>
      <p>Dit ligt aan ons, niet aan jou. Probeer het later nog eens.</p>
      <p>
        Is er nu gevaar? Bel dan meteen <a href="tel:112">112</a>.
      </p>
      {veiligThuis ? (
        <p>
          Wil je advies? Bel Veilig Thuis: <a href={`tel:${veiligThuis.tel}`}>{veiligThuis.display}</a>.{veiligThuis.freeDayAndNight ? ' Dat is gratis en kan dag en nacht.' : ''}
        </p>
      ) : null}
      <StartLink />
    </Layout>
  );
}
