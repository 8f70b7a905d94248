// The one data model everything reads: the compiled graph of conversations,
// services and municipalities. Types only; the compiler (src/compiler) makes it,
// the engine, API, site and widget read it.

import type { Municipality } from './municipality.js';
import type { Roles } from './roles.js';
import type { FlowSummary, Service, Step, StepRef, StepText } from './types.js';

/** A step's text as compiled: the API's structured blocks plus HTML for the server's pages. */
export interface RenderedText extends StepText {
  html: string;
}

/** A step as compiled: the API's Step, plus its text as HTML for the server's pages. */
export interface CompiledStep extends Omit<Step, 'text' | 'title'> {
  text: RenderedText;
  title: string;
}

export interface Graph {
  version: string;
  flows: Record<string, FlowSummary>;
  steps: Record<StepRef, CompiledStep>;
  services: Record<string, Service>;
  /** What some services stand for (the registry's roles block), so no code names a service id. */
  roles: Roles;
  /** Where each step was written, for diagnostics and the editors' preview. */
  sources: Record<string, { file: string; line: number }>;
  /** Where each service was written in the registry, for diagnostics. */
  serviceSources: Record<string, { file: string; line: number }>;
  /** Local help by CBS code (flows/gemeenten/*.json; src/local). */
  municipalities?: Record<string, Municipality>;
  /** Dutch public holidays (YYYY-MM-DD), this year and next, on which scheduled services close. */
  holidays?: string[];
  /** The languages besides Dutch that flows/languages.json names (drafts included). */
  languages?: LanguageInfo[];
  /** The published languages' conversations and services, by language id (Dutch is the graph itself). */
  variants?: Record<string, LanguageVariant>;
  /** What the free-text matcher knows (issue 17): `Woorden:` per step and flows/words.json. */
  words?: ContentWords;
}

/** The matcher's content, as written (src/words/index.ts turns it into stems). */
export interface ContentWords {
  /** Phrases per step (`flow/step`). */
  steps: Record<StepRef, string[]>;
  /** `help`: the service for this danger (its number goes first); by default the step's first. */
  danger: Array<{ danger: 'acute' | 'suicide' | 'recent-sexual'; step: StepRef; help?: string; phrases: string[]; together?: string[][] }>;
  /** Informal spelling → the standard word(s). */
  spellings: Record<string, string>;
  /** Small words that say nothing about a situation ("ik", "de", "een"): left out of phrases and of what was typed. */
  ignore: string[];
}

/** A language of the content (flows/languages.json). */
export interface LanguageInfo {
  /** BCP 47: "en", "ar", or a private-use variant of Dutch such as "nl-x-eenvoud". */
  id: string;
  /** Its name in itself: "English", "العربية", "Makkelijk lezen". */
  name: string;
  /** What the page's `lang` attribute says ("nl" for easy-read Dutch). */
  htmlLang: string;
  dir: 'ltr' | 'rtl';
  /** Served to the public; a missing string is then an error (WW080). */
  published: boolean;
  /** When a native speaker last reviewed it (YYYY-MM-DD), or null: then the note below is shown. */
  reviewedOn: string | null;
  /** In the language itself: "This translation has not yet been checked. The Dutch text is leading." */
  unreviewedNote: string;
  /** Easy-read rules apply (at most 10 words a sentence, no passive voice: WW086, WW087). */
  easyRead?: boolean;
}

/** The parts of the graph a language replaces; where a choice leads and which help a step shows stay Dutch's. */
export interface LanguageVariant {
  flows: Record<string, FlowSummary>;
  steps: Record<StepRef, CompiledStep>;
  services: Record<string, Service>;
  /** The message catalogue in this language (messages/<lang>/<group>.json), by group. */
  messages: Record<string, MessageTree>;
}

/** A group of the message catalogue: strings, nested groups, or plural forms (docs/messages.md). */
export type MessageTree = { [key: string]: string | MessageTree };
