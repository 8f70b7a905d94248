// The municipality on the site's step pages (issue 14, point 4): "Hulp in
// Zoetermeer" with links to change it (the form) or clear it (the same page
// without ?gemeente=), the numbers that help everywhere for the picker's "no
// match", and help a municipality states itself ("Volgens de gemeente …",
// flows/gemeenten/gemeente-GM0000.json), apart from the checked cards. The
// words are the widget's (src/shared/place-words.ts).
import type { Graph } from '../graph/graph.js';
import { verifiedPhone } from '../graph/roles.js';
import { fill } from '../shared/hours-text.js';
import type { StatedLocalHelp } from '../shared/stated-local-help.js';
import { cardText as cardWords, scoped, sharedText } from './messages.js';

const placeWords = scoped(() => sharedText.place);

/** The municipality form's id: "Kies je gemeente" and "Andere gemeente" link to it. */
export const CHOICE_FORM_ID = 'gemeente-keuze';

/** "Hulp in …" with change and clear, or a link to the form when none is chosen. */
export function PlaceLine({ name, clearHref }: { name?: string; clearHref: string }) {
  if (!name) {
    return (
      <p class="place">
        <a href={`#${CHOICE_FORM_ID}`}>{placeWords.placeChoose}</a>
      </p>
    );
  }
  return (
    <div class="place">
      <p class="place-in">{fill(placeWords.placeIn, { name })}</p>
      <ul class="place-actions">
        <li>
          <a href={`#${CHOICE_FORM_ID}`}>{placeWords.placeChange}</a>
        </li>
        <li>
          <a href={clearHref}>{placeWords.placeClear}</a>
        </li>
      </ul>
    </div>
  );
}

export interface EverywhereLine {
  name: string;
  display: string;
  tel: string;
}

/** The verified numbers that help everywhere (the widget's built-in lines: the registry's builtIn role). */
export function everywhereLines(graph: Graph): EverywhereLine[] {
  const lines: EverywhereLine[] = [];
  for (const { service: id } of graph.roles.builtIn) {
    const service = graph.services[id];
    const phone = verifiedPhone(service);
    if (phone) lines.push({ name: service.name, display: phone.display, tel: phone.tel });
  }
  return lines;
}

/**
 * Put on the page by the picker script when nothing matches what was typed.
 * A template: inert until then, so the page has no hidden call links.
 */
export function Everywhere({ lines }: { lines: EverywhereLine[] }) {
  return (
    <template id="gemeente-geen">
      <div class="picker-none">
        <p>{placeWords.pickerElsewhere}</p>
        <ul>
          {lines.map((line) => (
            <li>
              {line.name}: <a href={`tel:${line.tel}`}>{fill(cardWords.call, { number: line.display })}</a>
            </li>
          ))}
        </ul>
      </div>
    </template>
  );
}

/** What the municipality states itself, as plain text: never a checked card. */
export function StatedCard({ help, name }: { help: StatedLocalHelp; name: string }) {
  return (
    <article class="service stated" aria-labelledby="dienst-gemeente-zelf" data-stated="">
      <h3 id="dienst-gemeente-zelf">{fill(placeWords.statedTitle, { name })}</h3>
      <p>
        <strong>{help.naam}</strong>
      </p>
      {help.telefoon ? (
        <p>
          <a class="action" href={`tel:${help.telefoon.tel}`}>
            {fill(cardWords.call, { number: help.telefoon.display })}
          </a>
        </p>
      ) : null}
      {help.tijden ? <p>{help.tijden}</p> : null}
      {help.website ? (
        <p>
          <a href={help.website} rel="noreferrer">
            {help.website.slice(8)}
          </a>
        </p>
      ) : null}
      {help.notitie ? <p>{help.notitie}</p> : null}
      <p class="checked">{placeWords.statedNote}</p>
    </article>
  );
}
