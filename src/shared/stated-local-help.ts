// Local help as a municipality states it itself (issue 14, point 5): the
// format of the `<script type="application/json" data-wegwijs-lokaal>` block
// inside an embed snippet, and of a file flows/gemeenten/gemeente-GM0000.json
// contributed through a pull request. ONE validator for both: the widget runs
// it in the browser (so: no zod, small, no server imports) and the compiler
// turns its problems into diagnostics (src/compiler/stated-help-files.ts).
// Format and limits: docs/embedding.md, "Your own local help".
//
// What passes is plain text, a Dutch phone number at normal rates (no
// 0900/0906/0909, nothing foreign) and an https link. A bad optional field is
// left out; a block without a name or without a way to reach the team, for
// another municipality, of another version, too big or not JSON is ignored.

// The shape itself lives with the graph that carries it (src/graph/types.ts).
import type { StatedLocalHelp } from '../graph/types.js';

export type { StatedLocalHelp };

export const STATED_VERSION = 1;

/** Stable codes, shared with `npm run flows:check` (docs/diagnostics.md). */
export type StatedCode = 'WW050' | 'WW051' | 'WW052' | 'WW053' | 'WW054' | 'WW055' | 'WW056' | 'WW057' | 'WW058';

export interface StatedProblem {
  code: StatedCode;
  /** In English, for the web team's console and the compiler: the field ("blok": the whole block), then what is wrong. */
  message: string;
}

/** The whole block, as text; 10 KB of it is an accident, not a team. */
export const MAX_BLOCK_CHARS = 2000;
/** Characters per field; the fields of version 1. */
export const LIMITS: Record<string, number> = { naam: 80, telefoon: 20, tijden: 120, website: 200, notitie: 160, datum: 10 };

/**
 * A Dutch number at normal rates: 0800, 14 + area code, geographic, mobile,
 * 085/088/091; "+31"/"0031" is read as a leading 0. Null for anything else:
 * 0900/0906/0909, foreign numbers, too short or long.
 */
export function dutchPhone(text: string): { display: string; tel: string } | null {
  const tel = text.replace(/[\s().-]/g, '').replace(/^(\+|00)310?/, '0');
  return /^(0800\d{4,7}|140\d{2,3}|0[1-57]\d{8}|06\d{8}|08[58]\d{7}|091\d{7})$/.test(tel) ? { display: text.trim(), tel } : null;
}

// The checks and their words are short on purpose: they are in the widget's
// bundle, which has 15 KB gzip for everything.
/**
 * Reads one block: JSON text (the snippet) or parsed JSON (a file), for the
 * municipality `gemeente`. A bad optional field is left out; a block without
 * a name and a phone number or https address is ignored (null).
 */
export function readStatedHelp(input: unknown, gemeente: string | undefined): { help: StatedLocalHelp | null; problems: StatedProblem[] } {
  const problems: StatedProblem[] = [];
  const no = (code: StatedCode, field: string, why: string) => problems.push({ code, message: `${field}: ${why}` });
  const help = { gemeente } as StatedLocalHelp & Record<string, unknown>;
  let block: Record<string, unknown> | undefined;
  try {
    block = typeof input == 'string' ? input.length <= MAX_BLOCK_CHARS && JSON.parse(input) : input;
  } catch {
    /* not JSON: WW050 */
  }
  if (!block || typeof block != 'object' || Array.isArray(block)) no('WW050', 'blok', 'not one JSON object of at most 2000 characters');
  else if (block.versie !== STATED_VERSION) no('WW051', 'versie', `must be ${STATED_VERSION}`);
  else if (!gemeente || block.gemeente !== gemeente) no('WW052', 'gemeente', `must be ${gemeente || 'the gemeente attribute'}`);
  else {
    for (const key in block) {
      const value = block[key];
      const limit = LIMITS[key];
      if (key == 'versie' || key == 'gemeente') continue;
      if (!limit) no('WW058', key, 'unknown field');
      else if (typeof value != 'string' || !value.trim()) no('WW057', key, 'no text');
      else if (value.length > limit) no('WW056', key, 'too long');
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this refuses.
      else if (/[<>\u0000-\u001f\u007f]|&#?\w+;/.test(value)) no('WW055', key, 'HTML');
      else if (key == 'telefoon')
        (help.telefoon = dutchPhone(value) || undefined) || no('WW053', key, 'not a Dutch number at normal rates');
      else if (key == 'website' && !/^https:\/\/[\w-]+(\.[\w-]+)+(\/\S*)?$/.test(value)) no('WW054', key, 'not https://');
      else help[key] = value.trim();
    }
    if (help.naam && (help.telefoon || help.website)) return { help, problems };
    no('WW057', 'blok', 'needs naam, and telefoon or website');
  }
  return { help: null, problems };
}
