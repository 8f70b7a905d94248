// The one call action a step with help puts at its top, so a person who needs
// to talk reaches it on the first screen of a phone (issue 12): the first
// phone line of the step's help that is open now. The emergency service (112,
// the registry's emergency role) is left out: it stays in view anyway. While
// every line of the step's help is closed, the day-and-night line (Veilig
// Thuis, the registry's dayAndNight role) stands in, as the
// cards advise too. Pure and browser-safe: the widget draws it in its turns;
// the site's step page has the same rule (src/site/first-call.ts on the
// site-pages branch has the same signature: at merge, the site imports this one).

import { firstCall as FIRST_CALL_WORDS } from '../../messages/nl/shared.json';
import type { PhoneChannel, Service } from './api-types.js';
import { openState } from './opening-hours.js';

// The words live in the message catalogue (messages/nl/shared.json, group "firstCall").
export { FIRST_CALL_WORDS };

export interface FirstCall {
  name: string;
  display: string;
  tel: string;
}

export interface CallMoment {
  now: Date;
  holidays: readonly string[];
}

export function firstCall(
  services: Service[],
  moment: CallMoment,
  dayAndNight: { name: string; channel: PhoneChannel } | undefined,
  emergency: string | undefined,
): FirstCall | undefined {
  let hasLine = false;
  for (const service of services) {
    // An unchecked number is never published.
    if (service.id === emergency || service.verified === null) continue;
    for (const channel of service.channels) {
      if (channel.kind !== 'phone') continue;
      hasLine = true;
      if (openState(channel.hours, moment.now, moment.holidays) === 'open')
        return { name: service.name, display: channel.display, tel: channel.tel };
    }
  }
  return hasLine && dayAndNight
    ? { name: dayAndNight.name, display: dayAndNight.channel.display, tel: dayAndNight.channel.tel }
    : undefined;
}
