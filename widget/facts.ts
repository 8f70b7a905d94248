// The three numbers the widget knows by itself, for when the service cannot be
// reached and for the compact signpost. Facts from
// /work/shared/facts/helplines.md (all verified, free, 24/7). Change them only
// together with that file.
import type { Strings } from './strings.js';

export interface BuiltInLine {
  name: string;
  display: string;
  tel: string;
  purpose: keyof Strings;
}

export const builtInLines: BuiltInLine[] = [
  { name: '112', display: '112', tel: '112', purpose: 'danger' },
  { name: 'Veilig Thuis', display: '0800-2000', tel: '08002000', purpose: 'vtPurpose' },
  { name: 'Centrum Seksueel Geweld', display: '0800-0188', tel: '08000188', purpose: 'csgPurpose' },
];
