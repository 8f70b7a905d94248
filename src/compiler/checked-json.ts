// A small JSON content file read and checked against its schema in one go
// (flows/languages.json, the translation tables, flows/words.json): a syntax
// error or the first thing the schema refuses is one finding at its line,
// through `report`; nothing more is read from a file that is not right.
import type * as z from 'zod';
import { type JsonPath, readJsonSource } from './source.js';
import type { SourceFile } from './types.js';
import { issueDetail, zodLanguage } from './zod-text.js';

export function readChecked<T>(
  file: SourceFile,
  schema: z.ZodType<T>,
  report: (line: number, detail: string) => void,
): { value: T; lineOf: (path: JsonPath) => number } | null {
  const read = readJsonSource(file.source);
  if (!read.ok) {
    report(read.line, issueDetail({ message: read.reason }));
    return null;
  }
  const parsed = schema.safeParse(read.value, zodLanguage());
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    report(read.lineOf(issue.path as JsonPath), `${issue.path.join('.') || '—'}: ${issueDetail(issue)}`);
    return null;
  }
  return { value: parsed.data, lineOf: read.lineOf };
}
