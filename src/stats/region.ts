// A Veilig Thuis region on the dashboard: the sum of its municipalities'
// counts. A report token may belong to a region ("veilig-thuis-haaglanden:
// token" in WEGWIJS_STATS_TOKENS); its dashboard reads the rows of every
// municipality the shared table puts in that region and adds them up before
// any number is shown, so "<10" applies to each summed cell (k ≥ 10), never
// to a municipality's own part.

import { type CountingOptions, readReport } from '../counters/options.js';
import type { Period } from '../counters/period.js';
import type { CountReader, CountRow } from '../counters/types.js';
import type { Graph } from '../graph/graph.js';
import { REGION_ID } from '../graph/municipality.js';

export interface RegionOwner {
  id: string;
  name: string;
  codes: string[];
}

/** The region a token owner stands for, with its municipalities; null for a municipality (or an unknown region). */
export function regionOf(graph: Graph, owner: string): RegionOwner | null {
  if (!REGION_ID.test(owner)) return null;
  const members = Object.values(graph.municipalities ?? {}).filter((m) => m.veiligThuisId === owner);
  if (!members.length) return null;
  return { id: owner, name: members[0].veiligThuis!, codes: members.map((m) => m.code).sort() };
}

/** The rows a token owner may see: its municipality's, or every municipality's of its region. */
export async function ownerRows(
  graph: Graph,
  reader: CountReader,
  options: CountingOptions,
  owner: string,
  period: Period,
): Promise<CountRow[]> {
  const region = regionOf(graph, owner);
  if (!region) return readReport(reader, options, owner, period);
  const parts = await Promise.all(region.codes.map((code) => readReport(reader, options, code, period)));
  return parts.flat();
}
