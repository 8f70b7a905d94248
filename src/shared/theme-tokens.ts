// The widget's colour tokens (the custom properties --wegwijs-*), their
// defaults (the fallbacks in widget/styles.css; theme-tokens.test.ts keeps
// them equal) and the pairs that must keep their contrast. One table for the
// widget (widget/web-team.ts: a pair a host's tokens fail falls back to the
// defaults, with a console message) and the /embed page (the same warning
// next to the field). docs/embedding.md lists the tokens for web teams.

export const THEME_COLOURS = {
  color: '#1a1a1a',
  background: '#fff',
  'head-background': '#f2f2f2',
  primary: '#1d4f91',
  'primary-text': '#fff',
  hover: '#e8eef7',
  link: '#1d4f91',
  danger: '#a4000f',
  'danger-text': '#fff',
  muted: '#555',
  focus: '#0b0c0c',
  border: '#767676',
  'badge-background': '#e3f1e6',
  'badge-text': '#14532d',
  open: '#14532d',
  closed: '#8a1c00',
} as const;

export type ThemeColour = keyof typeof THEME_COLOURS;

/**
 * "text background [minimum]": every text colour on every background the
 * widget puts it on (4.5:1 unless said), the focus outline on the panel (3:1), and the primary as the border of a chosen answer on the hover tint (3:1: a boundary, not text; the text there is the text colour).
 * A string, because the widget carries it (its token names compress against
 * the widget's stylesheet); contrastPairs() reads it.
 */
export const CONTRAST_PAIRS =
  'color background|color head-background|color hover|primary-text primary|primary background|primary hover 3|link background|link hover|danger background|danger-text danger|muted background|badge-text badge-background|open background|closed background|focus background 3';

export function contrastPairs(): Array<[ThemeColour, ThemeColour, number]> {
  return CONTRAST_PAIRS.split('|').map((pair) => {
    const [text, on, min] = pair.split(' ');
    return [text as ThemeColour, on as ThemeColour, +min || 4.5];
  });
}

/** WCAG relative luminance of an sRGB colour [r, g, b] (0–255), plus 0.05 (the flare both sides of a ratio carry). */
export function luminance(rgb: readonly number[]): number {
  return rgb
    .slice(0, 3)
    .reduce((sum, c, i) => sum + [0.2126, 0.7152, 0.0722][i] * ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4), 0.05);
}

/** The WCAG contrast ratio of two colours, from 1 to 21. */
export function contrastRatio(a: readonly number[], b: readonly number[]): number {
  const x = luminance(a);
  const y = luminance(b);
  return x > y ? x / y : y / x;
}

/** `#rgb` or `#rrggbb` as [r, g, b]; null for anything else. */
export function hexToRgb(hex: string): number[] | null {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex);
  if (!m) return null;
  const digits = m[1].length === 3 ? [...m[1]].map((d) => d + d) : m[1].match(/../g)!;
  return digits.map((d) => parseInt(d, 16));
}

/** Pairs the given colours fail (tokens not given count with their default), with their ratio. */
export function failingPairs(
  colours: Partial<Record<ThemeColour, string>>,
): Array<{ text: ThemeColour; on: ThemeColour; min: number; ratio: number }> {
  const rgb = (token: ThemeColour) => hexToRgb(colours[token] ?? THEME_COLOURS[token]);
  const out = [];
  for (const [text, on, min] of contrastPairs()) {
    const a = rgb(text);
    const b = rgb(on);
    if (!a || !b) continue;
    const ratio = contrastRatio(a, b);
    if (ratio < min) out.push({ text, on, min, ratio });
  }
  return out;
}
