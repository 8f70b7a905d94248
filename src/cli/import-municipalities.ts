// `npx tsx src/cli/import-municipalities.ts [shared-folder]`: writes
// flows/gemeenten/nederland.json, every Dutch municipality, from the shared
// fact table (default ../shared/facts/municipalities: municipalities.csv,
// aliases.csv, sources.json). Run it again when that table changes (a new
// CBS division, a merger); the output is committed and reviewed like any
// content change. Deterministic: the same table gives the same bytes
// (tests/municipalities-data.test.ts checks that).
//
// Nothing is guessed: an empty Veilig Thuis field stays null (the table's
// README explains why a veiligheidsregio is not a Veilig Thuis region).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeAtomic } from './write-atomic.js';

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): Array<Record<string, string>> {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += ch;
  }
  if (field || row.length) row.push(field), rows.push(row);
  const [header, ...body] = rows.filter((r) => r.some((f) => f !== ''));
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

interface SourceEntry {
  url: string;
  title: string;
  date: string;
}

export interface NationalRow {
  code: string;
  name: string;
  cbsName?: string;
  province: string;
  aliases?: string[];
  /** Former municipalities split over several current ones: the name, and the part that came here. */
  partOf?: Array<{ name: string; part: string }>;
  veiligThuis: string | null;
  sources: string[];
  sourceDate: string;
  notes?: string;
}

export interface VeiligThuisRegion {
  /** Stable id for counts per region: "veilig-thuis-haaglanden". */
  id: string;
  name: string;
  /** Source keys: where the region's municipalities are named. */
  sources: string[];
  /** The table's remark on how sure the area is ("volgt VR (bevestigd)"). */
  status: string;
}

export interface NationalFile {
  format: 1;
  about: string;
  division: string;
  count: number;
  imported: string;
  sources: Record<string, SourceEntry>;
  veiligThuisRegions: VeiligThuisRegion[];
  municipalities: NationalRow[];
}

/** Village names in an "ambiguous" note such as "ja: dorp Helvoirt" or "ja: deel (Middag-Humsterland: Ezinge, Feerwerd, Garnwerd)". */
function villagesIn(note: string): string[] {
  const dorp = /dorp ([\p{L}-]+)/u.exec(note);
  if (dorp) return [dorp[1]];
  const list = /\([^:]+:\s*([^)]+)\)/.exec(note);
  return list
    ? list[1]
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
}

export function buildNationalFile(folder: string): NationalFile {
  const rows = parseCsv(readFileSync(join(folder, 'municipalities.csv'), 'utf8'));
  const aliasRows = parseCsv(readFileSync(join(folder, 'aliases.csv'), 'utf8'));
  const sources = JSON.parse(readFileSync(join(folder, 'sources.json'), 'utf8')) as Record<string, SourceEntry>;
  // The count the table's README states ("every one of the 342 gemeenten"): the compiler checks the rows against it (WW060).
  const stated = /every one of the (\d+) gemeenten/.exec(readFileSync(join(folder, 'README.md'), 'utf8'));
  if (!stated) throw new Error('The README of the municipality table no longer states the count ("every one of the N gemeenten").');
  const keyOf = new Map(Object.entries(sources).map(([key, s]) => [s.url, key]));
  const used = new Set<string>();

  const municipalities = rows.map((r): NationalRow => {
    const aliases = new Set<string>();
    const partOf: Array<{ name: string; part: string }> = [];
    if (r.name !== r.display_name) aliases.add(r.name);
    // "Haaren (deels)": a split former municipality, handled below from aliases.csv.
    for (const former of r.former_names
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean))
      if (!former.endsWith('(deels)')) aliases.add(former);
    for (const a of aliasRows.filter((a) => a.code === r.code)) {
      if (a.ambiguous.startsWith('ja')) {
        aliases.delete(a.alias);
        partOf.push({ name: a.alias, part: a.ambiguous.replace(/^ja:\s*/, '') });
        for (const village of villagesIn(a.ambiguous)) aliases.add(village);
      } else aliases.add(a.alias);
    }
    aliases.delete(r.display_name);
    const rowSources = r.source
      .split('|')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((url) => keyOf.get(url) ?? url);
    for (const key of rowSources) used.add(key);
    return {
      code: r.code,
      name: r.display_name,
      ...(r.name !== r.display_name ? { cbsName: r.name } : {}),
      province: r.province,
      ...(aliases.size ? { aliases: [...aliases].sort((a, b) => a.localeCompare(b, 'nl')) } : {}),
      ...(partOf.length ? { partOf } : {}),
      veiligThuis: r.veilig_thuis_region.trim() || null,
      sources: rowSources,
      sourceDate: r.source_date,
      ...(r.notes.trim() ? { notes: r.notes.trim() } : {}),
    };
  });
  municipalities.sort((a, b) => a.code.localeCompare(b.code));

  // A region only where the table assigns municipalities to it by a source.
  const regionRows = parseCsv(readFileSync(join(folder, 'veilig_thuis_regions.csv'), 'utf8'));
  const veiligThuisRegions: VeiligThuisRegion[] = [];
  for (const name of [...new Set(municipalities.map((m) => m.veiligThuis).filter((n): n is string => Boolean(n)))].sort()) {
    const vr = rows.find((r) => r.veilig_thuis_region === name)!.veiligheidsregio.split(' ')[0];
    const row = regionRows.find((r) => r.vr_code === vr);
    const regionSources = (row?.source ?? '')
      .split('|')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((url) => keyOf.get(url) ?? url);
    for (const key of regionSources) used.add(key);
    const id = name
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    veiligThuisRegions.push({ id, name, sources: regionSources, status: row?.['status_t.o.v._veiligheidsregio'] ?? '' });
  }
  return {
    format: 1,
    about:
      'Every Dutch municipality (CBS division of 1 January 2026): code, name as people say it, province, other names, and the Veilig Thuis region where a source names it (null: not sourced, never assumed). Generated by src/cli/import-municipalities.ts from shared/facts/municipalities/ (see its README); do not edit by hand.',
    division: 'CBS 86247NED Gebieden in Nederland 2026 (indeling per 2026-01-01)',
    count: Number(stated[1]),
    imported: 'shared/facts/municipalities (municipalities.csv, aliases.csv, sources.json)',
    sources: Object.fromEntries(
      [...used]
        .filter((k) => sources[k])
        .sort()
        .map((k) => [k, { url: sources[k].url, title: sources[k].title, date: sources[k].date }]),
    ),
    veiligThuisRegions,
    municipalities,
  };
}

export function nationalJson(folder: string): string {
  return JSON.stringify(buildNationalFile(folder), null, 1) + '\n';
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const folder = resolve(process.argv[2] ?? join(process.cwd(), '..', 'shared', 'facts', 'municipalities'));
  const out = join(process.cwd(), 'flows', 'gemeenten', 'nederland.json');
  const json = nationalJson(folder);
  writeAtomic(out, json);
  const file = JSON.parse(json) as NationalFile;
  const withVt = file.municipalities.filter((m) => m.veiligThuis).length;
  console.log(`Wrote ${out}: ${file.count} municipalities, ${withVt} with a Veilig Thuis region.`);
}
