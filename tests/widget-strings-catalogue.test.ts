// The widget's texts come from catalogue groups spread into one object
// (widget/strings.ts). A key in two groups would silently hide one of the
// words, and a host page's data-i18n-* attribute could only reach one of
// them: every key must come from exactly one group.
import { describe, expect, test } from 'vitest';
import * as shared from '../messages/nl/shared.json';
import * as widget from '../messages/nl/widget.json';
import { defaultStrings } from '../widget/strings.js';

/** The groups widget/strings.ts spreads; `fallback` and `webTeam` are not overridable texts. */
const SPREAD = {
  widget: ['frame', 'conversation', 'builtIn', 'picker'],
  shared: ['hours', 'card', 'firstCall', 'place', 'search', 'exit'],
} as const;

function groupsOf(file: Record<string, unknown>, names: readonly string[]): Array<[string, Record<string, string>]> {
  return names.map((name) => [name, file[name] as Record<string, string>]);
}

describe("the widget's strings in the catalogue", () => {
  const groups = [...groupsOf(widget, SPREAD.widget), ...groupsOf(shared, SPREAD.shared)];

  test('every key comes from one group only', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [group, words] of groups) {
      for (const key of Object.keys(words)) {
        if (seen.has(key)) twice.push(`${key}: ${seen.get(key)} and ${group}`);
        seen.set(key, group);
      }
    }
    expect(twice).toEqual([]);
    expect(Object.keys(defaultStrings).sort()).toEqual([...seen.keys()].sort());
  });

  test('every default is a non-empty string, as written in the catalogue', () => {
    for (const [group, words] of groups) {
      for (const [key, text] of Object.entries(words)) {
        expect(typeof text === 'string' && text.trim() !== '', `${group}.${key}`).toBe(true);
        expect(defaultStrings[key as keyof typeof defaultStrings], `${group}.${key}`).toBe(text);
      }
    }
  });
});
