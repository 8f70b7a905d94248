// The numbers the widget knows by itself, for when the service cannot be
// reached and for the compact signpost. They come from the service registry
// (flows/services.json, the checked facts and its roles block) at build time:
// src/cli/build-widget.ts fills __WEGWIJS_LINES__, so there is one place to
// change a number or what a line stands for.
import type { Strings } from './strings.js';

export interface BuiltInLine {
  /** The registry's id, as the API's services are keyed. */
  id: string;
  name: string;
  display: string;
  tel: string;
  purpose: keyof Strings;
  /** What the line stands for, from the registry's roles: the emergency line, the line open day and night. */
  role?: 'emergency' | 'dayAndNight';
}

declare const __WEGWIJS_LINES__: BuiltInLine[];

export const builtInLines: BuiltInLine[] = __WEGWIJS_LINES__;

/** The line open day and night that stands in while a step's own help is closed. */
export const dayAndNightLine = builtInLines.find((l) => l.role === 'dayAndNight');
/** The emergency service's id: never a step's first call action (src/shared/first-call.ts). */
export const emergencyId = builtInLines.find((l) => l.role === 'emergency')?.id;
