// `npm run counts:backup [-- <target file>]`: a consistent copy of the
// counts database while the server runs (src/counters/backup.ts). Reads
// WEGWIJS_ROOT and WEGWIJS_DB like the server; the default target is
// data/backups/wegwijs-<date and time>.sqlite.
import { resolve } from 'node:path';
import { backupCounts } from '../counters/backup.js';

const root = process.env.WEGWIJS_ROOT ?? process.cwd();
const file = resolve(root, process.env.WEGWIJS_DB || 'data/wegwijs.sqlite');
const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
const target = resolve(process.argv[2] ?? resolve(root, 'data', 'backups', `wegwijs-${stamp}.sqlite`));

try {
  const { rows } = backupCounts(file, target);
  console.log(`wegwijs: backed up ${file} to ${target} (${rows} rows, integrity checked).`);
} catch (error) {
  console.error(`wegwijs: no backup made: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
