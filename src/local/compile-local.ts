// Reads the municipality data files into Graph.municipalities, with author-
// facing diagnostics (WW030–WW036, docs/diagnostics.md). Pure: no I/O.
import type { SourceFile } from '../content/compile.js';
import { diag, type Code, type Diagnostic } from '../content/diagnostics.js';
import type { Service } from '../shared/api-types.js';
import { VEILIG_THUIS_REGIONS } from './regions.js';
import { isMissingField } from '../content/schema.js';
import { municipalityFileSchema, municipalitySchema, regionSchema, type RegionData } from './schema.js';
import { attachStatedHelp, isStatedHelpFile } from './stated-help-files.js';
import { CBS_CODE, isLocalRef, type LocalHelp, type Municipality } from './types.js';

export interface LocalResult {
  municipalities: Record<string, Municipality>;
  diagnostics: Diagnostic[];
}

/** `stale(verified)` is true when a check date lies more than a year before the compile date. */
export function compileMunicipalities(allFiles: readonly SourceFile[], services: Record<string, Service>, stale: (verified: string) => boolean): LocalResult {
  // gemeente-GM0000.json: help a municipality states itself (src/local/stated-help-files.ts).
  const files = allFiles.filter((f) => !isStatedHelpFile(f.file));
  const diagnostics: Diagnostic[] = [];
  const municipalities: Record<string, Municipality> = {};
  const where = new Map<string, string>();
  const regionFiles = new Map<string, string>();

  for (const file of files) {
    const lines = file.source.split('\n');
    const lineOf = (needle: string) => Math.max(1, lines.findIndex((l) => l.includes(needle)) + 1);
    const report = (code: Code, needle: string, message: string, hint: string) => diagnostics.push(diag(code, file.file, lineOf(needle), message, hint));

    let json: unknown;
    try {
      json = JSON.parse(file.source);
    } catch (error) {
      report('WW030', '', `The file is not valid JSON: ${(error as Error).message}.`, 'Check commas and quotes; a JSON validator in your editor shows the spot.');
      continue;
    }
    const shape = municipalityFileSchema.safeParse(json);
    if (!shape.success) {
      report('WW030', '', 'A municipality file must be { "format": 1, "region": { ... }, "municipalities": [ ... ] }.', 'Compare with the example in docs/local-help.md.');
      continue;
    }
    const parsedRegion = regionSchema.safeParse(shape.data.region);
    if (!parsedRegion.success) {
      const issue = parsedRegion.error.issues[0];
      report('WW030', '"region"', `region.${issue.path.join('.')}: ${issue.message}.`, 'The region needs id, name, veiligThuis and source; see docs/local-help.md.');
      continue;
    }
    const region = parsedRegion.data;
    if (regionFiles.has(region.id)) {
      report('WW032', '"region"', `The region id "${region.id}" is also used in ${regionFiles.get(region.id)}.`, 'Keep one file per region, with its own id.');
      continue;
    }
    regionFiles.set(region.id, file.file);
    if (!(VEILIG_THUIS_REGIONS as readonly string[]).includes(region.veiligThuis)) {
      report('WW031', '"veiligThuis"', `"${region.veiligThuis}" is not a known Veilig Thuis region.`, `Known: ${VEILIG_THUIS_REGIONS.join(', ')}. A new one goes into src/local/regions.ts with its source.`);
    }
    checkLocal(region.local ?? {}, '"region"', `region ${region.id}`);

    shape.data.municipalities.forEach((entry, index) => {
      const code = (entry as { code?: unknown })?.code;
      const needle = typeof code === 'string' ? `"${code}"` : '"municipalities"';
      const parsed = municipalitySchema.safeParse(entry);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const what = isMissingField(entry, issue.path) ? `"${issue.path.join('.')}" is missing` : `${issue.path.join('.') || 'entry'}: ${issue.message}`;
        report('WW030', needle, `Municipality #${index + 1} (${String(code)}): ${what}.`, 'Every municipality needs code, name, website, source and verified; see docs/local-help.md.');
        return;
      }
      const m = parsed.data;
      if (!CBS_CODE.test(m.code)) {
        report('WW033', needle, `"${m.code}" (${m.name}) is not a CBS municipality code.`, 'Write "GM" and four digits, as CBS lists it: GM0637 for Zoetermeer.');
        return;
      }
      if (where.has(m.code)) {
        report('WW032', needle, `The code ${m.code} is also used in ${where.get(m.code)}.`, 'Each municipality appears once, in the file of its region.');
        return;
      }
      const sameName = Object.values(municipalities).find((other) => other.name === m.name);
      if (sameName) report('WW032', needle, `The name "${m.name}" is also used for ${sameName.code}.`, 'Give each municipality its own name, as CBS writes it.');
      if (m.subregion && !(region.subregions ?? []).includes(m.subregion)) {
        report('WW031', needle, `${m.name}: the sub-region "${m.subregion}" is not one of region ${region.id}.`, `Known: ${(region.subregions ?? []).join(', ') || 'none'}. Add it to region.subregions, or fix the spelling.`);
      }
      if (m.verified && stale(m.verified)) {
        report('WW035', needle, `${m.name} (${m.code}) was last checked in ${m.verified}, more than a year ago.`, 'Check the code, the name and the website again and update "verified" (and "source").');
      }
      const local = { ...region.local, ...m.local };
      checkLocal(m.local ?? {}, needle, m.name);
      where.set(m.code, file.file);
      municipalities[m.code] = {
        code: m.code,
        name: m.name,
        aliases: m.aliases ?? [],
        region: region.name,
        regionId: region.id,
        subregion: m.subregion ?? null,
        veiligThuis: region.veiligThuis,
        website: m.website,
        source: m.source,
        verified: m.verified,
        local: Object.fromEntries(Object.entries(local).filter(([id]) => services[id]?.scope === 'local')),
      };
    });

    function checkLocal(local: NonNullable<RegionData['local']>, needle: string, owner: string) {
      for (const [id, help] of Object.entries(local)) {
        if (services[id]?.scope !== 'local') {
          const known = Object.values(services).filter((s) => s.scope === 'local').map((s) => s.id);
          report('WW036', needle, `${owner}: "${id}" is not a local service of the registry.`, `Local services (scope "local" in flows/services.json): ${known.join(', ') || 'none'}.`);
          continue;
        }
        if (help) checkHelp(help, needle, `${owner}, ${id}`);
      }
    }

    function checkHelp(help: LocalHelp, needle: string, owner: string) {
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
