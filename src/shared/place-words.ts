// The words around the chosen municipality and the help it states itself,
// the same on the site (src/site/step-page.tsx) and in the widget
// (widget/place.ts, widget/stated-help.ts). `{name}` is the municipality.
// The words live in the message catalogue (messages/nl/shared.json, group "place").
import { place as PLACE_WORDS } from '../../messages/nl/shared.json';

export { PLACE_WORDS };
