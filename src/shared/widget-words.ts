// Which groups of the message catalogue make up the widget's words, in one
// place: widget/strings.ts bundles the Dutch ones, and the API sends the same
// groups of another language with a translated conversation (issue 16), so
// the widget never bundles more than one language. A test checks that the
// Dutch composed here is exactly the widget's built-in words.
type Tree = { [key: string]: string | Tree };

export const WIDGET_WORD_GROUPS: ReadonlyArray<readonly [file: 'widget' | 'shared', group: string]> = [
  ['widget', 'frame'],
  ['shared', 'exit'],
  ['widget', 'conversation'],
  ['widget', 'builtIn'],
  ['shared', 'hours'],
  ['shared', 'card'],
  ['shared', 'firstCall'],
  ['widget', 'picker'],
  ['shared', 'search'],
  ['shared', 'place'],
];

/** The widget's words from a catalogue in any language (groups by file name); only strings. */
export function widgetWords(messages: Record<string, Tree | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [file, group] of WIDGET_WORD_GROUPS) {
    const words = messages[file]?.[group];
    if (words && typeof words === 'object')
      for (const [key, value] of Object.entries(words)) if (typeof value === 'string') out[key] = value;
  }
  return out;
}
