// Entry of public/widget.js: remembers where the script came from (the
// service's origin, the default `api`, and its stylesheet) and defines
// <wegwijs-chat>. document.currentScript is only set while this runs.
import { setOrigin, WegwijsChat } from './element.js';

/** The hashed stylesheet next to the script; injected by src/cli/build-widget.ts. */
declare const __WEGWIJS_CSS_FILE__: string;

const script = document.currentScript as HTMLScriptElement | null;
const src = new URL(script?.src || location.href, location.href);
setOrigin(src.origin, new URL(__WEGWIJS_CSS_FILE__, src).href);
if (!customElements.get('wegwijs-chat')) customElements.define('wegwijs-chat', WegwijsChat);
