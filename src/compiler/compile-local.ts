// Reads the municipality data files into Graph.municipalities, with author-
// facing diagnostics (WW030–WW036, WW060–WW062, docs/diagnostics.md). Pure: no I/O.
//
// One home per fact: nederland.json (generated from the shared table) gives
// every municipality's code, name, province, other names and Veilig Thuis
// region; a region file (haaglanden.json …) adds local data for some of them
// (website, verified municipal number, local teams, the shelter).
import type { SourceFile } from './compile.js';
import { diag, type Code, type Diagnostic } from './diagnostics.js';
import { isMissingField } from './schema.js';
import { readJsonSource, type JsonPath } from './source.js';
import type { Service } from '../shared/api-types.js';
import { municipalityFileSchema, municipalitySchema, nationalFileSchema, nationalRowSchema, regionSchema, type NationalRow, type RegionData } from './local-schema.js';
import { attachStatedHelp, isStatedHelpFile } from './stated-help-files.js';
import { CBS_CODE, isLocalRef, type LocalHelp, type Municipality } from '../graph/municipality.js';

export interface LocalResult {
  municipalities: Record<string, Municipality>;
  diagnostics: Diagnostic[];
}

/** The file with every municipality; the other files in flows/gemeenten/ are region files. */
export const NATIONAL_FILE = 'nederland.json';

const isNational = (file: SourceFile) => file.file.replace(/\\/g, '/').endsWith(`/${NATIONAL_FILE}`) || file.file === NATIONAL_FILE;

/** Reports a finding at the line of a key path of the file (src/compiler/source.ts). */
type Report = (code: Code, at: JsonPath, message: string, hint: string) => void;

/** The file's value and its reporter, or undefined after reporting a syntax error (once: nothing cascades from it). */
function readFile(file: SourceFile, diagnostics: Diagnostic[]): { json: unknown; report: Report } | undefined {
  const read = readJsonSource(file.source);
  if (!read.ok) {
    diagnostics.push(diag('WW030', file.file, read.line, `The file is not valid JSON (column ${read.column}): ${read.reason}.`, 'Check commas and quotes on this line and the line above; a JSON validator in your editor shows the spot.'));
    return undefined;
  }
  return { json: read.value, report: (code, at, message, hint) => diagnostics.push(diag(code, file.file, read.lineOf(at), message, hint)) };
}

/** nederland.json: every municipality with its national facts, checked row by row. */
function readNational(file: SourceFile, diagnostics: Diagnostic[]): Map<string, { row: NationalRow; regionId: string | null }> {
  const rows = new Map<string, { row: NationalRow; regionId: string | null }>();
  const read = readFile(file, diagnostics);
  if (!read) return rows;
  const { json, report } = read;
  const shape = nationalFileSchema.safeParse(json);
  if (!shape.success) {
    const issue = shape.error.issues[0];
    report('WW030', issue.path.map(String), `${NATIONAL_FILE}: ${issue.path.join('.') || 'file'}: ${issue.message}.`, 'This file is generated: run `npx tsx src/cli/import-municipalities.ts` again instead of editing it (docs/local-help.md).');
    return rows;
  }
  const regions = new Map(shape.data.veiligThuisRegions.map((r) => [r.name, r.id]));
  shape.data.municipalities.forEach((entry, index) => {
    const code = (entry as { code?: unknown })?.code;
    const needle = ['municipalities', index, 'code'];
    const parsed = nationalRowSchema.safeParse(entry);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      report('WW030', ['municipalities', index, ...issue.path.map(String)], `Municipality #${index + 1} (${String(code)}): ${issue.path.join('.') || 'entry'}: ${issue.message}.`, 'Run the import again (src/cli/import-municipalities.ts); fix the shared table, not this file.');
      return;
    }
    const row = parsed.data;
    if (!CBS_CODE.test(row.code)) {
      report('WW033', needle, `"${row.code}" (${row.name}) is not a CBS municipality code.`, 'Write "GM" and four digits, as CBS lists it: GM0637 for Zoetermeer.');
      return;
    }
    if (rows.has(row.code)) {
      report('WW032', needle, `The code ${row.code} is in ${NATIONAL_FILE} twice.`, 'Each municipality appears once.');
      return;
    }
    if (row.veiligThuis !== null && !regions.has(row.veiligThuis)) {
      report('WW031', needle, `${row.name}: "${row.veiligThuis}" is not one of the Veilig Thuis regions in ${NATIONAL_FILE}.`, `Known: ${[...regions.keys()].join(', ')}.`);
    }
    rows.set(row.code, { row, regionId: row.veiligThuis ? (regions.get(row.veiligThuis) ?? null) : null });
  });
  if (rows.size !== shape.data.count) {
    report('WW060', ['count'], `${NATIONAL_FILE} has ${rows.size} valid municipalities, but CBS counts ${shape.data.count} for this division.`, 'Run the import again from the shared table; a missing or extra municipality is a fault in the table or the import.');
  }
  return rows;
}

/** `stale(verified)` is true when a check date lies more than a year before the compile date. */
export function compileMunicipalities(allFiles: readonly SourceFile[], services: Record<string, Service>, stale: (verified: string) => boolean): LocalResult {
  // gemeente-GM0000.json: help a municipality states itself (src/compiler/stated-help-files.ts).
  const files = allFiles.filter((f) => !isStatedHelpFile(f.file));
  const diagnostics: Diagnostic[] = [];
  const municipalities: Record<string, Municipality> = {};
  const national = files.filter(isNational).map((f) => readNational(f, diagnostics))[0] ?? new Map();
  for (const [code, { row, regionId }] of national) {
    const names = [...(row.aliases ?? []), ...(row.partOf ?? []).map((p) => p.name)];
    municipalities[code] = {
      code,
      name: row.name,
      province: row.province,
      aliases: [...new Set(names)],
      partOf: row.partOf ?? [],
      veiligThuis: row.veiligThuis,
      veiligThuisId: regionId,
      region: null,
      regionId: null,
      subregion: null,
      website: null,
      contact: null,
      source: `${NATIONAL_FILE}: ${row.sources.join(', ')} (${row.sourceDate})`,
      verified: null,
      local: {},
    };
  }

  const where = new Map<string, string>();
  const regionFiles = new Map<string, string>();
  for (const file of files) {
    if (isNational(file)) continue;
    const read = readFile(file, diagnostics);
    if (!read) continue;
    const { json, report } = read;
    const shape = municipalityFileSchema.safeParse(json);
    if (!shape.success) {
      report('WW030', [], 'A municipality file must be { "format": 1, "region": { ... }, "municipalities": [ ... ] }.', 'Compare with the example in docs/local-help.md.');
      continue;
    }
    const parsedRegion = regionSchema.safeParse(shape.data.region);
    if (!parsedRegion.success) {
      const issue = parsedRegion.error.issues[0];
      const vt = issue.path[0] === 'veiligThuis' || (issue.code === 'unrecognized_keys' && issue.keys.includes('veiligThuis'));
      const hint = vt ? `The Veilig Thuis region comes from ${NATIONAL_FILE} (the shared table); remove it here.` : 'The region needs id, name and source; see docs/local-help.md.';
      report('WW030', ['region', ...issue.path.map(String)], `region.${issue.path.join('.')}: ${issue.message}.`, hint);
      continue;
    }
    const region = parsedRegion.data;
    if (regionFiles.has(region.id)) {
      report('WW032', ['region'], `The region id "${region.id}" is also used in ${regionFiles.get(region.id)}.`, 'Keep one file per region, with its own id.');
      continue;
    }
    regionFiles.set(region.id, file.file);
    checkLocal(region.local ?? {}, ['region'], `region ${region.id}`);

    shape.data.municipalities.forEach((entry, index) => {
      const code = (entry as { code?: unknown })?.code;
      const needle = ['municipalities', index, 'code'];
      const parsed = municipalitySchema.safeParse(entry);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const what = isMissingField(entry, issue.path) ? `"${issue.path.join('.')}" is missing` : `${issue.path.join('.') || 'entry'}: ${issue.message}`;
        report('WW030', ['municipalities', index, ...issue.path.map(String)], `Municipality #${index + 1} (${String(code)}): ${what}.`, 'Every entry needs code, source and verified; see docs/local-help.md.');
        return;
      }
      const m = parsed.data;
      if (!CBS_CODE.test(m.code)) {
        report('WW033', needle, `"${m.code}" is not a CBS municipality code.`, 'Write "GM" and four digits, as CBS lists it: GM0637 for Zoetermeer.');
        return;
      }
      if (where.has(m.code)) {
        report('WW032', needle, `The code ${m.code} is also used in ${where.get(m.code)}.`, 'Each municipality has its local data in one region file.');
        return;
      }
      const base = municipalities[m.code];
      if (!base) {
        report('WW061', needle, `${m.code} is not a municipality of ${NATIONAL_FILE}.`, 'Check the code in GET /api/v1/municipalities; after a merger, move the data to the new municipality.');
        return;
      }
      if (m.name && m.name !== base.name) {
        report('WW062', ['municipalities', index, 'name'], `${m.code} is called "${base.name}" in ${NATIONAL_FILE}, not "${m.name}".`, `Write "name": "${base.name}", or leave the name out: ${NATIONAL_FILE} is where the name lives.`);
      }
      if (m.subregion && !(region.subregions ?? []).includes(m.subregion)) {
        report('WW031', ['municipalities', index, 'subregion'], `${base.name}: the sub-region "${m.subregion}" is not one of region ${region.id}.`, `Known: ${(region.subregions ?? []).join(', ') || 'none'}. Add it to region.subregions, or fix the spelling.`);
      }
      for (const verified of [m.verified, m.contact?.verified]) {
        if (verified && stale(verified)) {
          report('WW035', needle, `${base.name} (${m.code}) was last checked in ${verified}, more than a year ago.`, 'Check it again on the municipality\'s own site and update "verified" (and "source").');
        }
      }
      const local = { ...region.local, ...m.local };
      checkLocal(m.local ?? {}, ['municipalities', index], base.name);
      where.set(m.code, file.file);
      municipalities[m.code] = {
        ...base,
        aliases: [...new Set([...base.aliases, ...(m.aliases ?? [])])],
        region: region.name,
        regionId: region.id,
        subregion: m.subregion ?? null,
        website: m.website ?? null,
        contact: m.contact ?? null,
        source: `${base.source}; ${file.file}: ${m.source}`,
        verified: m.verified,
        local: Object.fromEntries(Object.entries(local).filter(([id]) => services[id]?.scope === 'local')),
      };
    });

    /** `entry`: the path of the region or municipality whose "local" block this is. */
    function checkLocal(local: NonNullable<RegionData['local']>, entry: JsonPath, owner: string) {
      for (const [id, help] of Object.entries(local)) {
        const needle = [...entry, 'local', id];
        if (services[id]?.scope !== 'local') {
          const known = Object.values(services).filter((s) => s.scope === 'local').map((s) => s.id);
          report('WW036', needle, `${owner}: "${id}" is not a local service of the registry.`, `Local services (scope "local" in flows/services.json): ${known.join(', ') || 'none'}.`);
          continue;
        }
        if (help) checkHelp(help, needle, `${owner}, ${id}`);
      }
    }

    function checkHelp(help: LocalHelp, needle: JsonPath, owner: string) {
      if (isLocalRef(help)) {
        if (!services[help.service]) report('WW036', needle, `${owner}: the service "${help.service}" is not in the registry.`, 'Add it to flows/services.json with its source and check date, or fix the id.');
        else if (services[help.service].scope === 'local') report('WW036', needle, `${owner}: "${help.service}" is itself a local placeholder.`, 'Point to a real service, e.g. a regional shelter.');
        return;
      }
      if (help.phone && !help.verified) {
        report('WW034', needle, `${owner}: the number ${help.phone.display} is not verified.`, 'Only numbers from shared/facts/helplines.md, checked on the organisation\'s own site, may be shown. Remove it, or set "verified" to the check date with the page in "source".');
      }
      if (help.verified && stale(help.verified)) {
        report('WW035', needle, `${owner} was last checked in ${help.verified}, more than a year ago.`, 'Check it again on the organisation\'s own site and update "verified" (and "source").');
      }
    }
  }
  diagnostics.push(...attachStatedHelp(allFiles.filter((f) => isStatedHelpFile(f.file)), municipalities));
  return { municipalities, diagnostics };
}
