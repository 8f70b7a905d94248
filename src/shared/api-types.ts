// Types of what the HTTP API returns. The widget imports only this file from
// the server side, so keep it free of runtime code and of server imports.
import type { StatedLocalHelp } from './stated-local-help.js';

/** Inline Markdown, as structured data the widget renders with DOM APIs. */
export type Inline =
  | { t: 'text'; v: string }
  | { t: 'strong'; c: Inline[] }
  | { t: 'em'; c: Inline[] }
  | { t: 'br' }
  | { t: 'link'; href: string; c: Inline[] };

export type Block =
  | { t: 'p'; c: Inline[] }
  | { t: 'h'; c: Inline[] }
  | { t: 'ul'; items: Inline[][] }
  | { t: 'ol'; items: Inline[][] };

/**
 * A step's text as structured blocks, which the widget renders with DOM APIs.
 * (The server's own pages use the same Markdown rendered to HTML; it is not
 * sent in API responses, where it would add a third to every conversation.)
 */
export interface StepText {
  blocks: Block[];
}

/** `flowId/stepId`: the address of a step anywhere in the graph. */
export type StepRef = string;

export type Weekday = 'ma' | 'di' | 'wo' | 'do' | 'vr' | 'za' | 'zo';

/** Opening hours: always, not known (never shown), or a weekly schedule in Europe/Amsterdam time. */
export type Hours =
  | '24/7'
  | 'unknown'
  | {
      weekly: Partial<Record<Weekday, Array<[string, string]>>>;
      /** What happens on Dutch public holidays. */
      publicHolidays: 'closed' | 'open';
      /** Plain-Dutch caveat shown with the hours, e.g. "niet elke regio altijd". */
      note?: string;
    };

export interface PhoneChannel {
  kind: 'phone';
  /** As shown to people, e.g. "0800-2000". */
  display: string;
  /** Digits for the tel: link, e.g. "08002000". */
  tel: string;
  hours: Hours;
  /** Plain-Dutch cost, e.g. "gratis" or "gewoon tarief". */
  cost?: string;
}

export interface WebChannel {
  kind: 'chat' | 'web';
  url: string;
  label: string;
  hours: Hours;
}

export type Channel = PhoneChannel | WebChannel;

export interface Service {
  id: string;
  name: string;
  /** What they do, in one or two plain sentences. */
  purpose: string;
  /** What happens after you contact them. */
  after?: string;
  channels: Channel[];
  free: boolean | null;
  /** Where "free" is confirmed (editors' note; required when `free` is true, WW041). */
  freeSource?: string;
  /** 'advice': asking for advice can be anonymous, other contact (a report) cannot. */
  anonymous: boolean | 'advice' | null;
  /** Extra plain-Dutch remarks (e.g. "Een melding doe je alleen per telefoon."). */
  notes?: string[];
  /** 'national' services are fixed; 'local' ones are placeholders resolved per municipality. */
  scope: 'national' | 'local';
  /** Editors' note: where the facts come from (may hold seed line numbers, in English). Never shown to the public. */
  source: string;
  /** The source as the public reads it, in Dutch: the organisation's own address and a date ("kindertelefoon.nl, 2024"). Every compiled entry has one (WW040). */
  publicSource?: string;
  /** Date of the last check (YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source), or null when not verified: then no number is shown. */
  verified: string | null;
}

export interface Choice {
  label: string;
  target: StepRef;
}

export interface Step {
  ref: StepRef;
  /** Short stable opaque id for URLs that do not spell out the topic. */
  key: string;
  text: StepText;
  choices: Choice[];
  /** Service ids this step points to (a signpost). */
  services: string[];
  /** The conversation ends here. */
  end: boolean;
  /**
   * The step's own heading: set in the flow file (`Titel:`), else the label of
   * the choice that first leads here, else (a conversation's start) the
   * conversation's title. Worked out when the content compiles.
   */
  title?: string;
  /** The step this one is first reached from (for "Vorige stap"); none for the first step. */
  parent?: StepRef;
}

export interface FlowSummary {
  id: string;
  title: string;
  audience: string;
  lang: string;
  languages: string[];
  start: StepRef;
}

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
