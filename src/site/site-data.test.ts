import { describe, expect, test } from 'vitest';
import { shippedGraph } from '../../tests/support/content.js';
import { buildSiteData, ENTRY_FLOW, HIDE_FLOW, knownGemeente, stepPath } from './site-data.js';
import { HIDE_PATH, STEP_PREFIX } from './urls.js';

const site = buildSiteData(shippedGraph());

describe('site data', () => {
  test('the entry conversation starts at /, the hiding tips at their neutral address, every other step at /s/<key>', () => {
    expect(stepPath(site, site.graph.flows[ENTRY_FLOW].start)).toBe('/');
    expect(stepPath(site, site.graph.flows[HIDE_FLOW].start)).toBe(HIDE_PATH);
    const other = Object.values(site.graph.steps).find((step) => step.ref !== site.rootRef && step.ref !== site.hideRef)!;
    expect(stepPath(site, other.ref)).toBe(`${STEP_PREFIX}${other.key}`);
    expect(site.byKey.get(other.key)).toBe(other.ref);
  });

  test('a step page knows its way back: the canonical parent from the compiler', () => {
    for (const step of Object.values(site.graph.steps)) expect(site.parent.get(step.ref)).toBe(step.parent);
  });

  test('only municipality codes from the data are kept from a URL', () => {
    expect(knownGemeente(site, 'GM0637')).toBe('GM0637');
    for (const unknown of ['GM9999', 'gm0637', '<script>', '', undefined]) expect(knownGemeente(site, unknown)).toBeUndefined();
  });

  test('the day-and-night line to call while another channel is closed', () => {
    expect(site.dayAndNight).toMatchObject({ kind: 'phone', hours: '24/7' });
  });
});
