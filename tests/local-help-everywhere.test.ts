// Local help for municipalities outside the seed regions (issue 14): for
// Amsterdam, Maastricht and Groningen, every step that ends a path and every
// step that shows Veilig Thuis also shows the municipality's local help,
// through the API and on the site's pages; Veilig Thuis's card names the
// region where the shared table gives it.
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { compileFromDisk } from '../src/compiler/load.js';
import { endsPath } from '../src/local/step-help.js';
import type { FlowResponse, Service } from '../src/shared/api-types.js';

const { graph } = compileFromDisk(process.cwd());
const app = createApp({ graph: graph! });

const CITIES = [
  { code: 'GM0363', name: 'Amsterdam', region: 'Veilig Thuis Amsterdam-Amstelland' },
  { code: 'GM0935', name: 'Maastricht', region: 'Veilig Thuis Zuid-Limburg' },
  { code: 'GM0014', name: 'Groningen', region: 'Veilig Thuis Groningen' },
];

const isLocal = (services: Record<string, Service>, id: string) => services[id]?.scope === 'local';
const needsLocal = (step: Parameters<typeof endsPath>[0] & { services: string[] }) =>
  endsPath(step) || step.services.includes('veilig-thuis');

describe('local help on every end step, outside the seed regions', () => {
  for (const city of CITIES) {
    it(`${city.name} (${city.code}) through the API`, async () => {
      let checked = 0;
      for (const flowId of Object.keys(graph!.flows)) {
        const res = await app.request(`/api/v1/flows/${flowId}?gemeente=${city.code}`);
        expect(res.status).toBe(200);
        const body = (await res.json()) as FlowResponse;
        expect(body.municipality).toEqual({ code: city.code, name: city.name, region: city.region, known: true });
        for (const step of Object.values(body.steps)) {
          if (!needsLocal(step)) continue;
          checked++;
          const local = step.services.filter((id) => isLocal(body.services, id));
          expect(local.length, `${step.ref} shows local help`).toBeGreaterThan(0);
        }
        const team = body.services['lokaal-team'];
        if (team) {
          // No sourced website in the shared table: how to find it, never a guessed link.
          expect(team.notes).toContain(`Zoek de website van gemeente ${city.name}. Daar staat hoe je hulp dichtbij krijgt.`);
          expect(team.channels.some((c) => c.kind === 'web' && /gemeente|\.nl/.test(c.url))).toBe(false);
        }
        if (body.services['veilig-thuis'])
          expect(body.services['veilig-thuis'].after).toContain(`Voor ${city.name} is dat ${city.region}.`);
      }
      expect(checked).toBeGreaterThan(20);
    });

    it(`${city.name} (${city.code}) on the site's pages`, async () => {
      let checked = 0;
      for (const step of Object.values(graph!.steps)) {
        if (!needsLocal(step)) continue;
        const res = await app.request(`/s/${step.key}?gemeente=${city.code}`);
        expect(res.status, step.ref).toBe(200);
        const html = await res.text();
        const hasLocal = step.services.some((id) => isLocal(graph!.services, id));
        if (!hasLocal) expect(html, `${step.ref}: the local team`).toContain(`Zoek de website van gemeente ${city.name}.`);
        if (step.services.includes('veilig-thuis')) expect(html, step.ref).toContain(`Voor ${city.name} is dat ${city.region}.`);
        checked++;
      }
      expect(checked).toBeGreaterThan(20);
      // Without a municipality the page stays national.
      const start = Object.values(graph!.steps).find((s) => endsPath(s) && !s.services.some((id) => isLocal(graph!.services, id)))!;
      const plain = await (await app.request(`/s/${start.key}`)).text();
      expect(plain).not.toContain('Zoek de website van gemeente');
    });
  }

  it('Zoetermeer on the site: the verified number as a call link, and the website as a real link', async () => {
    const step = Object.values(graph!.steps).find((s) => endsPath(s) && !s.services.some((id) => isLocal(graph!.services, id)))!;
    const html = await (await app.request(`/s/${step.key}?gemeente=GM0637`)).text();
    expect(html).toContain('href="tel:14079"');
    expect(html).toContain('href="https://www.zoetermeer.nl"');
  });

  it('bad municipality input on the site: unknown, malformed, a name, too long: the national page, never an error or an echo', async () => {
    const step = Object.values(graph!.steps).find((s) => s.services.includes('veilig-thuis'))!;
    const national = await (await app.request(`/s/${step.key}`)).text();
    for (const bad of ['GM9999', 'gm0363', '%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'Amsterdam', 'x'.repeat(5000)]) {
      const res = await app.request(`/s/${step.key}?gemeente=${bad}`);
      expect(res.status, bad).toBe(200);
      const html = await res.text();
      expect(html, bad).not.toContain('<script>alert');
      expect(html, bad).not.toContain('Zoek de website van gemeente');
      expect(html.length, bad).toBeLessThan(national.length + 2000);
    }
  });
});
