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
}
