// The message catalogue's reader: every text the public reads lives in
// messages/<lang>/*.json (Dutch is the source), never in code. A message is a
// string with `{name}` placeholders, or a set of plural forms chosen with the
// platform's Intl.PluralRules. Browser-safe: the site's scripts and the widget
// use it too, so it stays small and imports nothing.

/** Plural forms by CLDR category; `zero` is used for exactly 0 when given (Dutch has no zero category). */
export interface PluralForms {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

export type Message = string | PluralForms;

/** Fills `{name}` placeholders; unknown ones stay as they are. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (all, name: string) => (name in values ? String(values[name]) : all));
}

/** The form for `count` in `lang`, with `{count}` and the other values filled in. */
export function plural(lang: string, count: number, forms: PluralForms, values: Record<string, string | number> = {}): string {
  const category = count === 0 && forms.zero !== undefined ? 'zero' : new Intl.PluralRules(lang).select(count);
  const template = forms[category as keyof PluralForms] ?? forms.other;
  return fill(template, { count, ...values });
}

/** A catalogue message as text: strings are filled, plural forms chosen by `values.count` (0 when absent). */
export function format(message: Message, values: Record<string, string | number> = {}, lang = 'nl'): string {
  return typeof message === 'string' ? fill(message, values) : plural(lang, Number(values.count ?? 0), message, values);
}

/**
 * A message as parts, for sentences with a link or an element inside: the text
 * around each `{name}`, and the given part in its place (a link stays a link).
 * Text values join the text around them. Unknown placeholders stay as text,
 * like `fill`.
 */
export function fillParts<T>(template: string, parts: Record<string, T | string>): Array<string | T> {
  const out: Array<string | T> = [];
  for (const piece of template.split(/(\{\w+\})/)) {
    const name = /^\{(\w+)\}$/.exec(piece)?.[1];
    const part = name !== undefined && name in parts ? parts[name] : piece;
    const last = out.length - 1;
    if (typeof part === 'string' && typeof out[last] === 'string') out[last] = out[last] + part;
    else if (part !== '') out.push(part);
  }
  return out;
}
