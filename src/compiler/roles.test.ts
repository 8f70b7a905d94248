import { describe, expect, it } from 'vitest';
import { compile, type SourceFile } from './compile.js';
import { rolesCheck } from './roles.js';

const today = new Date('2026-06-01T12:00:00Z');
const phone = (tel: string, hours: unknown = '24/7') => ({ kind: 'phone', display: tel, tel, hours });
const service = (id: string, channels: object[], verified: string | null = '2026-01-01') => ({
  id,
  name: id,
  purpose: 'Hulp.',
  channels,
  free: null,
  anonymous: null,
  scope: 'national',
  source: 'test',
  publicSource: 'voorbeeld.nl, 2026',
  verified,
});
const services = [
  service('112', [phone('112')]),
  service('veilig-thuis', [phone('08002000')]),
  service('kantoor', [phone('08001234', { weekly: { ma: [['09:00', '17:00']] }, publicHolidays: 'closed' })]),
];
const roles = {
  emergency: '112',
  dayAndNight: 'veilig-thuis',
  regional: 'veilig-thuis',
  builtIn: [
    { service: '112', purpose: 'danger' },
    { service: 'veilig-thuis', purpose: 'vtPurpose' },
  ],
  statsGroups: [
    { id: 'advies', label: 'Advies' },
    { id: 'melden', label: 'Melden', services: ['112'] },
  ],
};
const flow: SourceFile = {
  file: 'flows/test.md',
  source: '---\nformat: 1\nid: test\ntitle: T\naudience: iedereen\nlang: nl\n---\n\n## begin\nBel 112.\n\nHulp: 112, veilig-thuis\n',
};

function run(block: unknown, list: object[] = services) {
  const source = JSON.stringify({ format: 1, services: list, ...(block === undefined ? {} : { roles: block }) }, null, 2);
  return compile({ flows: [flow], services: { file: 'flows/services.json', source }, today }, [rolesCheck]);
}
const codes = (block: unknown, list?: object[]) => run(block, list).diagnostics.map((d) => d.code);

describe('the roles block', () => {
  it('is carried, resolved, as graph.roles', () => {
    const result = run(roles);
    expect(result.diagnostics).toEqual([]);
    expect(result.graph!.roles).toEqual(roles);
  });

  it('WW070: a block of the wrong shape', () => {
    expect(codes({ ...roles, nightLine: 'veilig-thuis' })).toEqual(['WW070']);
    expect(codes({ ...roles, builtIn: [{ service: '112' }] })).toEqual(['WW070']);
    // Exactly one group takes every other service.
    expect(
      codes({
        ...roles,
        statsGroups: [
          { id: 'a', label: 'A' },
          { id: 'b', label: 'B' },
        ],
      }),
    ).toEqual(['WW070']);
  });

  it('WW071: a role names a service that is not in the registry, at its line', () => {
    const result = run({ ...roles, dayAndNight: 'veiligthuis' });
    expect(result.graph).toBeNull();
    expect(result.diagnostics.map((d) => d.code)).toEqual(['WW071']);
    const source = JSON.stringify({ format: 1, services, roles: { ...roles, dayAndNight: 'veiligthuis' } }, null, 2).split('\n');
    expect(source[result.diagnostics[0].line - 1]).toContain('"veiligthuis"');
    expect(
      codes({
        ...roles,
        statsGroups: [
          { id: 'advies', label: 'A' },
          { id: 'x', label: 'X', services: ['onbekend'] },
        ],
      }),
    ).toEqual(['WW071']);
  });

  it('WW072: real content needs every role but the regional one', () => {
    expect(codes(undefined)).toEqual(['WW072', 'WW072', 'WW072', 'WW072']);
    const { regional: _, ...withoutRegional } = roles;
    expect(codes(withoutRegional)).toEqual([]);
    expect(run({ ...roles, builtIn: [] }).diagnostics[0].message).toContain('builtIn');
  });

  it('WW073: the day-and-night role needs a verified phone line open 24/7', () => {
    expect(codes({ ...roles, dayAndNight: 'kantoor' })).toEqual(['WW073']);
    const chatOnly = service('veilig-thuis', [{ kind: 'chat', url: 'https://chat.example', label: 'Chat', hours: '24/7' }]);
    expect(codes({ ...roles, builtIn: [roles.builtIn[0]] }, [services[0], chatOnly])).toEqual(['WW073']);
  });

  it('WW074: a built-in line needs a verified phone number', () => {
    const list = [services[0], services[1], service('csg', [])];
    expect(codes({ ...roles, builtIn: [...roles.builtIn, { service: 'csg', purpose: 'csgPurpose' }] }, list)).toEqual(['WW074']);
  });

  it('the shipped registry has all its roles', async () => {
    const { compileFromDisk } = await import('./load.js');
    const { graph } = compileFromDisk(process.cwd());
    expect(graph!.roles.emergency).toBeDefined();
    expect(graph!.roles.builtIn.map((line) => line.service)[0]).toBe(graph!.roles.emergency);
  });
});
