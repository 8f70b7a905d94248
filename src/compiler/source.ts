// The one reader of JSON content files (flows/services.json, flows/gemeenten/*.json).
// A syntax error is reported once, at its real line and column; for a file
// that parses, `lineOf` finds the line of a key path so that later findings
// point at the entry they are about, not at the first line that happens to
// contain the same text. Pure: no I/O.

export type JsonPath = readonly (string | number)[];

export type JsonSource =
  | { ok: true; value: unknown; lineOf: (path: JsonPath) => number }
  | { ok: false; line: number; column: number; reason: string };

/** Line and column (both from 1) of a character offset. */
function place(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

export function readJsonSource(text: string): JsonSource {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // JSON.parse names a character offset (none, or the very end, when the text stops
    // early: then the last written line is the one to look at); editors need the line.
    const message = (error as Error).message;
    const at = /at position (\d+)/.exec(message);
    const end = text.trimEnd().length;
    const { line, column } = place(text, Math.min(at ? Number(at[1]) : end, end));
    const reason = message.replace(/\s*(in JSON )?at position \d+.*$/, '').replace(/ \(line \d+ column \d+\)$/, '');
    return { ok: false, line, column, reason };
  }
  // Walked only when a finding needs a line: most files have none.
  let lines: Map<string, number> | undefined;
  const lineOf = (path: JsonPath) => {
    lines ??= keyLines(text);
    // The deepest part of the path that exists: a missing field points at its entry.
    for (let depth = path.length; depth > 0; depth--) {
      const line = lines.get(pathKey(path.slice(0, depth)));
      if (line !== undefined) return line;
    }
    return 1;
  };
  return { ok: true, value, lineOf };
}

const pathKey = (path: JsonPath) => JSON.stringify(path.map(String));

/**
 * The line of every member and element of text that JSON.parse accepted: a
 * member's line is its key's, an element's is where it starts. Walks the text
 * once; being valid JSON, it needs no error handling.
 */
function keyLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  let i = 0;
  let line = 1;
  const skipSpace = () => {
    while (i < text.length && /\s/.test(text[i])) {
      if (text[i] === '\n') line++;
      i++;
    }
  };
  const readString = (): string => {
    const start = i;
    i++;
    while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const readValue = (path: (string | number)[]): void => {
    skipSpace();
    if (text[i] === '{') {
      i++;
      skipSpace();
      while (text[i] !== '}') {
        skipSpace();
        const keyLine = line;
        const key = readString();
        lines.set(pathKey([...path, key]), keyLine);
        skipSpace();
        i++; // the colon
        readValue([...path, key]);
        skipSpace();
        if (text[i] === ',') i++;
        skipSpace();
      }
      i++;
    } else if (text[i] === '[') {
      i++;
      skipSpace();
      for (let index = 0; text[i] !== ']'; index++) {
        skipSpace();
        lines.set(pathKey([...path, index]), line);
        readValue([...path, index]);
        skipSpace();
        if (text[i] === ',') i++;
        skipSpace();
      }
      i++;
    } else if (text[i] === '"') {
      readString();
    } else {
      while (i < text.length && !/[\s,\]}]/.test(text[i])) i++;
    }
  };
  readValue([]);
  return lines;
}
