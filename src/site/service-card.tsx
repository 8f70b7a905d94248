// One place to get help: what they do, what happens next, how to reach them,
// and (only when known) when. "Nu open" is worked out on the server for the
// moment the page is served, so it also works without JavaScript.
import type { Channel, PhoneChannel, Service } from '../shared/api-types.js';
import { alwaysOpenPhone, nextChange, openState, type OpenState } from '../shared/opening-hours.js';
import { describeChange, describeDate, describeHours } from './dutch-text.js';

export interface Moment {
  now: Date;
  holidays: readonly string[];
  /** Veilig Thuis's day-and-night line from the registry: what to call while another channel is closed. */
  dayAndNight?: PhoneChannel;
}

/** Channels are shown only for checked entries: an unchecked number is never published. */
export function shownChannels(service: Service): Channel[] {
  return service.verified === null ? [] : service.channels;
}

/** The open states of all channels, as a short string: a cached page is rebuilt when it changes. */
export function openSignature(services: Service[], moment: Moment): string {
  let signature = '';
  for (const service of services) {
    for (const channel of shownChannels(service)) {
      // The state and the "weer open morgen" text: both change with the clock.
      signature += openState(channel.hours, moment.now, moment.holidays).charAt(0) + (describeChange(nextChange(channel.hours, moment.now, moment.holidays)) ?? '');
    }
  }
  return signature;
}

function OpenBadge({ state }: { state: OpenState }) {
  if (state === 'unknown') return null;
  return <span class={`state state-${state}`}>{state === 'open' ? 'Nu open' : 'Nu gesloten'}</span>;
}

/** While closed: when it opens again, and what to do now (a line of the service that never closes, or 112 and Veilig Thuis). */
function ClosedAdvice({ service, change, dayAndNight }: { service: Service; change: string | null; dayAndNight?: PhoneChannel }) {
  const always = alwaysOpenPhone(service);
  return (
    <p class="channel-meta">
      {change ? `${change} ` : ''}
      {always ? (
        <>
          Bel nu <a href={`tel:${always.tel}`}>{always.display}</a>. Dat kan dag en nacht.
        </>
      ) : (
        <>
          Bij gevaar: bel <a href="tel:112">112</a>.
          {dayAndNight ? (
            <>
              {' '}Veilig Thuis kun je dag en nacht bellen: <a href={`tel:${dayAndNight.tel}`}>{dayAndNight.display}</a>.
            </>
          ) : null}
        </>
      )}
    </p>
  );
}

function ChannelItem({ service, channel, moment }: { service: Service; channel: Channel; moment: Moment }) {
  const hours = describeHours(channel.hours);
  const state = openState(channel.hours, moment.now, moment.holidays);
  const change = channel.hours === '24/7' ? null : describeChange(nextChange(channel.hours, moment.now, moment.holidays));
  return (
    <li class="channel">
      <p class="channel-action">
        {channel.kind === 'phone' ? (
          <a class="action" href={`tel:${channel.tel}`}>
            Bel {channel.display}
          </a>
        ) : (
          <a class="action" href={channel.url} rel="noreferrer">
            {channel.label}
          </a>
        )}{' '}
        <OpenBadge state={state} />
      </p>
      {channel.kind === 'phone' && channel.cost ? <p class="channel-meta">Kosten: {channel.cost}.</p> : null}
      {state === 'open' && change ? <p class="channel-meta">{change}</p> : null}
      {state === 'closed' ? <ClosedAdvice service={service} change={change} dayAndNight={moment.dayAndNight} /> : null}
      {hours ? <p class="channel-meta">{hours.join(' ')}</p> : null}
    </li>
  );
}

export function ServiceCard({ service, moment }: { service: Service; moment: Moment }) {
  const id = `dienst-${service.id}`;
  const channels = shownChannels(service);
  return (
    <article class="service" aria-labelledby={id}>
      <h3 id={id}>{service.name}</h3>
      {service.free || service.anonymous ? (
        <ul class="badges">
          {service.free ? <li>Gratis</li> : null}
          {service.anonymous === true ? <li>Anoniem</li> : service.anonymous === 'advice' ? <li>Advies kan anoniem</li> : null}
        </ul>
      ) : null}
      <p>{service.purpose}</p>
      {service.after ? (
        <>
          <h4>Wat gebeurt er als je contact opneemt?</h4>
          <p>{service.after}</p>
        </>
      ) : null}
      {channels.length ? (
        <ul class="channels">
          {channels.map((channel) => (
            <ChannelItem service={service} channel={channel} moment={moment} />
          ))}
        </ul>
      ) : null}
      {service.notes?.length ? (
        <ul class="notes">
          {service.notes.map((note) => (
            <li>{note}</li>
          ))}
        </ul>
      ) : null}
      {service.verified ? <p class="checked">Laatst gecontroleerd: {describeDate(service.verified)}</p> : null}
    </article>
  );
}
