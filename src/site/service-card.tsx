// One place to get help, server-rendered: what they do, how to reach them,
// when, and what happens next. What the card says is decided in
// src/shared/service-card-content.ts (the widget draws the same card from
// it); this file only turns that into HTML. "Nu open" is worked out for the
// moment the page is served, so it also works without JavaScript.
import type { Service } from '../shared/api-types.js';
import { describeChange } from '../shared/hours-text.js';
import { nextChange, openState } from '../shared/opening-hours.js';
import { type ChannelView, cardView, type Part, shownChannels } from '../shared/service-card-content.js';
import { cardText } from './messages.js';
import type { DayAndNightLine } from './site-data.js';

export { shownChannels };

export interface Moment {
  now: Date;
  holidays: readonly string[];
  /** The registry's day-and-night line (its dayAndNight role): what to call while another channel is closed. */
  dayAndNight?: DayAndNightLine;
}

/** The open states of all channels, as a short string: a cached page is rebuilt when it changes. */
export function openSignature(services: Service[], moment: Moment): string {
  let signature = '';
  for (const service of services) {
    for (const channel of shownChannels(service)) {
      // The state and the "weer open morgen" text: both change with the clock.
      signature +=
        openState(channel.hours, moment.now, moment.holidays).charAt(0) +
        (describeChange(nextChange(channel.hours, moment.now, moment.holidays)) ?? '');
    }
  }
  return signature;
}

function Parts({ parts }: { parts: Part[] }) {
  return <>{parts.map((part) => (typeof part === 'string' ? part : <a href={part.href}>{part.text}</a>))}</>;
}

function ChannelItem({ channel }: { channel: ChannelView }) {
  return (
    <li class="channel">
      <p class="channel-action">
        {channel.kind === 'phone' ? (
          <a class="action" href={channel.action.href}>
            {channel.action.text}
          </a>
        ) : (
          <a class="action" href={channel.action.href} rel="noreferrer">
            {channel.action.text}
          </a>
        )}
        {channel.stateText ? (
          <>
            {' '}
            <span class={`state state-${channel.state}`}>{channel.stateText}</span>
          </>
        ) : null}
      </p>
      {channel.meta.map((parts) => (
        <p class="channel-meta">
          <Parts parts={parts} />
        </p>
      ))}
    </li>
  );
}

export function ServiceCard({ service, moment }: { service: Service; moment: Moment }) {
  const id = `dienst-${service.id}`;
  const card = cardView(service, moment, cardText);
  return (
    <article class="service" aria-labelledby={id}>
      <h3 id={id}>{card.name}</h3>
      {card.where ? <p class="where">{card.where}</p> : null}
      {card.badges.length ? (
        <ul class="badges">
          {card.badges.map((badge) => (
            <li>{badge}</li>
          ))}
        </ul>
      ) : null}
      <p>
        <Parts parts={card.purpose} />
      </p>
      {card.channels.length ? (
        <ul class="channels">
          {card.channels.map((channel) => (
            <ChannelItem channel={channel} />
          ))}
        </ul>
      ) : null}
      {card.after ? (
        <>
          <h4>{card.after.heading}</h4>
          <p>
            <Parts parts={card.after.text} />
          </p>
        </>
      ) : null}
      {card.notes.length ? (
        <ul class="notes">
          {card.notes.map((note) => (
            <li>
              <Parts parts={note} />
            </li>
          ))}
        </ul>
      ) : null}
      {card.localNote ? (
        <p class="note">
          <Parts parts={card.localNote} />
        </p>
      ) : null}
      {card.checked ? <p class="checked">{card.checked}</p> : null}
    </article>
  );
}
