// The three numbers the widget knows by itself, for when the service cannot be
// reached and for the compact signpost. They come from the service registry
// (flows/services.json, the checked facts) at build time: src/cli/build-widget.ts
// fills __WEGWIJS_LINES__, so there is one place to change a number.
import type { Strings } from './strings.js';

export interface BuiltInLine {
  name: string;
  display: string;
  tel: string;
  purpose: keyof Strings;
}

declare const __WEGWIJS_LINES__: Array<{ id: string; name: string; display: string; tel: string }>;

const purposes: Record<string, keyof Strings> = { '112': 'danger', 'veilig-thuis': 'vtPurpose', csg: 'csgPurpose' };

export const builtInLines: BuiltInLine[] = __WEGWIJS_LINES__.map(({ id, name, display, tel }) => ({ name, display, tel, purpose: purposes[id] }));
