// The content types the compiled graph is made of (steps, their text,
// services and their hours, conversations): src/graph/graph.ts builds on
// them, and the API returns them as they are (src/shared/api-types.ts
// re-exports them). Types only, no imports: the widget reads them too.

/** Inline Markdown, as structured data the widget renders with DOM APIs. */
export type Inline =
  | { t: 'text'; v: string }
  | { t: 'strong'; c: Inline[] }
  | { t: 'em'; c: Inline[] }
  | { t: 'br' }
  | { t: 'link'; href: string; c: Inline[] };

export type Block = { t: 'p'; c: Inline[] } | { t: 'h'; c: Inline[] } | { t: 'ul'; items: Inline[][] } | { t: 'ol'; items: Inline[][] };

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

/** Local help as a municipality states it itself (src/shared/stated-local-help.ts reads and checks it). */
export interface StatedLocalHelp {
  /** CBS code of the municipality that states this help. */
  gemeente: string;
  /** The team as people know it, e.g. "Sociaal team Zoetermeer". */
  naam: string;
  telefoon?: { display: string; tel: string };
  /** Opening hours in words, e.g. "Maandag tot en met vrijdag van 8.30 tot 17.00 uur". */
  tijden?: string;
  website?: string;
  /** One line, e.g. "Je kunt ook langskomen zonder afspraak." */
  notitie?: string;
  /** When the municipality stated it (YYYY-MM-DD); required in a flows/ file. */
  datum?: string;
}
