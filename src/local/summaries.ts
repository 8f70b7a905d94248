// The municipality list for pickers (GET /api/v1/municipalities, the site's
// form): code, name, province, Veilig Thuis region (null where no source
// names it) and other names people search for.
import type { Graph } from '../graph/graph.js';
import type { MunicipalitySummary } from '../shared/api-types.js';

export function municipalitySummaries(graph: Graph): MunicipalitySummary[] {
  return Object.values(graph.municipalities ?? {})
    .map((m) => ({
      code: m.code,
      name: m.name,
      province: m.province,
      region: m.veiligThuis,
      ...(m.aliases.length ? { aliases: m.aliases } : {}),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}
