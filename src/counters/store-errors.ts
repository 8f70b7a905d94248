// Store failures that have one fix an operator must know: the counts table
// does not exist (D1 migrations not applied). Said plainly in the log and in
// the report's 503, never dropped silently.

export class MissingTableError extends Error {
  constructor() {
    super(
      'the table "counts" does not exist in the D1 database: apply the migrations (`npx wrangler d1 migrations apply wegwijs-counts --local` for wrangler dev, which `npm run dev:worker` does for you; `--remote` for the deployed Worker). Until then nothing is counted.',
    );
  }
}

/** The error as it should be reported: MissingTableError for "no such table", the error itself otherwise. */
export function explainStoreError(error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  if (/no such table:?\s*counts/i.test(message)) return new MissingTableError();
  return error instanceof Error ? error : new Error(message);
}

/** Log at most one store problem a minute: a broken store should not flood the log. */
export function throttledLog(
  log: (line: string) => void,
  what = 'a write to the database failed; those numbers are lost',
): (error: unknown) => void {
  let last = -Infinity;
  return (error) => {
    if (Date.now() - last < 60_000) return;
    last = Date.now();
    log(`wegwijs: counting: ${what} (${error instanceof Error ? error.message : 'unknown error'}).`);
  };
}
