// The one call action a step page puts right under its heading, so a person
// who needs to talk reaches it on the first screen of a phone (issue 12):
// the first phone line of the step's help that is open now. 112 is left out
// (the bar keeps it in view on every page). While every line of the step's
// help is closed, the day-and-night line (Veilig Thuis, from the registry)
// stands in, as the cards advise too. Pure: the moment is given.
import { EMERGENCY_SERVICE } from '../content/structure.js';
import type { PhoneChannel, Service } from '../shared/api-types.js';
import { openState } from '../shared/opening-hours.js';

export interface FirstCall {
  name: string;
  display: string;
  tel: string;
}

export interface CallMoment {
  now: Date;
  holidays: readonly string[];
}

export function firstCall(services: Service[], moment: CallMoment, dayAndNight?: { name: string; channel: PhoneChannel }): FirstCall | undefined {
  let hasLine = false;
  for (const service of services) {
    // An unchecked number is never published.
    if (service.id === EMERGENCY_SERVICE || service.verified === null) continue;
    for (const channel of service.channels) {
      if (channel.kind !== 'phone') continue;
      hasLine = true;
      if (openState(channel.hours, moment.now, moment.holidays) === 'open') return { name: service.name, display: channel.display, tel: channel.tel };
    }
  }
  return hasLine && dayAndNight ? { name: dayAndNight.name, display: dayAndNight.channel.display, tel: dayAndNight.channel.tel } : undefined;
}
