// Registry entries for the compiler's and the engine's unit tests: the 112
// line as flows/services.json has it (verified, open day and night), to put
// beside the entries a test is about.
export const emergencyEntry = {
  id: '112',
  name: '112',
  purpose: 'Bij gevaar nu.',
  channels: [{ kind: 'phone', display: '112', tel: '112', hours: '24/7' }],
  free: null,
  anonymous: false,
  scope: 'national',
  source: 'test',
  publicSource: 'voorbeeld.nl, 2026',
  verified: '2026-01-01',
};
