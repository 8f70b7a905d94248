// Types of what the HTTP API returns. The widget imports only this file from
// the server side, so keep it free of runtime code and of server imports.
// The content types themselves live with the graph (src/graph/types.ts).
import type { FlowSummary, Service, StatedLocalHelp, Step, StepRef } from '../graph/types.js';

export type {
  Block,
  Channel,
  Choice,
  FlowSummary,
  Hours,
  Inline,
  PhoneChannel,
  Service,
  Step,
  StepRef,
  StepText,
  WebChannel,
  Weekday,
} from '../graph/types.js';

/** GET /api/v1/flows */
export interface FlowListResponse {
  flows: FlowSummary[];
}

/**
 * GET /api/v1/flows/:flowId: the conversation with every step reachable from
 * its start (other conversations it links to included), so a client can run
 * it with no further requests.
 */
export interface FlowResponse {
  flow: FlowSummary;
  flows: FlowSummary[];
  steps: Record<StepRef, Step>;
  services: Record<string, Service>;
  /** Content version: changes whenever any flow or service changes. */
  version: string;
  /**
   * Dutch public holidays (YYYY-MM-DD) for this year and the next, so a
   * client can work out "nu open" at the moment of viewing (issue 5).
   */
  holidays?: string[];
  /** Present when the conversation was asked for with ?gemeente=GM0000. */
  municipality?: MunicipalityContext;
  /** The languages this content can be read in, Dutch first (only when there is more than Dutch). */
  languages?: LanguageChoice[];
  /** The language of this answer, when it is not Dutch (?lang=). */
  language?: AnswerLanguage;
}

/** A language a visitor can choose, named in itself ("English", "العربية"). */
export interface LanguageChoice {
  id: string;
  name: string;
  /** For the `lang` attribute ("nl" for easy-read Dutch). */
  htmlLang: string;
  dir: 'ltr' | 'rtl';
}

export interface AnswerLanguage extends LanguageChoice {
  /** Shown above the conversation while no native speaker has checked the translation. */
  note?: string;
  /** The widget's own words in this language (the keys of its built-in Dutch ones). */
  words: Record<string, string>;
}

export interface MunicipalitySummary {
  /** CBS code, e.g. GM0637. */
  code: string;
  /** The name people say: Den Haag, not 's-Gravenhage. */
  name: string;
  /** Always set by the API; optional for lists written by hand (tests, a host page). */
  province?: string;
  /** The Veilig Thuis region 0800-2000 reaches from here, or null where no source names it. */
  region: string | null;
  /** Other names to search by: former municipalities, villages (e.g. "Beemster" for Purmerend). */
  aliases?: string[];
}

/** GET /api/v1/municipalities */
export interface MunicipalityListResponse {
  municipalities: MunicipalitySummary[];
}

export interface MunicipalityContext {
  code: string;
  /** Null when the code is well-formed but not in our data. */
  name: string | null;
  /** The Veilig Thuis region, or null where no source names it. */
  region: string | null;
  /** False: no local data; local signposts fall back to generic text. */
  known: boolean;
  /** Plain-Dutch note, e.g. that local help for this municipality is not yet known. */
  note?: string;
  /** Help the municipality states itself (flows/gemeenten/gemeente-GM0000.json): shown as "Volgens de gemeente …", apart from verified help. */
  stated?: StatedLocalHelp;
}

/** GET /api/v1/services */
export interface ServiceListResponse {
  services: Service[];
}

/** The only events the widget and the site may report (issue 7). */
export type CountedEvent =
  | { type: 'conversation_started'; flow: string; gemeente?: string; lang: string }
  | { type: 'signpost_shown'; service: string; flow: string; gemeente?: string }
  | { type: 'quick_exit'; gemeente?: string }
  | { type: 'fallback_shown'; gemeente?: string };

export interface ApiError {
  error: { code: string; message: string; details?: unknown };
}
