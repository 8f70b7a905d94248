// Reads the municipality data files into Graph.municipalities, with author-
// facing diagnostics (WW030–WW036, WW060–WW062, docs/diagnostics.md). Pure: no I/O.
//
// One home per fact: nederland.json (generated from the shared table) gives
// every municipality's code, name, province, other names and Veilig Thuis
// region; a region file (haaglanden.json …) adds local data for some of them
// (website, verified municipal number, local teams, the shelter).

import { CBS_CODE, isLocalRef, type LocalHelp, type Municipality } from '../graph/municipality.js';
import type { Service } from '../shared/api-types.js';
import { type Code, type Diagnostic, type DiagnosticValues, diag } from './diagnostics.js';
import {
  municipalityFileSchema,
  municipalitySchema,
  type NationalRow,
  nationalFileSchema,
  nationalRowSchema,
  type RegionData,
  regionSchema,
} from './local-schema.js';
import { isMissingField } from './schema.js';
import { type JsonPath, readJsonSource } from './source.js';
import { attachStatedHelp, isStatedHelpFile } from './stated-help-files.js';
import type { SourceFile } from './types.js';
import { issueDetail, zodLanguage } from './zod-text.js';

export interface LocalResult {
  municipalities: Record<string, Municipality>;
  diagnostics: Diagnostic[];
}

/** The file with every municipality; the other files in flows/gemeenten/ are region files. */
export const NATIONAL_FILE = 'nederland.json';

const isNational = (file: SourceFile) => file.file.replace(/\\/g, '/').endsWith(`/${NATIONAL_FILE}`) || file.file === NATIONAL_FILE;

/** Reports a finding at the line of a key path of the file (src/compiler/source.ts). */
type Report = (code: Code, at: JsonPath, values: DiagnosticValues, variant?: string) => void;

/** The file's value and its reporter, or undefined after reporting a syntax error (once: nothing cascades from it). */
function readFile(file: SourceFile, diagnostics: Diagnostic[]): { json: unknown; report: Report } | undefined {
  const read = readJsonSource(file.source);
  if (!read.ok) {
    diagnostics.push(
      diag('WW030', file.file, read.line, { column: read.column, reason: issueDetail({ message: read.reason }) }, 'notJson'),
    );
    return undefined;
  }
  return {
    json: read.value,
    report: (code, at, values, variant) => diagnostics.push(diag(code, file.file, read.lineOf(at), values, variant)),
  };
}

/** nederland.json: every municipality with its national facts, checked row by row; null when it is not JSON. */
function readNational(file: SourceFile, diagnostics: Diagnostic[]): Map<string, { row: NationalRow; regionId: string | null }> | null {
  const rows = new Map<string, { row: NationalRow; regionId: string | null }>();
  const read = readFile(file, diagnostics);
  if (!read) return null;
  const { json, report } = read;
  const shape = nationalFileSchema.safeParse(json, zodLanguage());
  if (!shape.success) {
    const issue = shape.error.issues[0];
    report(
      'WW030',
      issue.path.map(String),
      { file: NATIONAL_FILE, field: issue.path.join('.') || '—', detail: issueDetail(issue) },
      'nationalShape',
    );
    return rows;
  }
  const regions = new Map(shape.data.veiligThuisRegions.map((r) => [r.name, r.id]));
  shape.data.municipalities.forEach((entry, index) => {
    const code = (entry as { code?: unknown })?.code;
    const needle = ['municipalities', index, 'code'];
    const parsed = nationalRowSchema.safeParse(entry, zodLanguage());
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      report(
        'WW030',
        ['municipalities', index, ...issue.path.map(String)],
        { number: index + 1, code: String(code), field: issue.path.join('.') || '—', detail: issueDetail(issue) },
        'nationalRow',
      );
      return;
    }
    const row = parsed.data;
    if (!CBS_CODE.test(row.code)) {
      report('WW033', needle, { code: row.code, name: row.name }, 'national');
      return;
    }
    if (rows.has(row.code)) {
      report('WW032', needle, { code: row.code, file: NATIONAL_FILE }, 'national');
      return;
    }
    if (row.veiligThuis !== null && !regions.has(row.veiligThuis)) {
      report(
        'WW031',
        needle,
        { name: row.name, region: row.veiligThuis, file: NATIONAL_FILE, known: [...regions.keys()].join(', ') },
        'veiligThuis',
      );
    }
    rows.set(row.code, { row, regionId: row.veiligThuis ? (regions.get(row.veiligThuis) ?? null) : null });
  });
  if (rows.size !== shape.data.count) {
    report('WW060', ['count'], { file: NATIONAL_FILE, count: rows.size, expected: shape.data.count });
  }
  return rows;
}

/**
 * `stale(verified)` is true when a check date lies more than a year before the compile date.
 * `services` is null when the registry could not be read: that was reported once, and
 * the local help is not checked against it (every entry would be "unknown").
 */
export function compileMunicipalities(
  allFiles: readonly SourceFile[],
  registry: Record<string, Service> | null,
  stale: (verified: string) => boolean,
): LocalResult {
  const services = registry ?? {};
  // gemeente-GM0000.json: help a municipality states itself (src/compiler/stated-help-files.ts).
  const files = allFiles.filter((f) => !isStatedHelpFile(f.file));
  const diagnostics: Diagnostic[] = [];
  const municipalities: Record<string, Municipality> = {};
  const nationalFile = files.find(isNational);
  const read = nationalFile ? readNational(nationalFile, diagnostics) : new Map<string, { row: NationalRow; regionId: string | null }>();
  // A national list that is not JSON was reported once; its municipalities are then not "unknown" one by one.
  const nationalRead = read !== null;
  const national = read ?? new Map<string, { row: NationalRow; regionId: string | null }>();
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
    const shape = municipalityFileSchema.safeParse(json, zodLanguage());
    if (!shape.success) {
      report('WW030', [], {}, 'shape');
      continue;
    }
    const parsedRegion = regionSchema.safeParse(shape.data.region, zodLanguage());
    if (!parsedRegion.success) {
      const issue = parsedRegion.error.issues[0];
      const vt = issue.path[0] === 'veiligThuis' || (issue.code === 'unrecognized_keys' && issue.keys.includes('veiligThuis'));
      report(
        'WW030',
        ['region', ...issue.path.map(String)],
        { field: issue.path.join('.'), detail: issueDetail(issue), file: NATIONAL_FILE },
        vt ? 'regionVeiligThuis' : 'region',
      );
      continue;
    }
    const region = parsedRegion.data;
    const otherRegionFile = regionFiles.get(region.id);
    if (otherRegionFile) {
      report('WW032', ['region'], { id: region.id, file: otherRegionFile }, 'region');
      continue;
    }
    regionFiles.set(region.id, file.file);
    checkLocal(region.local ?? {}, ['region'], region.name);

    shape.data.municipalities.forEach((entry, index) => {
      const code = (entry as { code?: unknown })?.code;
      const needle = ['municipalities', index, 'code'];
      const parsed = municipalitySchema.safeParse(entry, zodLanguage());
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const values = { number: index + 1, code: String(code), field: issue.path.join('.') || '—', detail: issueDetail(issue) };
        report(
          'WW030',
          ['municipalities', index, ...issue.path.map(String)],
          values,
          isMissingField(entry, issue.path) ? 'missing' : 'invalid',
        );
        return;
      }
      const m = parsed.data;
      if (!CBS_CODE.test(m.code)) {
        report('WW033', needle, { code: m.code }, 'region');
        return;
      }
      const otherFile = where.get(m.code);
      if (otherFile) {
        report('WW032', needle, { code: m.code, file: otherFile }, 'municipality');
        return;
      }
      const base = municipalities[m.code];
      if (!base) {
        if (nationalRead) report('WW061', needle, { code: m.code, file: NATIONAL_FILE });
        return;
      }
      if (m.name && m.name !== base.name) {
        report('WW062', ['municipalities', index, 'name'], { code: m.code, name: base.name, file: NATIONAL_FILE, written: m.name });
      }
      if (m.subregion && !(region.subregions ?? []).includes(m.subregion)) {
        report(
          'WW031',
          ['municipalities', index, 'subregion'],
          { name: base.name, subregion: m.subregion, region: region.id, known: (region.subregions ?? []).join(', ') || '—' },
          'subregion',
        );
      }
      for (const verified of [m.verified, m.contact?.verified]) {
        if (verified && stale(verified)) {
          report('WW035', needle, { name: base.name, code: m.code, verified }, 'municipality');
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
      if (!registry) return;
      for (const [id, help] of Object.entries(local)) {
        const needle = [...entry, 'local', id];
        if (services[id]?.scope !== 'local') {
          const known = Object.values(services)
            .filter((s) => s.scope === 'local')
            .map((s) => s.id);
          report('WW036', needle, { owner, id, known: known.join(', ') || '—' }, 'notLocal');
          continue;
        }
        if (help) checkHelp(help, needle, `${owner}, ${id}`);
      }
    }

    function checkHelp(help: LocalHelp, needle: JsonPath, owner: string) {
      if (isLocalRef(help)) {
        if (!services[help.service]) report('WW036', needle, { owner, id: help.service }, 'unknown');
        else if (services[help.service].scope === 'local') report('WW036', needle, { owner, id: help.service }, 'placeholder');
        return;
      }
      if (help.phone && !help.verified) {
        report('WW034', needle, { owner, phone: help.phone.display });
      }
      if (help.verified && stale(help.verified)) {
        report('WW035', needle, { owner, verified: help.verified }, 'local');
      }
    }
  }
  if (nationalRead)
    diagnostics.push(
      ...attachStatedHelp(
        allFiles.filter((f) => isStatedHelpFile(f.file)),
        municipalities,
      ),
    );
  return { municipalities, diagnostics };
}
