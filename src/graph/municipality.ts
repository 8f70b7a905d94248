// Local help per municipality, as compiled into the graph (Graph.municipalities).
// The data files (flows/gemeenten/*.json) are described in docs/local-help.md.
import type { Hours, StatedLocalHelp } from './types.js';

/** A CBS municipality code: "GM" and four digits (GM0637 is Zoetermeer). */
export const CBS_CODE = /^GM\d{4}$/;

/** A Veilig Thuis region's id (Municipality.veiligThuisId), as used for counts and report tokens: "veilig-thuis-haaglanden". */
export const REGION_ID = /^veilig-thuis(?:-[a-z0-9]+)+$/;

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

/** The municipality's general number, where helplines.md verifies it ("14 030"). */
export interface MunicipalContact {
  phone: { display: string; tel: string };
  hours: Hours;
  /** Plain-Dutch line shown with it ("Dat kan op werkdagen."). */
  note?: string;
  source: string;
  verified: string;
}

export interface Municipality {
  /** CBS code, e.g. GM0637. */
  code: string;
  /** The name people say (Den Haag, not 's-Gravenhage). */
  name: string;
  province: string;
  /** Other names people search for: the CBS name, former municipalities, villages. */
  aliases: string[];
  /** Former municipalities split over several current ones, with the part that came here: only a village tells which. */
  partOf: Array<{ name: string; part: string }>;
  /** The Veilig Thuis region that 0800-2000 reaches from here, where a source names it; null otherwise (never guessed). */
  veiligThuis: string | null;
  /** Its id (veilig-thuis-haaglanden), for counts per region. */
  veiligThuisId: string | null;
  /** The local-data region file it is in ("Haaglanden"), or null. */
  region: string | null;
  regionId: string | null;
  /** The Wmo/youth-care sub-region, where the region has them. */
  subregion: string | null;
  /** The municipality's own site, where a source gives it: shown as the pointer for local help. */
  website: string | null;
  contact: MunicipalContact | null;
  /** Source keys (nederland.json) and, for the seed regions, the region file's note. */
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
