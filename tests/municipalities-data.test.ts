// flows/gemeenten/nederland.json is the shared municipality table, imported
// (src/cli/import-municipalities.ts): the import is reproducible, and the
// file says what the table says, no more.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type NationalFile, nationalJson, parseCsv } from '../src/cli/import-municipalities.js';

const SHARED = join(process.cwd(), '..', 'shared', 'facts', 'municipalities');
const committed = readFileSync(join(process.cwd(), 'flows', 'gemeenten', 'nederland.json'), 'utf8');
const data = JSON.parse(committed) as NationalFile;

describe.skipIf(!existsSync(SHARED))('nederland.json against the shared table', () => {
  const rows = parseCsv(readFileSync(join(SHARED, 'municipalities.csv'), 'utf8'));

  it('is exactly what the import makes of the table today', () => {
    expect(nationalJson(SHARED)).toBe(committed);
  });

  it('has the CBS count the table states, with every code, name, province and Veilig Thuis field as in the table', () => {
    const readme = readFileSync(join(SHARED, 'README.md'), 'utf8');
    expect(readme).toContain(`every one of the ${data.count} gemeenten`);
    expect(data.count).toBe(342);
    expect(data.municipalities).toHaveLength(rows.length);
    expect(rows).toHaveLength(342);
    for (const row of rows) {
      const m = data.municipalities.find((x) => x.code === row.code)!;
      expect(m, row.code).toBeDefined();
      expect(m.name).toBe(row.display_name);
      expect(m.province).toBe(row.province);
      // Empty stays empty: never the veiligheidsregio in its place.
      expect(m.veiligThuis).toBe(row.veilig_thuis_region || null);
    }
  });

  it('gives every alias of the table to the municipality it names', () => {
    for (const a of parseCsv(readFileSync(join(SHARED, 'aliases.csv'), 'utf8'))) {
      const m = data.municipalities.find((x) => x.code === a.code)!;
      const names = [...(m.aliases ?? []), ...(m.partOf ?? []).map((p) => p.name), m.name];
      expect(names, `${a.alias} → ${a.name}`).toContain(a.alias);
    }
  });
});

describe('nederland.json on its own', () => {
  it('counts: 342 municipalities, 87 with a sourced Veilig Thuis region, 7 regions', () => {
    expect(data.municipalities).toHaveLength(342);
    expect(data.municipalities.filter((m) => m.veiligThuis)).toHaveLength(87);
    expect(data.veiligThuisRegions.map((r) => r.name)).toHaveLength(7);
    for (const r of data.veiligThuisRegions) for (const key of r.sources) expect(data.sources[key]?.url, key).toMatch(/^https?:\/\//);
  });
});
