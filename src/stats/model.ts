// What the dashboard shows, worked out from stored rows before any HTML is
// made. Every number is already a `Shown`: values under 10 are "<10" here,
// so the views cannot show a small number by mistake.

import { languageNames } from '../../messages/nl/site.json';
import { mondayOf, weeksIn } from '../counters/day.js';
import type { Period } from '../counters/period.js';
import { type Shown, shown, sumBy } from '../counters/report.js';
import type { CountRow } from '../counters/types.js';
import type { Graph } from '../graph/graph.js';
import { helpRouteOf } from './help-routes.js';
import { regionOf } from './region.js';

const DUTCH_NAME = languageNames.nl;

export interface Bar {
  label: string;
  value: Shown;
}

export interface WeekBar extends Bar {
  monday: string;
}

export interface DashboardModel {
  /** The token's owner: a municipality code, or a Veilig Thuis region id (the sum of its municipalities). */
  gemeente: string;
  name: string | null;
  /** For a region: the names of its municipalities, whose counts are added up. */
  members: string[] | null;
  period: Period;
  totals: { conversations: Shown; signposts: Shown; quickExits: Shown; fallbacks: Shown };
  conversationsPerWeek: WeekBar[];
  quickExitsPerWeek: WeekBar[];
  services: Bar[];
  routes: Bar[];
  flows: Bar[];
  /** Conversations started per language (issue 16), named in the language itself. */
  languages: Bar[];
}

function total(rows: CountRow[], event: CountRow['event']): number {
  return rows.reduce((sum, r) => (r.event === event ? sum + r.count : sum), 0);
}

function perWeek(rows: CountRow[], event: CountRow['event'], period: Period): WeekBar[] {
  const sums = sumBy(
    rows.filter((r) => r.event === event),
    (r) => mondayOf(r.day),
  );
  return weeksIn(period.from, period.to).map((monday) => ({ monday, label: monday, value: shown(sums.get(monday) ?? 0) }));
}

/** Largest first; "<10" after every exact number; then by label. */
function byValue(a: Bar, b: Bar): number {
  const n = (v: Shown) => (typeof v === 'number' ? v : 0);
  return n(b.value) - n(a.value) || a.label.localeCompare(b.label, 'nl');
}

export function dashboardModel(graph: Graph, gemeente: string, period: Period, rows: CountRow[]): DashboardModel {
  const signposts = rows.filter((r) => r.event === 'signpost_shown');
  const perService = sumBy(signposts, (r) => r.key);
  const perRoute = sumBy(signposts, (r) => helpRouteOf(graph.roles, r.key));
  const perFlow = sumBy(
    rows.filter((r) => r.event === 'conversation_started'),
    (r) => r.flow,
  );
  const perLanguage = sumBy(
    rows.filter((r) => r.event === 'conversation_started'),
    (r) => r.key || 'nl',
  );
  const languageName = (id: string) => (id === 'nl' ? DUTCH_NAME : (graph.languages?.find((l) => l.id === id)?.name ?? id));
  return {
    gemeente,
    name: graph.municipalities?.[gemeente]?.name ?? regionOf(graph, gemeente)?.name ?? null,
    members: regionOf(graph, gemeente)?.codes.map((code) => graph.municipalities![code].name) ?? null,
    period,
    totals: {
      conversations: shown(total(rows, 'conversation_started')),
      signposts: shown(total(rows, 'signpost_shown')),
      quickExits: shown(total(rows, 'quick_exit')),
      fallbacks: shown(total(rows, 'fallback_shown')),
    },
    conversationsPerWeek: perWeek(rows, 'conversation_started', period),
    quickExitsPerWeek: perWeek(rows, 'quick_exit', period),
    services: [...perService].map(([id, n]) => ({ label: graph.services[id]?.name ?? id, value: shown(n) })).sort(byValue),
    routes: graph.roles.statsGroups.map((route) => ({ label: route.label, value: shown(perRoute.get(route.id) ?? 0) })),
    flows: [...perFlow].map(([id, n]) => ({ label: graph.flows[id]?.title ?? id, value: shown(n) })).sort(byValue),
    languages: [...perLanguage].map(([id, n]) => ({ label: languageName(id), value: shown(n) })).sort(byValue),
  };
}
