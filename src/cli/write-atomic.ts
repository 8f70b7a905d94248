// Build outputs are read while a build may run again (the workerd tests run
// wrangler's build step while browser tests read public/): write each file
// beside its place and rename it in, so no reader ever sees half a file.
import { renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export function writeAtomic(path: string, text: string | Uint8Array): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}
