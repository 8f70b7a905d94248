// Local help as a municipality states it itself (issue 14, point 5): the
// format of the `<script type="application/json" data-wegwijs-lokaal>` block
// inside an embed snippet, and of a file flows/gemeenten/gemeente-GM0000.json
// contributed through a pull request. ONE validator for both: the widget runs
// it in the browser (so: no zod, small, no server imports) and the compiler
// turns its problems into diagnostics (src/local/stated-help-files.ts).
// Format and limits: docs/embedding.md, "Your own local help".
//
// What passes is plain text, a Dutch phone number at normal rates (no
// 0900/0906/0909, nothing foreign) and an https link. A bad optional field is
// left out; a block without a name or without a way to reach the team, for
// another municipality, of another version, too big or not JSON is ignored.

export const STATED_VERSION = 1;

export interface StatedLocalHelp {
  /** CBS code of the municipality that states this help. */
  gemeente: string;
  /** The team as people know it, e.g. "Sociaal team Zoetermeer". */
  naam: string;
  telefoon?: { display: string; tel: string };
  /** Opening hours in words, e.g. "Maandag tot en met vrijdag van 8.30 tot 17.00 uur". */
  tijden?: string;
  website?: string;
  /** One line, e.g. "Je kunt ook langskomen zonder afspraak." */
  notitie?: string;
  /** When the municipality stated it (YYYY-MM-DD); required in a flows/ file. */
  datum?: string;
}

/** Stable codes, shared with `npm run flows:check` (docs/diagnostics.md). */
export type StatedCode = 'WW050' | 'WW051' | 'WW052' | 'WW053' | 'WW054' | 'WW055' | 'WW056' | 'WW057' | 'WW058';

export interface StatedProblem {
  code: StatedCode;
  message: string;
}

/** The whole block, as text; 10 KB of it is an accident, not a team. */
export const MAX_BLOCK_CHARS = 2000;
/** Characters per text field. */
export const LIMITS: Record<string, number> = { naam: 80, telefoon: 20, tijden: 120, website: 200, notitie: 160, datum: 10 };

/**
 * A Dutch number at normal rates: 0800, 14 + area code, geographic, mobile,
 * 085/088/091; "+31"/"0031" is read as a leading 0. Otherwise the reason, in words.
 */
export function dutchPhone(text: string): { display: string; tel: string } | string {
  const display = text.trim().replace(/\s+/g, ' ');
  let digits = display.replace(/[\s().-]/g, '');
  if (/^(\+|00)31/.test(digits)) digits = '0' + digits.replace(/^(\+|00)310?/, '');
  if (/^(\+|00)/.test(digits)) return 'a foreign number';
  if (/^090[069]/.test(digits)) return 'a premium-rate number (0900, 0906, 0909)';
  return /^(0800\d{4,7}|140\d{2,3}|0[1-57]\d{8}|06\d{8}|08[58]\d{7}|091\d{7})$/.test(digits) ? { display, tel: digits } : 'not a Dutch phone number';
}

/** Reads one block: JSON text (the snippet) or parsed JSON (a file), for the municipality `gemeente`. */
export function readStatedHelp(input: unknown, gemeente: string | undefined): { help: StatedLocalHelp | null; problems: StatedProblem[] } {
  const problems: StatedProblem[] = [];
  const fail = (code: StatedCode, message: string) => {
    problems.push({ code, message: message + '; the block is ignored' });
    return { help: null, problems };
  };
  let data = input;
  if (typeof input == 'string') {
    if (input.length > MAX_BLOCK_CHARS) return fail('WW050', `the block has ${input.length} characters; at most ${MAX_BLOCK_CHARS}`);
    try {
      data = JSON.parse(input);
    } catch {
      return fail('WW050', 'the block is not valid JSON');
    }
  }
  if (!data || typeof data != 'object' || Array.isArray(data)) return fail('WW050', 'the block must be one JSON object');
  const block = data as Record<string, unknown>;
  if (block.versie !== STATED_VERSION) return fail('WW051', `"versie" must be ${STATED_VERSION}`);
  if (!gemeente || block.gemeente !== gemeente) return fail('WW052', `"gemeente" is ${JSON.stringify(block.gemeente)}, but this is for ${gemeente || 'no municipality'}`);
  const help: StatedLocalHelp = { gemeente, naam: '' };
  for (const key of Object.keys(block)) {
    const value = block[key];
    if (key == 'versie' || key == 'gemeente') continue;
    const limit = LIMITS[key];
    let problem: StatedProblem | undefined;
    if (!limit) problem = { code: 'WW058', message: `unknown field "${key}"` };
    else if (typeof value != 'string' || !value.trim()) problem = { code: 'WW057', message: `"${key}" must be text` };
    else if (value.length > limit) problem = { code: 'WW056', message: `"${key}" has ${value.length} characters; at most ${limit}` };
    else if (/[<>\u0000-\u001f\u007f]|&#?\w+;/.test(value)) problem = { code: 'WW055', message: `"${key}" must be plain text, without HTML` };
    else if (key == 'telefoon') {
      const phone = dutchPhone(value);
      if (typeof phone == 'string') problem = { code: 'WW053', message: `"telefoon" ${value} is ${phone}` };
      else help.telefoon = phone;
    } else if (key == 'website') {
      let url: URL | undefined;
      try {
        url = new URL(value.trim());
      } catch {
        /* reported below */
      }
      if (url?.protocol != 'https:' || url.username || url.password) problem = { code: 'WW054', message: `"website" must be an https:// address` };
      else help.website = url.href;
    } else if (key == 'datum' && !/^\d{4}-\d\d-\d\d$/.test(value)) problem = { code: 'WW057', message: '"datum" must be YYYY-MM-DD' };
    else (help as unknown as Record<string, string>)[key] = value.trim().replace(/\s+/g, ' ');
    if (problem) problems.push({ ...problem, message: problem.message + (problem.code == 'WW058' ? '; ignored' : '; left out') });
  }
  if (!help.naam) return fail('WW057', 'a valid "naam" is required');
  if (!help.telefoon && !help.website) return fail('WW057', 'a valid "telefoon" or "website" is required');
  return { help, problems };
}
