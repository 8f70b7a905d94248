// Local help per municipality, as compiled into the graph (Graph.municipalities).
// The data files (flows/gemeenten/*.json) are described in docs/local-help.md.
import type { StatedLocalHelp } from '../shared/stated-local-help.js';

/** A CBS municipality code: "GM" and four digits (GM0637 is Zoetermeer). */
export const CBS_CODE = /^GM\d{4}$/;

/** Local help written out in the data: a team, a support point, a shelter. */
export interface LocalEntry {
  /** The name people know it by; null when no current source gives one (then the generic name shows). */
  name: string | null;
  /** What kind of team it is ("buurtteam", "sociaal wijkteam"), for editors; null when not known. */
  kind: string | null;
  /** Shown only when `verified` is a date (an unverified number is a compile error, WW034). */
  phone?: { display: string; tel: string };
  /** Its own web page; shown only when verified, else the municipality's site is shown. */
  url?: string;
  /** Extra plain-Dutch line shown with it. */
  note?: string;
  source: string;
  /** Date of the last check on the organisation's own site, or null. */
  verified: string | null;
}

/** Local help that is a service in flows/services.json (a regional shelter, say). */
export interface LocalRef {
  service: string;
  /** Why this region uses that service. */
  source: string;
}

export type LocalHelp = LocalEntry | LocalRef;

export interface Municipality {
  /** CBS code, e.g. GM0637. */
  code: string;
  name: string;
  /** Other names people search for: former municipalities, villages. */
  aliases: string[];
  /** Region name as shown, e.g. "Haaglanden" (a MunicipalitySummary field). */
  region: string;
  regionId: string;
  /** The Wmo/youth-care sub-region, where the region has them. */
  subregion: string | null;
  /** The Veilig Thuis region that 0800-2000 routes to from here. */
  veiligThuis: string;
  /** The municipality's own site: always shown as the pointer for local help. */
  website: string;
  source: string;
  verified: string | null;
  /**
   * By local service id (scope 'local' in the registry): the help here, or
   * null for "not known here" (the generic text with the pointer shows).
   */
  local: Record<string, LocalHelp | null>;
  /** Help the municipality states itself (flows/gemeenten/gemeente-GM0000.json), shown as its own words. */
  stated?: StatedLocalHelp;
}

export function isLocalRef(help: LocalHelp): help is LocalRef {
  return 'service' in help;
}
