// Nesting depth of a step's Markdown, measured before marked reads it.
// marked parses nested quotes, lists and emphasis recursively: a few
// thousand levels overflow the stack ("Maximum call stack size exceeded",
// without file or line). Real steps nest two or three levels, so anything
// deeper than MAX_NESTING is refused as WW019 with its line.

export const MAX_NESTING = 8;

/** Block depth of one line: quote markers, list markers and list indentation (two spaces a level). */
function blockDepth(line: string): number {
  let depth = 0;
  let rest = line;
  for (;;) {
    const indent = /^( +)/.exec(rest);
    if (indent) {
      depth += Math.floor(indent[1].length / 2);
      rest = rest.slice(indent[1].length);
    }
    const marker = /^(>|[-*+](?=\s|$)|\d{1,9}[.)](?=\s|$))/.exec(rest);
    if (!marker) return depth;
    depth += 1;
    rest = rest.slice(marker[1].length);
    // Counting thousands of levels is enough to refuse them.
    if (depth > MAX_NESTING * 4) return depth;
  }
}

/** The longest run of emphasis or bracket marks: each pair may open a level. */
function inlineDepth(line: string): number {
  let longest = 0;
  for (const run of line.match(/[*_~[\]()]+/g) ?? []) longest = Math.max(longest, run.length);
  // `***bold italic***` is three marks for two levels.
  return Math.ceil(longest / 2);
}

export interface NestingProblem {
  /** Index of the offending line in the lines given. */
  index: number;
  depth: number;
}

/** The first line nested deeper than MAX_NESTING, or null. */
export function tooDeep(lines: readonly string[]): NestingProblem | null {
  for (let index = 0; index < lines.length; index++) {
    const depth = Math.max(blockDepth(lines[index]), inlineDepth(lines[index]));
    if (depth > MAX_NESTING) return { index, depth };
  }
  return null;
}
