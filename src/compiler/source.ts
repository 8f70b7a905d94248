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
    // JSON.parse names a character offset, or none (then the walk below finds it), or
    // the very end when the text stops early (then the last written line is the one
    // to look at); editors need the line. Its quote of the text is left out.
    const message = (error as Error).message;
    const at = /at position (\d+)/.exec(message);
    const end = text.trimEnd().length;
    const { line, column } = place(text, trailingComma(text, Math.min(at ? Number(at[1]) : syntaxErrorAt(text), end)));
    const reason = message.replace(/\s*(in JSON )?at position \d+.*$/, '').replace(/, (?:\.\.\.)?".*is not valid JSON$/s, '');
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

/**
 * A comma before a closing } or ] is the mistake itself: JSON.parse stops at
 * the bracket, often on the next line, but the editor must look at the comma.
 */
function trailingComma(text: string, offset: number): number {
  if (text[offset] !== '}' && text[offset] !== ']') return offset;
  let i = offset - 1;
  while (i >= 0 && /\s/.test(text[i])) i--;
  return text[i] === ',' ? i : offset;
}

/** Where JSON.parse stopped, when its message does not say. */
function syntaxErrorAt(text: string): number {
  try {
    keyLines(text);
  } catch (error) {
    if (error instanceof JsonSyntax) return error.offset;
  }
  return text.length;
}

const pathKey = (path: JsonPath) => JSON.stringify(path.map(String));

/** Where a text stops being JSON, as a character offset. */
class JsonSyntax extends Error {
  constructor(readonly offset: number) {
    super(`not JSON at ${offset}`);
  }
}

const LITERAL = /true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * Walks the text as JSON and gives the line of every member and element: a
 * member's line is its key's, an element's is where it starts. Throws
 * JsonSyntax at the first character that is not JSON: JSON.parse does not
 * always say where (e.g. "Unexpected token", for a misspelt `true`).
 */
function keyLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  let i = 0;
  let line = 1;
  const fail = (): never => {
    throw new JsonSyntax(i);
  };
  const skipSpace = () => {
    while (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r') {
      if (text[i] === '\n') line++;
      i++;
    }
  };
  const expect = (char: string) => (text[i] === char ? i++ : fail());
  const readString = (): string => {
    const start = i;
    expect('"');
    while (text[i] !== '"') {
      if (i >= text.length || text.charCodeAt(i) < 0x20) fail();
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u' ? !/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5)) : !'"\\/bfnrt'.includes(text[i] ?? 'x')) fail();
        i += text[i] === 'u' ? 5 : 1;
      } else i++;
    }
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const readValue = (path: (string | number)[]): void => {
    skipSpace();
    if (text[i] === '{') {
      i++;
      skipSpace();
      if (text[i] === '}') return void i++;
      for (;;) {
        skipSpace();
        const keyLine = line;
        const key = readString();
        lines.set(pathKey([...path, key]), keyLine);
        skipSpace();
        expect(':');
        readValue([...path, key]);
        skipSpace();
        if (text[i] === '}') return void i++;
        expect(',');
      }
    }
    if (text[i] === '[') {
      i++;
      skipSpace();
      if (text[i] === ']') return void i++;
      for (let index = 0; ; index++) {
        skipSpace();
        lines.set(pathKey([...path, index]), line);
        readValue([...path, index]);
        skipSpace();
        if (text[i] === ']') return void i++;
        expect(',');
      }
    }
    if (text[i] === '"') return void readString();
    LITERAL.lastIndex = i;
    if (!LITERAL.test(text)) fail();
    i = LITERAL.lastIndex;
  };
  readValue([]);
  skipSpace();
  if (i < text.length) fail();
  return lines;
}
